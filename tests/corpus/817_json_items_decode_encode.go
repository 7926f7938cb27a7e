//go:build ignore

// JSON in a notebook: a string literal unmarshaled into tagged structs
// (omitempty, a map, a *time.Time, null, an unknown field), MarshalIndent
// and Marshal, decoding into []map[string]any with sorted keys and %T of
// numbers, an Encoder with SetIndent, a Decoder over a stream stopping at a
// type error, a syntax error's %T, and formatting the decoded time.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	const raw = `[
	 {"id": 1, "name": "Widget", "price": 2.50, "tags": ["tools","small"], "stock": {"a": 3, "b": 0}},
	 {"id": 2, "name": "Gadget", "price": 10, "tags": [], "stock": {"a": 1}, "added": "2024-03-01T10:00:00Z"},
	 {"id": 3, "name": "Doohickey", "price": 0.99, "stock": null, "extra": true}
	]`

	type Item struct {
		ID      int            `json:"id"`
		Name    string         `json:"name"`
		Price   float64        `json:"price"`
		Tags    []string       `json:"tags,omitempty"`
		Stock   map[string]int `json:"stock"`
		Added   *time.Time     `json:"added,omitempty"`
		private int
	}

	var items []Item
	if err := json.Unmarshal([]byte(raw), &items); err != nil {
		fmt.Println(err)
	}
	for _, it := range items {
		total := 0
		for _, n := range it.Stock {
			total += n
		}
		fmt.Printf("%3d %-10s %6.2f %v %d %v %v\n", it.ID, it.Name, it.Price, it.Tags, total, it.Tags == nil, it.Added != nil)
	}

	out, _ := json.MarshalIndent(items[1], "", "  ")
	fmt.Println(string(out))
	b, err := json.Marshal(items)
	fmt.Println(len(b), err)
	var generic []map[string]any
	json.Unmarshal([]byte(raw), &generic)
	for _, m := range generic {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Println(keys, m["price"], fmt.Sprintf("%T", m["id"]))
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"count": len(items), "names": []string{items[0].Name, items[2].Name}, "ok": true})
	dec := json.NewDecoder(strings.NewReader(`{"id": 9} {"id": "x"} `))
	for {
		var it Item
		if err := dec.Decode(&it); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println("got", it.ID)
	}
	var bad Item
	err = json.Unmarshal([]byte(`{"id": 1.5}`), &bad)
	fmt.Println(err)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id": }`), &bad)
	fmt.Printf("%v %T\n", err, err)
	_ = se
	t := *items[1].Added
	fmt.Println(t.Format("Mon Jan 2 2006 15:04"), t.Add(36*time.Hour).Format(time.RFC3339), t.Weekday(), t.YearDay())
}
