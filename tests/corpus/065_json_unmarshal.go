//go:build ignore

// encoding/json: decoding into structs, maps and any; errors; streaming.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Item struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Tags  []string `json:"tags"`
	Price float64  `json:"price"`
}

//cell

func main() {
	data := `{"id": 7, "name": "widget", "tags": ["a", "b"], "price": 9.5, "extra": true}`
	var it Item
	err := json.Unmarshal([]byte(data), &it)
	fmt.Printf("%+v %v\n", it, err)
	var generic map[string]any
	json.Unmarshal([]byte(data), &generic)
	keys := make([]string, 0)
	for k := range generic {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %v (%T)\n", k, generic[k], generic[k])
	}
	var list []Item
	err = json.Unmarshal([]byte(`[{"id":1},{"id":2,"name":"x"}]`), &list)
	fmt.Println(list, err)
	err = json.Unmarshal([]byte(`{"id": "seven"}`), &it)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{bad json}`), &it)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":3}`))
	for {
		var x Item
		if err := dec.Decode(&x); err != nil {
			break
		}
		fmt.Print(x.ID, " ")
	}
	fmt.Println()
	var n json.Number
	json.Unmarshal([]byte(`12345678901234567890`), &n)
	fmt.Println(n)
	var raw struct {
		A json.RawMessage `json:"a"`
	}
	json.Unmarshal([]byte(`{"a": {"nested": [1, 2]}}`), &raw)
	fmt.Println(string(raw.A))
}
