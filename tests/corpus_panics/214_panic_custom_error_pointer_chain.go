//go:build ignore

// A loader panics with a pointer to a cell error type from deep in a
// recursive include chain; Go prints its Error text.
package main

import "fmt"

//cell

type IncludeError struct {
	File  string
	Depth int
}

func (e *IncludeError) Error() string {
	return fmt.Sprintf("include %q: depth %d exceeds limit", e.File, e.Depth)
}

//cell

var includes = map[string]string{
	"main.cfg":   "base.cfg",
	"base.cfg":   "common.cfg",
	"common.cfg": "base.cfg",
}

func load(file string, depth int) int {
	if depth > 3 {
		panic(&IncludeError{file, depth})
	}
	next, ok := includes[file]
	if !ok {
		return depth
	}
	return load(next, depth+1)
}

//cell

func main() {
	fmt.Println(load("other.cfg", 0))
	fmt.Println(load("main.cfg", 0))
}
