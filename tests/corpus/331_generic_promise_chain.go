//go:build ignore

// Generics over futures, declared in cells: Promise[T] wraps an untyped
// future with a typed Await, Then chains a typed step on a pool, All
// gathers promises of one type in order and fails with the first error,
// and Race-free deterministic output comes from waiting on each in turn.
// The values flowing through are cell types.
package main

import (
	"errors"
	"fmt"
	"math"

	"github.com/gofutures/gofutures/executor"
)

// Point is a point in the plane.
type Point struct{ X, Y float64 }

func (p Point) String() string { return fmt.Sprintf("(%g, %g)", p.X, p.Y) }

// Stats summarises a path.
type Stats struct {
	Length float64
	Hops   int
}

// Promise is a typed view of a future.
type Promise[T any] struct {
	f *executor.Future
}

// Await waits for the value.
func (p Promise[T]) Await() (T, error) {
	v, err := p.f.Result()
	t, _ := v.(T)
	return t, err
}

//cell

// Go runs fn on pool as a Promise.
func Go[T any](pool *executor.ThreadPool, fn func() (T, error)) Promise[T] {
	return Promise[T]{pool.Submit(fn)}
}

// Then runs next on the value of p once it is there.
func Then[T, U any](pool *executor.ThreadPool, p Promise[T], next func(T) (U, error)) Promise[U] {
	return Go(pool, func() (U, error) {
		v, err := p.Await()
		if err != nil {
			var zero U
			return zero, fmt.Errorf("then: %w", err)
		}
		return next(v)
	})
}

// All waits for every promise, in order.
func All[T any](ps []Promise[T]) ([]T, error) {
	out := make([]T, 0, len(ps))
	for i, p := range ps {
		v, err := p.Await()
		if err != nil {
			return out, fmt.Errorf("promise %d: %w", i, err)
		}
		out = append(out, v)
	}
	return out, nil
}

var ErrNaN = errors.New("NaN point")

func pathStats(ps []Point) (Stats, error) {
	s := Stats{Hops: len(ps) - 1}
	for i := 1; i < len(ps); i++ {
		s.Length += math.Hypot(ps[i].X-ps[i-1].X, ps[i].Y-ps[i-1].Y)
	}
	return s, nil
}

func mid(p Point) (Point, error) {
	if math.IsNaN(p.X) {
		return Point{}, ErrNaN
	}
	return Point{p.X / 2, p.Y / 2}, nil
}

//cell

func main() {
	pool := executor.NewThreadPool(4)
	defer pool.Close()
	path := []Point{{0, 0}, {3, 4}, {3, 0}, {0, 0}}

	st := Go(pool, func() (Stats, error) { return pathStats(path) })
	s, err := st.Await()
	fmt.Printf("%.1f %d %v\n", s.Length, s.Hops, err)

	label := Then(pool, st, func(s Stats) (string, error) {
		return fmt.Sprintf("%d hops, %.0f long", s.Hops, s.Length), nil
	})
	fmt.Println(label.Await())

	var mids []Promise[Point]
	for _, p := range path {
		mids = append(mids, Go(pool, func() (Point, error) { return mid(p) }))
	}
	ms, err := All(mids)
	fmt.Println(ms, err)

	halves := make([]Promise[Point], len(mids))
	for i, m := range mids {
		halves[i] = Then(pool, m, mid)
	}
	hs, err := All(halves)
	fmt.Println(hs, err)

	bad := append(path[:2:2], Point{math.NaN(), 0}, Point{1, 1})
	var bs []Promise[Point]
	for _, p := range bad {
		bs = append(bs, Then(pool, Go(pool, func() (Point, error) { return p, nil }), mid))
	}
	got, err := All(bs)
	fmt.Println(got, err, errors.Is(err, ErrNaN))

	lengths := Then(pool, Go(pool, func() ([]Point, error) { return ms, nil }), pathStats)
	fmt.Println(lengths.Await())
}
