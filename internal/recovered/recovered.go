// Package recovered lets a program that runs interpreted code tell the
// compiled code that recovers its panics (the executor's pools) what
// they panicked with: the yaegi interpreter panics with the reflect.Value
// of panic's argument, and values of the notebook's types lose their
// methods on the way.
package recovered

import "sync/atomic"

var hook atomic.Pointer[func(any) any]

// SetHook makes Value return fix(r). The gofutures kernel sets it when it
// starts a session.
func SetHook(fix func(r any) any) { hook.Store(&fix) }

// Value returns what r, a value recover returned in compiled code, stands
// for: r itself in a compiled program, or what the hook says.
func Value(r any) any {
	if f := hook.Load(); f != nil && r != nil {
		return (*f)(r)
	}
	return r
}
