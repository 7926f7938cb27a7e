//go:build ignore

// Generic helpers over futures, declared in cells: MapOrdered submits a
// typed function per item and gathers the results in input order; Gather
// asserts a slice of futures to one type; Settled pairs every result with
// its error, like Promise.allSettled. The types they are used with are
// cell types too.
package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gofutures/gofutures/executor"
)

// Outcome is one settled future.
type Outcome[T any] struct {
	Value T
	Err   error
}

func (o Outcome[T]) String() string {
	if o.Err != nil {
		return "rejected(" + o.Err.Error() + ")"
	}
	return fmt.Sprintf("fulfilled(%v)", o.Value)
}

// Word is a cell type the helpers work on.
type Word struct {
	Text  string
	Score int
}

//cell

// MapOrdered runs fn over xs on pool and returns the results in order.
func MapOrdered[T, R any](pool *executor.ThreadPool, xs []T, fn func(T) R) []R {
	fs := make([]*executor.Future, len(xs))
	for i, x := range xs {
		fs[i] = pool.Submit(func() R { return fn(x) })
	}
	out := make([]R, len(xs))
	for i, f := range fs {
		v, err := f.Result()
		if err != nil {
			panic(err)
		}
		out[i] = v.(R)
	}
	return out
}

// Gather waits for every future and asserts its result to T.
func Gather[T any](fs []*executor.Future) ([]T, error) {
	out := make([]T, 0, len(fs))
	for _, f := range fs {
		v, err := f.Result()
		if err != nil {
			return out, err
		}
		t, ok := v.(T)
		if !ok {
			return out, fmt.Errorf("result %v is a %T", v, v)
		}
		out = append(out, t)
	}
	return out, nil
}

// Settled waits for every future and reports each outcome.
func Settled[T any](fs []*executor.Future) []Outcome[T] {
	out := make([]Outcome[T], len(fs))
	for i, f := range fs {
		v, err := f.Result()
		t, _ := v.(T)
		out[i] = Outcome[T]{t, err}
	}
	return out
}

func score(s string) Word {
	n := 0
	for _, r := range strings.ToLower(s) {
		n += int(r-'a') + 1
	}
	return Word{s, n}
}

func strict(s string) (Word, error) {
	if strings.ContainsAny(s, "0123456789") {
		return Word{}, errors.New("digits in " + s)
	}
	return score(s), nil
}

//cell

func main() {
	pool := executor.NewThreadPool(3)
	defer pool.Close()
	words := []string{"go", "yaegi", "future", "pool"}

	ws := MapOrdered(pool, words, score)
	fmt.Println(ws)
	lens := MapOrdered(pool, ws, func(w Word) int { return len(w.Text) * w.Score })
	fmt.Println(lens)

	var fs []*executor.Future
	for _, w := range words {
		fs = append(fs, pool.Submit(score, w))
	}
	got, err := Gather[Word](fs)
	fmt.Println(got, err)
	_, err = Gather[string](fs)
	fmt.Println(err)

	fs = fs[:0]
	for _, w := range []string{"ok", "b4d", "fine"} {
		fs = append(fs, pool.Submit(strict, w))
	}
	for _, o := range Settled[Word](fs) {
		fmt.Println(o)
	}
	outs := Settled[Word](fs)
	fmt.Printf("%v %+v\n", outs[0].Value, outs[1])
}
