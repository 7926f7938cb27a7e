//go:build ignore

// A panic with a pointer to a cell error type.
package main

import (
	"fmt"
)

//cell

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func mustParse(lines []string) int {
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
	}
	return len(lines)
}

//cell

func main() {
	fmt.Println(mustParse([]string{"a", "b"}))
	fmt.Println(mustParse([]string{"a", "", "c"}))
}
