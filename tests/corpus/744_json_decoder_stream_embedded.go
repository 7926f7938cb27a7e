//go:build ignore

// json.Decoder over a stream: several values one after another,
// Token-level walking of an array, More, DisallowUnknownFields,
// UseNumber, embedded structs (value and pointer, with a field that
// shadows a promoted one), interface fields decoded by a "type"
// discriminator into notebook types, and json.Encoder with
// SetIndent/SetEscapeHTML.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Audit struct {
	By   string `json:"by"`
	Note string `json:"note,omitempty"`
}

type Doc struct {
	Base
	*Audit
	Title string `json:"title"`
	ID    string `json:"doc_id"`
}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64   { return r.W * r.H }
func (c Circle) Area() float64 { return 3 * c.R * c.R }

//cell

type envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

func decodeShape(env envelope) (Shape, error) {
	switch env.Type {
	case "rect":
		var r Rect
		err := json.Unmarshal(env.Data, &r)
		return r, err
	case "circle":
		var c Circle
		err := json.Unmarshal(env.Data, &c)
		return &c, err
	}
	return nil, fmt.Errorf("unknown shape %q", env.Type)
}

//cell

func main() {
	stream := `{"type":"rect","data":{"W":2,"H":3}}
{"type":"circle","data":{"R":1}} {"type":"hex","data":{}}
{"type":"rect","data":{"W":"x"}}`
	dec := json.NewDecoder(strings.NewReader(stream))
	total := 0.0
	for {
		var env envelope
		err := dec.Decode(&env)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			break
		}
		s, err := decodeShape(env)
		if err != nil {
			fmt.Println("shape:", err)
			continue
		}
		total += s.Area()
		fmt.Printf("%T %+v %.2f\n", s, s, s.Area())
	}
	fmt.Println("total", total)

	dec = json.NewDecoder(strings.NewReader(`[{"id":1,"title":"a"}, {"id":2,"by":"bob","doc_id":"D2"}, 17]`))
	tok, err := dec.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for dec.More() {
		var d Doc
		if err := dec.Decode(&d); err != nil {
			fmt.Println("elem:", err)
			break
		}
		fmt.Printf("%+v audit=%v\n", d.Base, d.Audit != nil)
		if d.Audit != nil {
			fmt.Printf("%+v %q\n", *d.Audit, d.ID)
		}
	}
	b, _ := json.Marshal(Doc{Base: Base{ID: 5}, Audit: &Audit{By: "ann"}, Title: "t", ID: "X"})
	fmt.Println(string(b))
	b, _ = json.Marshal(Doc{Title: "no audit"})
	fmt.Println(string(b))

	dec = json.NewDecoder(strings.NewReader(`{"a": [1, 2.5, "s", null, true, {"k": {}}]}`))
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v@%d ", t, t, dec.InputOffset())
	}
	fmt.Println()

	dec = json.NewDecoder(strings.NewReader(`{"id":1,"extra":true}`))
	dec.DisallowUnknownFields()
	var bs Base
	fmt.Println(dec.Decode(&bs), bs)

	dec = json.NewDecoder(strings.NewReader(`{"big":12345678901234567890,"f":1.5}`))
	dec.UseNumber()
	var m map[string]any
	fmt.Println(dec.Decode(&m))
	n := m["big"].(json.Number)
	_, ierr := n.Int64()
	f, _ := m["f"].(json.Number).Float64()
	fmt.Printf("%T %v %v %v\n", m["big"], n, ierr != nil, f)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]Shape{"r": Rect{1, 2}, "c": &Circle{3}, "nil": nil})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode([]string{"<b>&</b>"})
	json.NewEncoder(os.Stdout).Encode("<b>&</b>")
	var buf strings.Builder
	fmt.Println(json.NewEncoder(&buf).Encode(func() {}), buf.Len())
	var syn *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id": 1,}`), &bs)
	fmt.Println(err, errors.As(err, &syn), syn.Offset)
}
