package rt

import (
	"fmt"
	"sync/atomic"
)

// A cell type's method that compiled code calls through a Table (json's
// MarshalJSON, UnmarshalJSON) runs in the lowering's literal that
// recovers its panic, and invoke panics again with that value in
// compiled code, which lets it through as Go's would let the method's
// own. yaegi printed the frames of the method's panic (the method's, and
// those of the functions it called) as that panic unwound to the
// literal, and the session's traceback keeps only the frames the last
// panic went through: invoke notes which of the frames printed were the
// method's panic's.

// frameCounter is SetFrameCount's f.
var frameCounter atomic.Pointer[func() int]

// SetFrameCount makes f, which returns how many frames of unwinding
// panics yaegi has printed for the cell running (the session's count),
// the count invoke notes.
func SetFrameCount(f func() int) { frameCounter.Store(&f) }

// carriedPanic is the last panic invoke raised again: its value printed,
// and the frames printed of the method's panic, [from, to).
type carriedPanic struct {
	msg      string
	from, to int
}

var carried carriedPanic // (guarded by mu)

// frameCount is SetFrameCount's count, -1 when not set.
func frameCount() int {
	f := frameCounter.Load()
	if f == nil || *f == nil {
		return -1
	}
	return (*f)()
}

// noteCarried notes that invoke raises again v, what the method it
// called panicked with, which printed its frames from from on.
func noteCarried(v any, from int) {
	to := frameCount()
	if from < 0 || to <= from {
		return
	}
	msg := fmt.Sprint(v)
	mu.Lock()
	carried = carriedPanic{msg, from, to}
	mu.Unlock()
}

// NotedCarried returns, when the last panic invoke raised again with
// what a cell type's method panicked with prints as msg, the frames
// yaegi printed of the method's panic: from from to to, SetFrameCount's
// counts before and after the method ran.
func NotedCarried(msg string) (from, to int, ok bool) {
	mu.Lock()
	c := carried
	mu.Unlock()
	if c.msg != msg || c.to <= c.from {
		return 0, 0, false
	}
	return c.from, c.to, true
}
