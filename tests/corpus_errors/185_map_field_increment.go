//go:build ignore

// A field of a struct held in a map incremented in place.
package main

import "fmt"

//cell

type Stat struct {
	Hits  int
	Bytes int
}

var stats = map[string]Stat{"/": {}, "/about": {}}

//cell

func record(path string, n int) {
	stats[path].Hits++
	_ = n
}

//cell

func main() {
	record("/", 512)
	fmt.Println(stats["/"])
}
