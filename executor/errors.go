package executor

import (
	"context"
	"errors"
	"fmt"
	"os"
)

// Sentinel errors. Callers branch on them with errors.Is.
var (
	// ErrShutdown is returned (as the error of the returned Future) by
	// Submit and Map after Shutdown or Close. It is Python's
	// "RuntimeError: cannot schedule new futures after shutdown".
	ErrShutdown = errors.New("executor: cannot schedule new futures after shutdown")

	// ErrCancelled matches every *CancelledError.
	ErrCancelled = errors.New("executor: future cancelled")

	// ErrBroken matches the error of every future failed because its pool
	// broke (an initializer failed). It is Python's BrokenExecutor.
	ErrBroken = errors.New("executor: pool is broken")

	// ErrInvalidState is returned by SetResult and SetErr on a future that
	// is already done. It is Python's InvalidStateError.
	ErrInvalidState = errors.New("executor: invalid future state")
)

// CancelledError is the error of a cancelled future (Python's
// CancelledError). It matches ErrCancelled and context.Canceled.
type CancelledError struct {
	Func string // name of the cancelled function, "" if unknown
}

func (e *CancelledError) Error() string {
	if e.Func == "" {
		return "executor: future cancelled"
	}
	return "executor: " + e.Func + ": future cancelled"
}

// Is reports whether target is ErrCancelled or context.Canceled.
func (e *CancelledError) Is(target error) bool {
	return target == ErrCancelled || target == context.Canceled
}

// PanicError is the error of a future whose function panicked. Value is
// the value passed to panic and Stack the panicking goroutine's stack.
// If Value is an error, Unwrap returns it, so errors.Is/As see through
// the panic.
//
// A task of a ProcessPool that panicked in a worker has Value as text,
// Stack the worker's, and Traceback the frames of the task's own code,
// innermost first, as the worker names them: for a notebook's functions
// "Cell In[3], line 7, in parse" (compiled workers; interpreting ones
// give the line of the innermost function when they know it, and "Cell
// In[3], in parse" otherwise), for a compiled program's "main.parse
// (main.go:12)"; Error lists them after the message.
type PanicError struct {
	Func      string
	Value     any
	Stack     []byte
	Traceback []string
}

func (e *PanicError) Error() string {
	msg := fmt.Sprintf("executor: %s panicked: %v", e.Func, e.Value)
	for _, f := range e.Traceback {
		msg += "\n\t" + f
	}
	return msg
}

// Unwrap returns Value if it is an error, else nil.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// TimeoutError reports that a deadline passed before all futures were done
// (Python's TimeoutError from as_completed, map and result). Unfinished of
// Total futures (or Map items) were not done. It matches
// context.DeadlineExceeded and os.ErrDeadlineExceeded.
type TimeoutError struct {
	Unfinished int
	Total      int
}

func (e *TimeoutError) Error() string {
	return fmt.Sprintf("executor: timeout: %d (of %d) futures unfinished", e.Unfinished, e.Total)
}

// Is reports whether target is context.DeadlineExceeded or os.ErrDeadlineExceeded.
func (e *TimeoutError) Is(target error) bool {
	return target == context.DeadlineExceeded || target == os.ErrDeadlineExceeded
}

// Timeout reports true, like net.Error.
func (e *TimeoutError) Timeout() bool { return true }

// CallError reports a function that cannot be called with the given
// arguments: a nil function, a non-function, a wrong argument count or
// type, or an unsupported result list. Arg is the 0-based index of the
// offending argument, or -1.
type CallError struct {
	Func string // "gcd", "strings.Fields" or, for functions with no name, "fn func([2]int) int"
	Arg  int
	Msg  string
}

func (e *CallError) Error() string {
	if e.Arg >= 0 {
		return fmt.Sprintf("executor: %s: argument %d: %s", e.Func, e.Arg, e.Msg)
	}
	return fmt.Sprintf("executor: %s: %s", e.Func, e.Msg)
}

// waitError turns the end of ctx into the error a waiting call returns:
// a *TimeoutError when the deadline passed, else the context's cause.
func waitError(ctx context.Context, unfinished, total int) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &TimeoutError{Unfinished: unfinished, Total: total}
	}
	return fmt.Errorf("executor: %d (of %d) futures unfinished: %w", unfinished, total, context.Cause(ctx))
}
