//go:build ignore

// Labeled break and continue in nested loops, out of a select inside a
// for and out of a switch, a labeled continue over a range of a map's
// sorted keys, and goto jumping forward and backward for a retry loop.
package main

import (
	"fmt"
	"sort"
)

//cell

type Grid [][]int

func (g Grid) Find(target int) (int, int, bool) {
	ri, ci := -1, -1
outer:
	for i, row := range g {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				ri, ci = i, j
				break outer
			}
		}
	}
	return ri, ci, ri >= 0
}

func drain(ch <-chan int, quit <-chan struct{}) []int {
	var got []int
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			switch {
			case v%2 == 0:
				continue loop
			case v > 7:
				break loop
			}
			got = append(got, v)
		case <-quit:
			break loop
		}
	}
	return got
}

func retry(failures int) (attempts int, err error) {
	attempts = 0
again:
	attempts++
	if attempts <= failures {
		if attempts > 3 {
			err = fmt.Errorf("gave up after %d", attempts)
			goto done
		}
		goto again
	}
done:
	return attempts, err
}

//cell

func main() {
	g := Grid{{1, 2, 3}, {-1, 5, 6}, {7, 5, 9}}
	fmt.Println(g.Find(5))
	fmt.Println(g.Find(6))
	fmt.Println(g.Find(42))
	ch := make(chan int, 20)
	for i := 1; i <= 12; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(drain(ch, nil))
	ch2 := make(chan int)
	quit := make(chan struct{})
	close(quit)
	fmt.Println(drain(ch2, quit))
	for _, f := range []int{0, 2, 5} {
		fmt.Println(retry(f))
	}
	stock := map[string][]int{"b": {1, 0, 3}, "a": {2, 2}, "c": {0}}
	keys := make([]string, 0, len(stock))
	for k := range stock {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var ok []string
next:
	for _, k := range keys {
		for _, n := range stock[k] {
			if n == 0 {
				continue next
			}
		}
		ok = append(ok, k)
	}
	fmt.Println(ok)
	count := 0
	i := 0
loop:
	if i < 5 {
		for j := 0; j < 5; j++ {
			if j > i {
				i++
				goto loop
			}
			count++
		}
	}
	fmt.Println(count, i)
	total := 0
rows:
	for r := 0; r < 4; r++ {
		switch {
		case r == 1:
			continue rows
		case r == 3:
			break rows
		}
		for c := 0; c < 4; c++ {
			if c == r+2 {
				continue rows
			}
			total += r*10 + c
		}
	}
	fmt.Println(total)
}
