//go:build ignore

// encoding/json: marshalling structs with tags, maps, slices and custom marshalers.
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Address *Address          `json:"address,omitempty"`
	Meta    map[string]string `json:"meta,omitempty"`
	secret  string
	Skip    string `json:"-"`
}

//cell

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("level-%d", int(l)))
}

//cell

func main() {
	b, _ := json.Marshal(true)
	fmt.Println(string(b))
	b, _ = json.Marshal([]string{"apple", "peach"})
	fmt.Println(string(b))
	b, _ = json.Marshal(map[string]int{"b": 2, "a": 1})
	fmt.Println(string(b))
	p := Person{Name: "Ann", Age: 30, Emails: nil, Address: &Address{City: "Oslo"}, secret: "x", Skip: "y"}
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]any{"level": Level(3), "list": []int{1, 2}}, "", "  ")
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(struct {
		X float64 `json:"x"`
		S string
	}{1.5, "<tag>"})
	_, err := json.Marshal(func() {})
	fmt.Println(err)
}
