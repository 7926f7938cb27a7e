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
// body's function checks its state each time the iterator calls it.
const (
	RangeReady  = 0 // the loop runs
	RangeDone   = 1 // the body stopped it (break, return, a branch out)
	RangeExited = 2 // the loop statement has finished
)

// rangeErrors are the runtime's own errors of an iterator that calls
// yield after the loop body stopped it, and after the loop exited.
var rangeErrors = sync.OnceValues(func() (done, exited any) {
	seq := func(yield func() bool) {
		yield()
		yield()
	}
	func() {
		defer func() { done = recover() }()
		for range seq {
			break
		}
	}()
	var saved func() bool
	keep := func(yield func() bool) { saved = yield }
	for range keep {
	}
	func() {
		defer func() { exited = recover() }()
		saved()
	}()
	return done, exited
})

// RangeState panics as Go does when an iterator calls the body of a
// range loop over it in state (RangeDone or RangeExited): "range
// function continued iteration after function for loop body returned
// false", "... after whole loop exit" (a runtime.Error).
func RangeState(state int) {
	done, exited := rangeErrors()
	if state == RangeExited {
		panic(exited)
	}
	panic(done)
}
