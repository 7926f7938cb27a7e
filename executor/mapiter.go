package executor

import (
	"context"
	"errors"
	"fmt"
)

// A MapIterator yields the results of Map in input order, waiting for each
// as needed. Use it like bufio.Scanner:
//
//	it := pool.MapIter(gcd, numbers)
//	defer it.Close()
//	for it.Next() {
//		fmt.Println(it.Value())
//	}
//	if err := it.Err(); err != nil { ... }
//
// Iteration stops at the first failed item, at the deadline (a
// *TimeoutError naming how many items were not yielded) or when the
// context ends; then, and on Close, the items not yet started are
// cancelled, as when a Python map iterator is closed. A MapIterator is for
// one goroutine.
type MapIterator struct {
	futs   []*Future // one per chunk
	starts []int     // index of each chunk's first item
	all    []any     // where the chunks' results are, if they are in place (MapRemote)
	chunk  int       // items per chunk
	total  int

	ctx    context.Context // nil: wait forever
	cancel context.CancelFunc

	i    int   // next chunk to wait for
	buf  []any // results of the current chunk
	bpos int
	berr error // error after the buffered results
	one  [1]any
	pos  int // items yielded
	val  any
	err  error
	done bool
}

// chunkError locates a failure inside a chunk.
type chunkError struct {
	k   int
	err error
}

func (e *chunkError) Error() string { return e.err.Error() }
func (e *chunkError) Unwrap() error { return e.err }

// splitOptions separates trailing Option values from iterables.
func splitOptions(args []any) ([]any, []Option) {
	var its []any
	var opts []Option
	for _, a := range args {
		if o, ok := a.(Option); ok {
			opts = append(opts, o)
		} else {
			its = append(its, a)
		}
	}
	return its, opts
}

// MapIter submits fn over the iterables; see Executor.
func (p *ThreadPool) MapIter(fn any, iterables ...any) *MapIterator {
	return MapIterOn(p, fn, iterables...)
}

// Map is MapIter collected; see Executor.
func (p *ThreadPool) Map(fn any, iterables ...any) ([]any, error) {
	return p.MapIter(fn, iterables...).Collect()
}

// MapIterOn implements Executor.MapIter on top of ex.Submit, for Executor
// implementations: it validates every call before submitting any, then
// submits chunks of calls as functions of type func() (any, error).
func MapIterOn(ex Executor, fn any, iterables ...any) *MapIterator {
	its, opts := splitOptions(iterables)
	o := collect(opts)
	name := funcName(fn)
	v, shape, err := funcShape(fn)
	if err != nil {
		return failedMap(err)
	}
	z, err := zipArgs(name, its)
	if err != nil {
		return failedMap(err)
	}
	calls := make([]func() (any, error), z.n)
	buf := make([]any, len(its))
	for i := range z.n {
		rargs, err := convertArgs(name, v.Type(), z.args(i, buf))
		if err != nil {
			return failedMap(fmt.Errorf("executor: map item %d: %w", i, err))
		}
		calls[i] = (&reflectCall{fn: v, args: rargs, shape: shape, result: resultFunc(fn)}).do
	}
	return newMapIterator(ex, name, calls, o)
}

func failedMap(err error) *MapIterator { return &MapIterator{err: err, done: true} }

// newMapIterator submits calls, chunked, and returns the iterator.
func newMapIterator(ex Executor, name string, calls []func() (any, error), o options) *MapIterator {
	it := &MapIterator{chunk: o.chunk, total: len(calls)}
	it.ctx, it.cancel = o.waitContext()
	nchunks := (len(calls) + o.chunk - 1) / o.chunk
	it.futs = make([]*Future, 0, nchunks)
	it.starts = make([]int, 0, nchunks)
	for start := 0; start < len(calls); start += o.chunk {
		it.starts = append(it.starts, start)
		if o.chunk == 1 {
			it.futs = append(it.futs, ex.Submit(NamedFunc{Name: name, Fn: calls[start]}))
			continue
		}
		part := calls[start:min(start+o.chunk, len(calls))]
		it.futs = append(it.futs, ex.Submit(NamedFunc{Name: name, Fn: func() (any, error) {
			out := make([]any, 0, len(part))
			for k, c := range part {
				v, err := callCatching(name, c)
				if err != nil {
					return out, &chunkError{k: k, err: err}
				}
				out = append(out, v)
			}
			return out, nil
		}}))
	}
	return it
}

func callCatching(name string, c func() (any, error)) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newPanicError(name, r)
		}
	}()
	return c()
}

// Next waits for the next result and reports whether there is one.
func (it *MapIterator) Next() bool {
	if it.done || !it.fill() {
		return false
	}
	it.val = it.buf[it.bpos]
	it.buf[it.bpos] = nil
	it.bpos++
	it.pos++
	return true
}

// fill waits for results until the buffer holds one, and reports whether
// it does: false when the iteration ended.
func (it *MapIterator) fill() bool {
	for it.bpos == len(it.buf) {
		if it.berr != nil {
			it.fail(it.berr)
			return false
		}
		if it.i == len(it.futs) {
			it.Close()
			return false
		}
		f, base := it.futs[it.i], it.starts[it.i]
		it.i++
		if !f.IsDone() && it.ctx != nil {
			select {
			case <-f.Done():
			case <-it.ctx.Done():
				it.fail(waitError(it.ctx, it.total-it.pos, it.total))
				return false
			}
		}
		v, err := f.Result()
		if it.chunk == 1 {
			if err != nil {
				it.fail(fmt.Errorf("executor: map item %d: %w", base, err))
				return false
			}
			it.one[0] = v
			it.buf, it.bpos = it.one[:], 0
			continue
		}
		it.buf, _ = v.([]any)
		it.bpos = 0
		if err != nil {
			k := len(it.buf)
			var ce *chunkError
			if errors.As(err, &ce) {
				k, err = ce.k, ce.err
			}
			it.berr = fmt.Errorf("executor: map item %d: %w", base+k, err)
		}
	}
	return true
}

// Value returns the result Next just moved to.
func (it *MapIterator) Value() any { return it.val }

// Err returns the error that stopped the iteration, or nil when every item
// was yielded (or Close was called).
func (it *MapIterator) Err() error { return it.err }

// Len returns the number of items submitted.
func (it *MapIterator) Len() int { return it.total }

// Futures returns the futures submitted, one per chunk.
func (it *MapIterator) Futures() []*Future { return it.futs }

func (it *MapIterator) fail(err error) {
	it.err = err
	it.Close()
}

// Close ends the iteration and cancels the items not yet started. It is
// safe to call more than once.
func (it *MapIterator) Close() {
	it.done = true
	it.val = nil
	for _, f := range it.futs[min(it.i, len(it.futs)):] {
		f.Cancel()
	}
	if it.cancel != nil {
		it.cancel()
	}
}

// Collect runs the iteration to its end and returns the results in input
// order, with the error that stopped it, if any (then the results are
// those before the failing item).
func (it *MapIterator) Collect() ([]any, error) {
	if it.all != nil {
		// The chunks' results are where Collect returns them: in it.all,
		// in order, each chunk's where its first item's index says.
		from := it.pos
		for !it.done && it.fill() {
			end := min(it.starts[it.i-1]+it.chunk, it.total) // of this chunk
			n := min(len(it.buf)-it.bpos, end-it.pos)
			if &it.buf[it.bpos] != &it.all[it.pos] {
				copy(it.all[it.pos:it.pos+n], it.buf[it.bpos:]) // not decoded in place
			}
			it.pos += n
			it.bpos = len(it.buf)
		}
		return it.all[from:it.pos:it.pos], it.Err()
	}
	out := make([]any, 0, it.total)
	for it.Next() {
		out = append(out, it.Value())
		// The rest of the chunk at once, as Next would yield it.
		rest := it.buf[it.bpos:]
		out = append(out, rest...)
		clear(rest)
		it.bpos = len(it.buf)
		it.pos += len(rest)
	}
	return out, it.Err()
}
