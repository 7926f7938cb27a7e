//go:build ignore

// Orders arrive as raw JSON lines: each is decoded in a loop into a
// struct (json.Unmarshal as a statement of its own and through its
// error), a stream of objects is read with a json.Decoder until io.EOF,
// the tokens of a document are walked with Token (kept in a slice of
// json.Token), and a line asked for past the end is recovered with Go's
// index message.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	SKU string  `json:"sku"`
	Qty int     `json:"qty"`
	Eur float64 `json:"eur"`
}

type Order struct {
	ID    int    `json:"id"`
	Buyer string `json:"buyer"`
	Items []Item `json:"items"`
}

func (o Order) Total() float64 {
	t := 0.0
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Eur
	}
	return t
}

//cell

var lines = []string{
	`{"id": 1, "buyer": "ana", "items": [{"sku": "tea", "qty": 2, "eur": 3.5}]}`,
	`{"id": 2, "buyer": "bo", "items": [{"sku": "mug", "qty": 1, "eur": 9}, {"sku": "tea", "qty": 1, "eur": 3.5}]}`,
	`{"id": "three", "buyer": "cy", "items": []}`,
}

func parseAt(i int) (o Order, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("line %d: %v", i, r)
		}
	}()
	json.Unmarshal([]byte(lines[i]), &o)
	return o, json.Unmarshal([]byte(lines[i]), &o)
}

func stream(r io.Reader) ([]Order, error) {
	dec := json.NewDecoder(r)
	var out []Order
	for {
		var o Order
		err := dec.Decode(&o)
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, o)
	}
}

func tokens(doc string) []json.Token {
	dec := json.NewDecoder(strings.NewReader(doc))
	var toks []json.Token
	var tok json.Token
	var err error
	for {
		tok, err = dec.Token()
		if err != nil {
			return toks
		}
		toks = append(toks, tok)
	}
}

//cell

func main() {
	for i := 0; i < 5; i++ {
		o, err := parseAt(i)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("order %d by %s: %d items, %.2f\n", o.ID, o.Buyer, len(o.Items), o.Total())
	}
	orders, err := stream(strings.NewReader(lines[0] + "\n" + lines[1] + "\n"))
	fmt.Println(len(orders), err, orders[1].Items[0].SKU)
	_, err = stream(strings.NewReader(lines[1] + lines[2]))
	fmt.Println("stream:", err)
	toks := tokens(`{"a": [1, "two", true, null], "b": {"c": 2.5}}`)
	for i, t := range toks {
		fmt.Printf("%d:%T:%v ", i, t, t)
	}
	fmt.Println()
}
