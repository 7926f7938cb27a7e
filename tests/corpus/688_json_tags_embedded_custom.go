//go:build ignore

// JSON round trips: tags, omitempty, embedded structs, a custom
// MarshalJSON on a value type and UnmarshalJSON on a pointer, maps and
// slices of structs, and printing the decoded values with %+v and %#v.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var whole, frac int64
	_, err := fmt.Sscanf(s, "%d.%d", &whole, &frac)
	if err != nil {
		return fmt.Errorf("money %s: %w", s, err)
	}
	*m = Money(whole*100 + frac)
	return nil
}

type Meta struct {
	Created string   `json:"created"`
	Tags    []string `json:"tags,omitempty"`
}

type Item struct {
	Meta
	ID    int               `json:"id"`
	Name  string            `json:"name"`
	Price Money             `json:"price"`
	Note  string            `json:"note,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
	Next  *Item             `json:"next,omitempty"`
	skip  int
}

//cell

func main() {
	items := []Item{
		{Meta: Meta{Created: "2026-01-01", Tags: []string{"a", "b"}}, ID: 1, Name: "pen", Price: 199},
		{Meta: Meta{Created: "2026-01-02"}, ID: 2, Name: "ink", Price: 1250, Note: "blue", Attrs: map[string]string{"z": "1", "a": "2"}},
	}
	items[0].Next = &Item{ID: 3, Name: "cap", Price: 5}
	b, err := json.Marshal(items)
	fmt.Println(string(b), err)
	var back []Item
	err = json.Unmarshal(b, &back)
	fmt.Println(err, len(back))
	for _, it := range back {
		n := it.Next
		it.Next = nil
		fmt.Printf("%+v %v\n", it, n != nil)
		if n != nil {
			fmt.Printf("%+v\n", *n)
		}
	}
	fmt.Printf("%v %d\n", back[0].Next.Price, back[1].Price)
	ib, _ := json.MarshalIndent(back[1], "", "  ")
	fmt.Println(string(ib))
	var m Money
	fmt.Println(json.Unmarshal([]byte(`"abc"`), &m))
	var generic []map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic[0]["price"], generic[1]["attrs"], generic[0]["tags"])
	fmt.Printf("%#v\n", back[0].Meta)
	var bad Item
	err = json.Unmarshal([]byte(`{"id":"x"}`), &bad)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value)
	}
}
