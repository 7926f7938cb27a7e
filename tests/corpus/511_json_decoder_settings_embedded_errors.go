//go:build ignore

// Decoding JSON payloads into notebook types the way an API client
// does: a json.Decoder with UseNumber (big IDs kept exact in an
// any-typed field and a map[string]any) and DisallowUnknownFields
// (a misspelled key is an error, decoding goes on), a stream of several
// values, and type errors of fields promoted from embedded structs,
// named by their path through the embedded fields (Order.Meta.Audit.by,
// as Go 1.26 names them) with errors.As reading Struct and Field.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Audit struct {
	By string `json:"by"`
	At int64  `json:"at"`
}

type Meta struct {
	Audit
	Tags []string `json:"tags"`
}

type Line struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type Order struct {
	Meta
	ID    int64          `json:"id"`
	Lines []Line         `json:"lines"`
	Extra map[string]any `json:"extra"`
	Ref   any            `json:"ref"`
}

//cell

func (o Order) String() string {
	n := 0
	for _, l := range o.Lines {
		n += l.Qty
	}
	return fmt.Sprintf("order %d by %s: %d items %v", o.ID, o.By, n, o.Tags)
}

// decodeAll reads every order of the stream, strictly or not.
func decodeAll(src string, strict bool) ([]Order, []error) {
	dec := json.NewDecoder(strings.NewReader(src))
	dec.UseNumber()
	if strict {
		dec.DisallowUnknownFields()
	}
	var out []Order
	var errs []error
	for {
		var o Order
		err := dec.Decode(&o)
		if err == io.EOF {
			break
		}
		if err != nil {
			errs = append(errs, err)
			var se *json.SyntaxError
			if errors.As(err, &se) {
				break
			}
		}
		out = append(out, o)
	}
	return out, errs
}

//cell

const stream = `
{"id": 1, "by": "ann", "at": 1700000000, "tags": ["rush"], "lines": [{"sku": "A1", "qty": 2}, {"sku": "B2", "qty": 1}], "ref": 9007199254740993}
{"id": 2, "by": "bo", "lines": [{"sku": "C3", "qty": 5}], "extra": {"gift": true, "code": 12345678901234567890}}
{"id": 3, "by": "cy", "colour": "red", "lines": [{"sku": "D4", "qty": 1, "note": "x"}]}
{"id": 4, "by": 7, "at": "noon", "lines": [{"sku": "E5", "qty": "two"}]}
`

//cell

func main() {
	for _, strict := range []bool{false, true} {
		orders, errs := decodeAll(stream, strict)
		fmt.Printf("strict=%v: %d orders, %d errors\n", strict, len(orders), len(errs))
		for _, o := range orders {
			fmt.Println(" ", o)
			if o.Ref != nil {
				fmt.Printf("  ref %v (%T)\n", o.Ref, o.Ref)
			}
			if code, ok := o.Extra["code"]; ok {
				fmt.Printf("  code %v (%T) gift %v\n", code, code, o.Extra["gift"])
			}
		}
		for _, err := range errs {
			fmt.Println("  error:", err)
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				fmt.Printf("  struct %q field %q value %q type %v\n", te.Struct, te.Field, te.Value, te.Type)
			}
		}
	}

	var o Order
	err := json.Unmarshal([]byte(`{"tags": "one", "by": "dee"}`), &o)
	fmt.Println(err)
	fmt.Println(o.By, o.Tags == nil)

	var anon struct {
		Audit
		Note string `json:"note"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"note": "n", "at": false}`), &anon), anon.Note)
}
