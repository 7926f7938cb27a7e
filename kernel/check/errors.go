package check

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
)

// Error is a compile error in a cell, with the message go build gives
// and the line and column (1-based, columns in bytes) in the cell.
type Error struct {
	Line, Col int
	Msg       string
	// Interp is set when the cell is valid Go that the interpreter
	// cannot run (generic code mono cannot specialise).
	Interp bool
}

// Error formats e as go build does, with the cell in place of the file.
func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// Errors are the compile errors of one cell, in source order.
type Errors []*Error

// Error returns the first error, and how many more there are.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no errors"
	case 1:
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", es[0], len(es)-1)
}

// unusedInCell reports whether err is one Go reports and a notebook does
// not: a variable or import not used (yet) is not an error in a cell.
func unusedInCell(err types.Error) bool {
	msg := err.Msg
	return strings.HasPrefix(msg, "declared and not used") ||
		strings.HasSuffix(msg, "imported and not used") ||
		strings.Contains(msg, "imported as ") && strings.HasSuffix(msg, "and not used")
}

// unusedImport reports whether err is an import not used.
func unusedImport(err types.Error) bool {
	msg := err.Msg
	return strings.HasSuffix(msg, "imported and not used") ||
		strings.Contains(msg, "imported as ") && strings.HasSuffix(msg, "and not used")
}

// maxErrors is how many errors of a cell are reported (go build: 10).
const maxErrors = 10

// sortErrors sorts es by position and drops duplicates and the ones
// beyond maxErrors, which go build reports as "too many errors".
func sortErrors(es []*Error) Errors {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Col < es[j].Col
	})
	var out Errors
	for i, e := range es {
		if i > 0 && *e == *es[i-1] {
			continue
		}
		if len(out) == maxErrors {
			out = append(out, &Error{Line: e.Line, Col: e.Col, Msg: "too many errors"})
			break
		}
		out = append(out, e)
	}
	return out
}
