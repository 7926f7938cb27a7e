//go:build ignore

// Generic channel pipelines: generator, stage and merge functions with
// select on a context's Done, instantiated with ints, strings and a
// struct; a generic first-of with a timeout; cancellation mid-stream.
package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"
)

func Gen[T any](ctx context.Context, vs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range vs {
			select {
			case out <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Stage[In, Out any](ctx context.Context, in <-chan In, f func(In) Out) <-chan Out {
	out := make(chan Out)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- f(v):
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func Merge[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Collect[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func FirstOf[T any](timeout time.Duration, cs ...<-chan T) (T, error) {
	var zero T
	merged := Merge(cs...)
	select {
	case v, ok := <-merged:
		if !ok {
			return zero, errors.New("all closed")
		}
		return v, nil
	case <-time.After(timeout):
		return zero, errors.New("timeout")
	}
}

type Item struct {
	ID    int
	Price float64
}

//cell

func step1() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sq := Stage(ctx, Gen(ctx, 1, 2, 3, 4), func(x int) int { return x * x })
	strs := Stage(ctx, sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Println(Collect(strs))
	items := Stage(ctx, Gen(ctx, 1, 2, 3), func(id int) Item { return Item{id, float64(id) * 1.5} })
	all := Collect(Merge(items, Stage(ctx, Gen(ctx, 9), func(id int) Item { return Item{ID: id} })))
	slices.SortFunc(all, func(a, b Item) int { return a.ID - b.ID })
	fmt.Println(all)
	v, err := FirstOf(time.Second, Gen(ctx, "fast"))
	fmt.Println(v, err)
	never := make(chan string)
	_, err = FirstOf(20*time.Millisecond, (<-chan string)(never))
	fmt.Println(err)
	empty := make(chan Item)
	close(empty)
	_, err = FirstOf(time.Second, (<-chan Item)(empty))
	fmt.Println(err)
	ctx2, cancel2 := context.WithCancel(context.Background())
	src := Gen(ctx2, 1, 2, 3, 4, 5)
	fmt.Println(<-src, <-src)
	cancel2()
	rest := Collect(src) // the generator closes src once it sees the cancel
	fmt.Println("closed after cancel, at most 3 left:", len(rest) <= 3)
}

//cell

func main() {
	step1()
}
