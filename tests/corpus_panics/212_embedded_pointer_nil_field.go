//go:build ignore

// A struct embeds a pointer to its base; one value is built without the
// base, and a promoted field read through a method dereferences nil.
package main

import "fmt"

//cell

type Base struct {
	ID   int
	Tags []string
}

type Doc struct {
	*Base
	Title string
}

func (d Doc) Label() string {
	return fmt.Sprintf("%d:%s", d.ID, d.Title)
}

//cell

func labels(docs []Doc) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Label())
	}
	return out
}

//cell

func main() {
	docs := []Doc{{&Base{ID: 1}, "intro"}, {&Base{ID: 2}, "setup"}}
	fmt.Println(labels(docs))
	docs = append(docs, Doc{Title: "orphan"})
	fmt.Println(labels(docs))
}
