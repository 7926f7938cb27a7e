//go:build ignore

// A pointer method started by a go statement on an addressable value (Go
// takes its address at the go statement) panics one call deep, indexing
// past the end of a slice its receiver holds.
package main

import "fmt"

//cell

type shelf struct {
	name  string
	items []string
}

func (s *shelf) at(i int) string {
	return s.items[i]
}

func (s *shelf) fetch(i int, out chan<- string) {
	out <- s.name + ": " + s.at(i)
}

//cell

func main() {
	s := shelf{name: "top", items: []string{"cup", "jar"}}
	out := make(chan string)
	go s.fetch(1, out)
	fmt.Println(<-out)
	s.items = s.items[:1]
	go s.fetch(1, out)
	fmt.Println(<-out, "not printed")
}
