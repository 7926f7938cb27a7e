package executor

import (
	"context"
	"time"
)

// An Executor runs functions asynchronously: Python's
// concurrent.futures.Executor. ThreadPool implements it on goroutines; a
// pool of worker processes can implement it too (see the package doc).
//
// Functions (fn) may be of any signature whose results are (), (T),
// (error) or (T, error); args are checked against the parameters before
// anything runs, and misuse (nil fn, wrong count or type) becomes a
// *CallError. fn may also be a NamedFunc.
type Executor interface {
	// Submit schedules fn(args...) and returns its future. Submit never
	// blocks and never panics: misuse, ErrShutdown and ErrBroken are
	// reported as the error of the (already finished) future.
	Submit(fn any, args ...any) *Future

	// MapIter submits fn for every item of the iterables at once
	// (iterables are slices or arrays, zipped like Python's map, stopping
	// at the shortest) and returns an iterator over the results in input
	// order. Options (Timeout, Context, ChunkSize) may follow the
	// iterables.
	MapIter(fn any, iterables ...any) *MapIterator

	// Map is MapIter collected into a slice: the results so far and the
	// first error.
	Map(fn any, iterables ...any) ([]any, error)

	// Shutdown stops accepting work. With cancelFutures it cancels every
	// task that has not started; with wait it returns only when all
	// started tasks are done and the workers have exited. It is safe to
	// call more than once, and concurrently.
	Shutdown(wait, cancelFutures bool)

	// Close is Shutdown(true, false); it returns nil. It plays the role of
	// Python's `with` block: defer pool.Close().
	Close() error
}

// An Option tunes a waiting call: Map, MapIter, AsCompleted, Wait.
type Option struct {
	timeout    time.Duration
	hasTimeout bool
	ctx        context.Context
	chunk      int
}

// Timeout bounds the whole waiting call (for Map, the whole iteration,
// counted from the Map call, as in Python). d <= 0 means: do not wait.
func Timeout(d time.Duration) Option { return Option{timeout: d, hasTimeout: true} }

// Context ends the waiting call when ctx is done.
func Context(ctx context.Context) Option { return Option{ctx: ctx} }

// ChunkSize makes Map submit items n at a time: one future runs n calls in
// a row, which cuts per-task overhead for cheap functions. Default 1.
func ChunkSize(n int) Option { return Option{chunk: n} }

type options struct {
	timeout    time.Duration
	hasTimeout bool
	ctx        context.Context
	chunk      int
}

func collect(opts []Option) options {
	o := options{chunk: 1}
	for _, op := range opts {
		if op.hasTimeout {
			o.timeout, o.hasTimeout = op.timeout, true
		}
		if op.ctx != nil {
			o.ctx = op.ctx
		}
		if op.chunk > 0 {
			o.chunk = op.chunk
		}
	}
	return o
}

// waitContext returns the context a waiting call waits on (nil: forever)
// and its cancel function (never nil).
func (o options) waitContext() (context.Context, context.CancelFunc) {
	ctx := o.ctx
	if !o.hasTimeout {
		return ctx, func() {}
	}
	if ctx == nil {
		ctx = context.Background()
	}
	return context.WithTimeout(ctx, o.timeout)
}
