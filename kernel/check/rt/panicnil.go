package rt

import "runtime"

// PanicNil returns what Go 1.21 on panics with when a program panics
// with a nil interface value: a *runtime.PanicNilError, which recover
// returns ("panic called with nil argument"). yaegi v0.16.1 panics with
// the nil itself, and its recover then returns nil, as if nothing had
// panicked; the lowering of panic(v) panics with PanicNil() where v is
// nil (kernel/check, lower.go).
func PanicNil() error {
	return new(runtime.PanicNilError)
}

// Repanicked is what recover() returned in a goroutine whose starter
// panics again with the value it recovers (sync.WaitGroup.Go since Go
// 1.26, which then never calls Done): the session's GoPanic prints it as
// Go does, "[recovered, repanicked]".
type Repanicked struct{ Value any }

// Repanic wraps v, what recover() returned, in a Repanicked; nil (no
// panic) stays nil.
func Repanic(v any) any {
	if v == nil {
		return nil
	}
	return Repanicked{v}
}
