//go:build ignore

// A generic memoizer returning closures over a locked map (a recursive
// fib through it, a struct key), a parallel map run in goroutines, and
// Result[T] values sent over a channel.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

//cell

type Point struct{ X, Y int }

func Memoize[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	var mu sync.Mutex
	return func(k K) V {
			mu.Lock()
			if v, ok := cache[k]; ok {
				mu.Unlock()
				return v
			}
			mu.Unlock()
			v := f(k)
			mu.Lock()
			cache[k] = v
			mu.Unlock()
			return v
		}, func() int {
			mu.Lock()
			defer mu.Unlock()
			return len(cache)
		}
}

//cell

func step1() {
	calls := 0
	var fib func(int) int
	var size func() int
	fib, size = Memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(40), calls, size())
}

//cell

func step2() {
	dist, n := Memoize(func(p Point) string { return strconv.Itoa(p.X*p.X + p.Y*p.Y) })
	fmt.Println(dist(Point{3, 4}), dist(Point{3, 4}), dist(Point{1, 1}), n())
}

//cell

func ParMap[T, R any](xs []T, f func(T) R) []R {
	out := make([]R, len(xs))
	var wg sync.WaitGroup
	for i, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(x)
		}()
	}
	wg.Wait()
	return out
}

type Result[T any] struct {
	Val T
	Err error
}

func Collect[T any](ch <-chan Result[T]) (vals []T, errs int) {
	for r := range ch {
		if r.Err != nil {
			errs++
			continue
		}
		vals = append(vals, r.Val)
	}
	return
}

//cell

func step3() {
	sq := ParMap([]int{1, 2, 3, 4}, func(x int) int { return x * x })
	fmt.Println(sq)
	pts := ParMap([]int{1, 2}, func(x int) *Point { return &Point{x, -x} })
	fmt.Println(*pts[0], *pts[1])
	ch := make(chan Result[Point], 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 1 {
				ch <- Result[Point]{Err: fmt.Errorf("odd %d", i)}
				return
			}
			ch <- Result[Point]{Val: Point{i, i}}
		}(i)
	}
	wg.Wait()
	close(ch)
	vals, errs := Collect(ch)
	fmt.Println(len(vals), errs)
	fmt.Printf("%T %+v\n", Result[Point]{}, Result[*Point]{Err: fmt.Errorf("x")})
}

//cell

func main() {
	step1()
	step2()
	step3()
}
