//go:build ignore

// A map field left nil after json decoding, then written.
package main

import (
	"encoding/json"
	"fmt"
)

//cell

type Inventory struct {
	Items map[string]int `json:"items"`
}

func load(data string) *Inventory {
	var inv Inventory
	if err := json.Unmarshal([]byte(data), &inv); err != nil {
		panic(err)
	}
	return &inv
}

func (inv *Inventory) Add(name string) { inv.Items[name]++ }

//cell

func main() {
	a := load(`{"items":{"x":1}}`)
	a.Add("x")
	fmt.Println(a.Items)
	b := load(`{}`)
	b.Add("y")
}
