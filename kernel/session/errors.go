package session

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/traefik/yaegi/interp"
)

// ExitError is the panic value of the error of a cell that called
// os.Exit (interpreter.EvalWithContext).
type ExitError struct{ Code int }

func (e *ExitError) Error() string { return fmt.Sprintf("os.Exit(%d) called", e.Code) }

// Error is a failed cell: Name and Value become the Jupyter error's ename
// and evalue, Traceback its lines.
type Error struct {
	Name      string
	Value     string
	Traceback []string
	// Cause is the underlying error, for errors.Is/As.
	Cause error
	// Instances are, for NeedsInstances, the instantiations of compiled
	// generics the cell uses that the program lacks.
	Instances []toolchain.Instance
}

// NeedsInstances is the name of the error of a cell that uses
// instantiations of generics of compiled packages that the program this
// process runs lacks (Error.Instances): nothing ran, and nothing changed;
// the kernel (kernel/build) builds a program with them and runs the cell
// there.
const NeedsInstances = "NeedsInstances"

// needsInstances is the error of a cell refused for want of ins.
func needsInstances(ins []toolchain.Instance, count int) *Error {
	var what []string
	for _, in := range ins {
		what = append(what, fmt.Sprintf("%s.%s[%s]", in.Path, in.Name, strings.Join(in.TypeArgs, ", ")))
	}
	msg := "the cell needs compiled instantiations the program lacks: " + strings.Join(what, ", ")
	return &Error{Name: NeedsInstances, Value: msg, Instances: ins,
		Traceback: []string{fmt.Sprintf("Cell In[%d]: %s", count, msg)}}
}

func (e *Error) Error() string { return e.Name + ": " + e.Value }

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Cause }

// posPrefix matches the "line:col: " yaegi puts in front of compile errors
// (with or without a file name).
var posPrefix = regexp.MustCompile(`^(?:[^:\s]*\.go:)?(\d+):(\d+): `)

func (s *Session) compileError(err error, count int) *Error {
	var ce *cell.Error
	if errors.As(err, &ce) {
		return &Error{Name: "SyntaxError", Value: ce.Msg, Cause: err,
			Traceback: []string{fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, ce.Line, ce.Col, ce.Msg)}}
	}
	return &Error{Name: "SyntaxError", Value: err.Error(), Cause: err}
}

// evalError turns an error from yaegi into an *Error with a traceback that
// names cells and lines.
func (s *Session) evalError(err error, count int, compileName string, pm posMap) *Error {
	var p interp.Panic
	if errors.As(err, &p) {
		return s.panicError(p, count, nil)
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &Error{Name: "KeyboardInterrupt", Value: "cell interrupted", Cause: err}
	}
	msg := err.Error()
	name := compileName
	if name == "" {
		name = "CompileError"
	}
	tb := []string{}
	if m := posPrefix.FindStringSubmatch(msg); m != nil {
		msg = msg[len(m[0]):]
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		line, col = pm.cell(line, col)
		tb = append(tb, fmt.Sprintf("Cell In[%d], line %d, column %d: %s", count, line, col, msg))
	} else {
		tb = append(tb, fmt.Sprintf("Cell In[%d]: %s", count, msg))
	}
	// yaegi reports an undefined name on the left of := as a constant loop
	if strings.Contains(msg, "constant definition loop") {
		msg += " (is a name on the right-hand side undefined?)"
	}
	return &Error{Name: name, Value: msg, Traceback: tb, Cause: err}
}

func (s *Session) cellOf(fn string) int {
	for _, d := range s.decls {
		for _, n := range d.Names {
			if n == fn {
				return d.Cell
			}
		}
	}
	return 0
}
