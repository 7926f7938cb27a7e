package session

import (
	"context"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// interpreter is the session's yaegi interpreter. Before it evaluates a
// source it gets the per-line index and slice checks the source calls
// (rt.LineSymbols), so that every source a session evaluates — a cell,
// a restored declarations log, a worker's — finds them.
type interpreter struct{ *interp.Interpreter }

// Eval is interp.Interpreter.Eval.
func (in interpreter) Eval(src string) (reflect.Value, error) {
	in.useLines(src)
	return in.Interpreter.Eval(src)
}

// EvalWithContext is interp.Interpreter.EvalWithContext.
func (in interpreter) EvalWithContext(ctx context.Context, src string) (reflect.Value, error) {
	in.useLines(src)
	return in.Interpreter.EvalWithContext(ctx, src)
}

func (in interpreter) useLines(src string) {
	if syms := rt.LineSymbols(src); syms != nil {
		_ = in.Use(syms)
	}
}
