//go:build ignore

// A panic with a pointer to an error type of the notebook.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

//cell

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{Line: i + 1, Msg: "empty line"})
		}
		fmt.Println("ok:", l)
	}
}

//cell

func main() {
	parse([]string{"a", "", "c"})
}
