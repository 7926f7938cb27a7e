//go:build ignore

// A generic Must helper panics with a cell error type returned by a parser.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

//cell

type ParseError struct {
	Line int
	Text string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text)
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

//cell

func parseRow(n int, line string) ([]int, error) {
	var out []int
	for _, f := range strings.Fields(line) {
		v, err := strconv.Atoi(f)
		if err != nil {
			return nil, &ParseError{n, f}
		}
		out = append(out, v)
	}
	return out, nil
}

//cell

func main() {
	input := []string{"1 2 3", "4 5 6", "7 x 9"}
	sum := 0
	for i, line := range input {
		for _, v := range Must(parseRow(i+1, line)) {
			sum += v
		}
		fmt.Println("sum so far", sum)
	}
}
