//go:build ignore

// new with an expression (Go 1.26): pointers to values in one step.
package main

import (
	"encoding/json"
	"fmt"
)

type Options struct {
	Name    *string `json:"name,omitempty"`
	Retries *int    `json:"retries,omitempty"`
}

func double(n int) int { return 2 * n }

//cell

func main() {
	o := Options{Name: new("gopher"), Retries: new(double(3))}
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	p := new(42)
	*p++
	fmt.Println(*p, *new(1.5), *new([]int{1, 2}))
}
