package executor

import "runtime/debug"

func newPanicError(name string, r any) *PanicError {
	return &PanicError{Func: name, Value: r, Stack: debug.Stack()}
}
