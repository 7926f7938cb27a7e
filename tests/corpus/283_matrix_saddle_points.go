//go:build ignore

// A matrix parsed from text with row and column accessors that return
// copies, errors for ragged and non-numeric input, and saddle points
// (largest in the row, smallest in the column) sorted by row then column.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Matrix is a rectangular grid of ints.
type Matrix [][]int

type ParseError struct {
	Line, Field int
	Err         error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d field %d: %v", e.Line, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrRagged = errors.New("rows differ in length")

//cell

func Parse(s string) (Matrix, error) {
	var m Matrix
	for i, line := range strings.Split(s, "\n") {
		var row []int
		for j, f := range strings.Fields(line) {
			n, err := strconv.Atoi(f)
			if err != nil {
				return nil, &ParseError{i + 1, j + 1, err}
			}
			row = append(row, n)
		}
		if len(m) > 0 && len(row) != len(m[0]) {
			return nil, fmt.Errorf("row %d has %d values, want %d: %w", i+1, len(row), len(m[0]), ErrRagged)
		}
		m = append(m, row)
	}
	return m, nil
}

func (m Matrix) Row(i int) []int { return slices.Clone(m[i]) }

func (m Matrix) Col(j int) []int {
	out := make([]int, len(m))
	for i := range m {
		out[i] = m[i][j]
	}
	return out
}

type Point struct{ Row, Col int }

func (m Matrix) Saddles() []Point {
	var out []Point
	for i := range m {
		rmax := slices.Max(m[i])
		for j, v := range m[i] {
			if v == rmax && v == slices.Min(m.Col(j)) {
				out = append(out, Point{i + 1, j + 1})
			}
		}
	}
	slices.SortFunc(out, func(a, b Point) int {
		if a.Row != b.Row {
			return a.Row - b.Row
		}
		return a.Col - b.Col
	})
	return out
}

//cell

func main() {
	inputs := []string{
		"9 8 7\n5 3 2\n6 6 7",
		"1 2 3\n3 1 2\n2 3 1",
		"4 5 4\n3 5 5\n1 5 4",
		"1 2\n3",
		"1 2\n3 x",
		"8 7 10 7 9\n8 7 13 7 9",
	}
	for n, in := range inputs {
		m, err := Parse(in)
		var pe *ParseError
		var ne *strconv.NumError
		switch {
		case errors.As(err, &pe):
			isNum := errors.As(err, &ne)
			fmt.Printf("#%d parse: %v (num=%t %q)\n", n, err, isNum, ne.Num)
			continue
		case errors.Is(err, ErrRagged):
			fmt.Printf("#%d ragged: %v\n", n, err)
			continue
		}
		r0 := m.Row(0)
		r0[0] = -1
		fmt.Printf("#%d %dx%d row0=%v col1=%v m00=%d saddles=%v\n", n, len(m), len(m[0]), m.Row(0), m.Col(1), m[0][0], m.Saddles())
	}
}
