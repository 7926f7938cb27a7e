//go:build ignore

// Generic Map/Filter/Reduce/Sum/GroupBy helpers over ints, strings and a
// named float type, a generic Pair with a String method sorted with
// slices.SortFunc, goroutine fan-out sending indexed results on a channel
// collected in order, a mutex-guarded sum, a semaphore channel, and
// Duration arithmetic and printing.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	return Reduce(xs, T(0), func(a, b T) T { return a + b })
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

//cell

func main() {
	nums := []int{5, 3, 8, 1, 9, 2, 7}
	sq := Map(nums, func(n int) int { return n * n })
	evens := Filter(sq, func(n int) bool { return n%2 == 0 })
	strs := Map(nums, strconv.Itoa)
	fmt.Println(sq, evens, Sum(sq), strings.Join(strs, "+"), Sum([]float64{0.1, 0.2}))
	type Celsius float64
	fmt.Println(Sum([]Celsius{1.5, 2.25}))
	longest := Reduce(strings.Fields("go is a fun language"), "", func(a, w string) string {
		if len(w) > len(a) {
			return w
		}
		return a
	})
	fmt.Println(longest)

	g := GroupBy(nums, func(n int) string {
		if n%2 == 0 {
			return "even"
		}
		return "odd"
	})
	var ps []Pair[string, []int]
	for k, v := range g {
		ps = append(ps, Pair[string, []int]{k, v})
	}
	slices.SortFunc(ps, func(a, b Pair[string, []int]) int { return cmp.Compare(a.Key, b.Key) })
	fmt.Println(ps, len(ps))
	fmt.Printf("%v %s %+v\n", ps[0], ps[1], Pair[int, bool]{1, true})

	type result struct {
		idx int
		val string
	}
	jobs := []int{30, 10, 20, 5, 15}
	results := make([]string, len(jobs))
	ch := make(chan result)
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(j) * time.Millisecond / 10)
			ch <- result{i, fmt.Sprintf("job%d:%d", i, j*j)}
		}()
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	for r := range ch {
		results[r.idx] = r.val
	}
	fmt.Println(results)

	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for _, n := range sq {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(n)
	}
	wg2.Wait()
	fmt.Println(total == Sum(sq), total)
	sem := make(chan struct{}, 2)
	out := make([]int, 10)
	var wg3 sync.WaitGroup
	for i := range out {
		wg3.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg3.Done() }()
			out[i] = i * i
		}()
	}
	wg3.Wait()
	fmt.Println(out)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Round(time.Hour), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
	fmt.Printf("%v %d %s %.1f\n", d/3, d/time.Second, -d, d.Minutes())
}
