package executor

import "iter"

// The range-over-func faces of the Next-style iterators: in compiled Go
// and in notebook cells (whose front end lowers range-over-func for
// yaegi), Python's
//
//	for f in as_completed(fs, timeout=1):
//	for v in executor.map(fn, xs):
//
// read
//
//	it := executor.AsCompleted(fs, executor.Timeout(time.Second))
//	for f := range it.All() { ... }
//	err := it.Err() // the *TimeoutError that ended the loop, or nil
//
//	it := pool.MapIter(fn, xs)
//	for v := range it.Values() { ... }
//	err = it.Err() // the first failed item, a Timeout, or nil
//
// Keep the iterator in a variable: a failed item, like a timeout, ends
// the loop, and only Err tells it from the end of the input (Python's
// loop raises there). Each sequence drives the iterator it came from, and any loop over it
// ends the iteration: run to its end, or left early (break, return, a
// panic), which closes the iterator as Close does (a CompletedIterator
// unregisters from the futures, a MapIterator cancels the items not yet
// started). Ranging over the iterator again yields nothing; to take some
// values and go on later, use Next.

// All returns the futures of the iteration as they become done, for
// range-over-func: Next and Future in one. After the loop, Err says
// whether a Timeout or Context ended it early. Breaking out of the loop
// closes the iterator.
func (it *CompletedIterator) All() iter.Seq[*Future] {
	return func(yield func(*Future) bool) {
		defer it.Close()
		for it.Next() {
			if !yield(it.cur) {
				return
			}
		}
	}
}

// Values returns the results of the iteration in input order, for
// range-over-func: Next and Value in one. After the loop, Err says why it
// stopped early (the first failed item, a Timeout, a Context), if it
// did. Breaking out of the loop closes the iterator, which cancels the
// items not yet started.
func (it *MapIterator) Values() iter.Seq[any] {
	return func(yield func(any) bool) {
		defer it.Close()
		for it.Next() {
			if !yield(it.val) {
				return
			}
		}
	}
}

// All is Values with each result's index in the input, as slices.All
// pairs them: for i, v := range it.All(), then it.Err().
func (it *MapIterator) All() iter.Seq2[int, any] {
	return func(yield func(int, any) bool) {
		defer it.Close()
		for it.Next() {
			if !yield(it.pos-1, it.val) {
				return
			}
		}
	}
}
