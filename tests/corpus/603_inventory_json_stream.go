//go:build ignore

// An inventory export streamed as one big JSON array: a json.Decoder
// reads the opening bracket with Token, then each product with Decode
// while More, checking stock rows by index; a second pass walks every
// token (json.Token values kept, assigned with = in the loop) to count
// kinds; bad documents report json's errors.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU   string         `json:"sku"`
	Stock []int          `json:"stock"`
	Tags  map[string]any `json:"tags,omitempty"`
}

const doc = `[
  {"sku": "lamp", "stock": [3, 0, 5], "tags": {"color": "red", "watts": 40}},
  {"sku": "desk", "stock": [1, 1]},
  {"sku": "mug", "stock": [12, 7, 0, 4], "tags": {"dishwasher": true}}
]`

//cell

func products(src string) ([]Product, error) {
	dec := json.NewDecoder(strings.NewReader(src))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	var out []Product
	for dec.More() {
		var p Product
		if err := dec.Decode(&p); err != nil {
			return out, err
		}
		out = append(out, p)
	}
	return out, nil
}

func storeStock(p Product, store int) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s store %d: %v", p.SKU, store, r)
		}
	}()
	return p.Stock[store], nil
}

func kinds(src string) map[string]int {
	dec := json.NewDecoder(strings.NewReader(src))
	count := map[string]int{}
	var kept []json.Token
	var tok json.Token
	var err error
	for {
		tok, err = dec.Token()
		if err != nil {
			break
		}
		kept = append(kept, tok)
	}
	for _, t := range kept {
		count[fmt.Sprintf("%T", t)]++
	}
	return count
}

//cell

func main() {
	ps, err := products(doc)
	fmt.Println(len(ps), err)
	for _, p := range ps {
		var tags []string
		for k, v := range p.Tags {
			tags = append(tags, fmt.Sprintf("%s=%v", k, v))
		}
		sort.Strings(tags)
		fmt.Printf("%-5s stock %v tags %v\n", p.SKU, p.Stock, tags)
	}
	for _, store := range []int{0, 2, 3} {
		for _, p := range ps {
			if n, err := storeStock(p, store); err != nil {
				fmt.Println("  ", err)
			} else {
				fmt.Printf("   %s@%d=%d\n", p.SKU, store, n)
			}
		}
	}
	k := kinds(doc)
	var names []string
	for n := range k {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, k[n])
	}
	_, err = products(`[{"sku": 5}]`)
	fmt.Println(err)
	_, err = products(`{"sku": "x"`)
	fmt.Println(err)
}
