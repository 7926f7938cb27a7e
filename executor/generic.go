package executor

import (
	"context"
	"iter"
	"time"
)

// TypedFuture is the typed face of a Future for compiled Go programs: the
// same future, with Result returning T. All other methods (Done, Cancel,
// Err, AddDoneCallback, ...) are those of the embedded *Future, which is
// also what Wait and AsCompleted take.
type TypedFuture[T any] struct {
	*Future
}

// Result waits and returns the typed result (the zero T if the function
// failed or was cancelled).
func (f TypedFuture[T]) Result() (T, error) { return typed[T](f.Future.Result()) }

// ResultTimeout is Result waiting at most d.
func (f TypedFuture[T]) ResultTimeout(d time.Duration) (T, error) {
	return typed[T](f.Future.ResultTimeout(d))
}

// ResultContext is Result waiting until ctx is done.
func (f TypedFuture[T]) ResultContext(ctx context.Context) (T, error) {
	return typed[T](f.Future.ResultContext(ctx))
}

func typed[T any](v any, err error) (T, error) {
	t, _ := v.(T)
	return t, err
}

// Submit schedules fn on ex and returns its typed future: the generic
// counterpart of ex.Submit, with no reflection on the way.
func Submit[T any](ex Executor, fn func() (T, error)) TypedFuture[T] {
	if fn == nil {
		return TypedFuture[T]{ex.Submit(nil)} // fails with a *CallError
	}
	return TypedFuture[T]{ex.Submit(&typedCall[T]{fn})}
}

// Map submits fn(x) for every input at once and returns a sequence of the
// results in input order, for range-over-func. The sequence stops after
// yielding the first error (with the zero R), which wraps the item's
// error; Timeout and Context bound the whole iteration, counted from this
// call; ChunkSize groups calls. Breaking out of the loop cancels the
// items not yet started. The sequence can be ranged over once.
func Map[T, R any](ex Executor, fn func(T) (R, error), inputs []T, opts ...Option) iter.Seq2[R, error] {
	calls := make([]func() (any, error), len(inputs))
	for i, x := range inputs {
		calls[i] = func() (any, error) { return fn(x) }
	}
	it := newMapIterator(ex, funcName(fn), calls, collect(opts))
	return func(yield func(R, error) bool) {
		defer it.Close()
		for it.Next() {
			v, _ := it.Value().(R)
			if !yield(v, nil) {
				return
			}
		}
		if err := it.Err(); err != nil {
			var zero R
			yield(zero, err)
		}
	}
}

// Untyped returns the *Future of each typed future, for Wait and
// AsCompleted.
func Untyped[T any](fs []TypedFuture[T]) []*Future {
	out := make([]*Future, len(fs))
	for i, f := range fs {
		out[i] = f.Future
	}
	return out
}
