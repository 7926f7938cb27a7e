package session

import (
	"context"
	"errors"
	"reflect"
	"runtime"
	"strings"
	"sync"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// interpreter is the session's yaegi interpreter. Before it evaluates a
// source it gets the per-line index and slice checks the source calls
// (rt.LineSymbols), so that every source a session evaluates — a cell,
// a restored declarations log, a worker's — finds them.
type interpreter struct {
	*interp.Interpreter
	exit *exitGate // nil: os.Exit is the session's Options.Exit
}

// Eval is interp.Interpreter.Eval.
func (in interpreter) Eval(src string) (reflect.Value, error) {
	in.useLines(src)
	return in.Interpreter.Eval(src)
}

// EvalWithContext is interp.Interpreter.EvalWithContext; when the source
// calls os.Exit, the evaluation ends there, with an interp.Panic of an
// *ExitError (see exitGate).
func (in interpreter) EvalWithContext(ctx context.Context, src string) (reflect.Value, error) {
	in.useLines(src)
	if in.exit == nil {
		return in.Interpreter.EvalWithContext(ctx, src)
	}
	exited, outer := in.exit.begin()
	if !outer {
		return in.Interpreter.EvalWithContext(ctx, src)
	}
	defer in.exit.end()
	// the interpreter's evaluation is stopped when ctx is (an interrupt),
	// never after os.Exit: that would stop every goroutine it runs,
	// which then ran their deferred calls
	inner, cancel := context.WithCancel(context.WithoutCancel(ctx))
	unwatch := context.AfterFunc(ctx, cancel)
	done := make(chan evalResult, 1)
	go func() {
		v, err := in.Interpreter.EvalWithContext(inner, src)
		done <- evalResult{v, err}
	}()
	select {
	case r := <-done:
		unwatch()
		cancel()
		if r.err != nil && ctx.Err() != nil && errors.Is(r.err, context.Canceled) {
			r.err = ctx.Err() // (a deadline's error, as the interpreter gave it)
		}
		return r.v, r.err
	case <-exited:
		unwatch()
		return reflect.Value{}, interp.Panic{Value: &ExitError{Code: in.exit.exitCode()}}
	}
}

// evalResult is what an evaluation returned.
type evalResult struct {
	v   reflect.Value
	err error
}

// exitGate is os.Exit for cells. Go's os.Exit ends the process: no
// deferred call runs, nor any other code. Called by the goroutine an
// evaluation runs on, it blocks that goroutine for good (a panic would
// run its deferred calls as it unwound, as yaegi's os.Exit did), and the
// evaluation returns at once: the cell fails with the exit code, what it
// set before stays set, and the goroutines it started are left as those
// a cell leaves running. Called by another goroutine (the evaluation
// would run on, racing with the next cell's), it panics there: the
// interpreter process ends, as Go's program does. Each call leaves its
// goroutine, and what that holds of the interpreter, blocked: the price
// of running none of its deferred calls (a few kilobytes of stack and
// frames; a whole interpreter once the session replaced it after a
// type was redefined).
type exitGate struct {
	// goExit, when set, ends the process for os.Exit called on a
	// goroutine a cell started (Session.goExited); it returns when it
	// cannot
	goExit func(code int)

	mu     sync.Mutex
	exited chan struct{} // of the evaluation running; nil when none
	code   int
	closed bool
}

// begin notes the evaluation that starts and returns the channel closed
// when it calls os.Exit; outer is false when one is running already (a
// nested evaluation is the outer one's).
func (g *exitGate) begin() (exited <-chan struct{}, outer bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.exited != nil {
		return nil, false
	}
	g.exited, g.closed = make(chan struct{}), false
	return g.exited, true
}

// end forgets the evaluation that ended.
func (g *exitGate) end() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.exited = nil
}

// exitCode is the code os.Exit was called with.
func (g *exitGate) exitCode() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.code
}

// Exit is os.Exit for cells: it ends the evaluation running and never
// returns. Called outside one (by a function %timeit times, or a String
// method the display calls), it panics with an *ExitError, as it did.
func (g *exitGate) Exit(code int) {
	if !evaluating() {
		// another goroutine: the evaluation runs on (it would print,
		// and race with the next cell's), so the interpreter process
		// ends, as Go's does: at once, with no deferred call run, when
		// the session can say so (goExit), else through a panic
		if g.goExit != nil {
			g.goExit(code)
		}
		panic(&ExitError{Code: code})
	}
	g.mu.Lock()
	running := g.exited != nil
	if running && !g.closed {
		g.code, g.closed = code, true
		close(g.exited)
	}
	g.mu.Unlock()
	if !running {
		panic(&ExitError{Code: code})
	}
	select {} // Go's os.Exit does not return, nor run deferred calls
}

// evaluating reports whether the calling goroutine is the one yaegi
// v0.16.1 runs an evaluation's code on (created by its
// EvalWithContext), not one a cell started: its stack ends with where
// it was created. A stack too deep to read to its end counts as the
// evaluation's.
func evaluating() bool {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return strings.Contains(string(buf[:n]), "created by github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext")
		}
		if len(buf) >= 4<<20 {
			return true
		}
		buf = make([]byte, 4*len(buf))
	}
}

func (in interpreter) useLines(src string) {
	if syms := rt.LineSymbols(src); syms != nil {
		_ = in.Use(syms)
	}
}
