package rt

import (
	"reflect"
	"sync"
)

// ClearMap deletes every entry of the map m, those keyed by a NaN (or a
// value holding one) included, which a lowered clear's delete loop
// cannot reach: NaN != NaN.
func ClearMap(m any) {
	if v := reflect.ValueOf(m); v.Kind() == reflect.Map {
		v.Clear()
	}
}

// Range states of a lowered range over a function (rangeFunc): the loop
// body's function checks its state each time the iterator calls it, sets
// RangeBody while it runs and RangeReady or RangeDone as it returns; the
// loop checks it when the iterator returns.
const (
	RangeReady  = 0 // the loop runs
	RangeDone   = 1 // the body stopped it (break, return, a branch out)
	RangeExited = 2 // the loop statement has finished
	RangeBody   = 3 // the body runs, or a panic left it
	// RangeMissingPanic is no state: what the loop tells RangeState when
	// the iterator returned in state RangeBody (it recovered the body's
	// panic and did not panic again)
	RangeMissingPanic = 4
)

// rangeErrors are the runtime's own errors of an iterator that calls
// yield in each state but RangeReady, and of one that returns after it
// recovered the loop body's panic, indexed by state.
var rangeErrors = sync.OnceValue(func() (errs [5]any) {
	caught := func(i int, f func()) {
		defer func() { errs[i] = recover() }()
		f()
	}
	caught(RangeDone, func() {
		twice := func(yield func() bool) {
			yield()
			yield()
		}
		for range twice {
			break
		}
	})
	var saved func() bool
	keep := func(yield func() bool) { saved = yield }
	for range keep {
	}
	caught(RangeExited, func() { saved() })
	caught(RangeBody, func() {
		again := func(yield func() bool) {
			func() {
				defer func() { _ = recover() }()
				yield()
			}()
			yield()
		}
		for range again {
			panic(RangeBody)
		}
	})
	caught(RangeMissingPanic, func() {
		swallow := func(yield func() bool) {
			defer func() { _ = recover() }()
			yield()
		}
		for range swallow {
			panic(RangeMissingPanic)
		}
	})
	return errs
})

// RangeState panics as Go does when an iterator calls the body of a
// range loop over it in state (RangeDone, RangeExited or RangeBody), or
// returns after it recovered the body's panic (RangeMissingPanic):
// "range function continued iteration after function for loop body
// returned false", "... after whole loop exit", "... after loop body
// panic", "range function recovered a loop body panic and did not resume
// panicking" (a runtime.Error).
func RangeState(state int) {
	panic(rangeErrors()[state])
}

// RangeStateAt is RangeState for the loop at line of its cell, which
// the panic notes (0: not known).
func RangeStateAt(line, state int) {
	err := rangeErrors()[state]
	note(line, err)
	panic(err)
}
