//go:build ignore

// Named channel types with methods, a generic channel type, request and
// reply channels in struct values, channels of funcs, channels as map
// keys and compared across directions, select assigning into elements.
package main

import (
	"fmt"
	"sort"
	"sync"
)

//cell

type Pipe chan int

func (p Pipe) Send(xs ...int) {
	for _, x := range xs {
		p <- x
	}
	close(p)
}

func (p Pipe) Sum() (s int) {
	for x := range p {
		s += x
	}
	return
}

type Stage[T any] chan T

func (s Stage[T]) Drain() []T {
	var out []T
	for v := range s {
		out = append(out, v)
	}
	return out
}

func Drain[C ~chan T, T any](c C) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

type request struct {
	n     int
	reply chan<- result
}

type result struct{ n, sq int }

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- result{r.n, r.n * r.n}
	}
}

//cell

func named() {
	p := make(Pipe, 3)
	go p.Send(1, 2, 3, 4)
	fmt.Println(p.Sum(), len(p), cap(p))
	st := make(Stage[string], 4)
	st <- "a"
	st <- "b"
	close(st)
	fmt.Println(st.Drain(), len(st))
	p2 := make(Pipe, 2)
	p2 <- 5
	close(p2)
	fmt.Println(Drain(p2))

	reqs := make(chan request)
	var srv sync.WaitGroup
	srv.Go(func() { server(reqs) })
	replies := make(chan result, 5)
	for i := range 5 {
		reqs <- request{i, replies}
	}
	close(reqs)
	srv.Wait()
	close(replies)
	var rs []result
	for r := range replies {
		rs = append(rs, r)
	}
	fmt.Println(rs)
}

//cell

func selects() {
	vals := make([]int, 3)
	m := map[string]int{}
	type box struct{ v int }
	var bx box
	a, b, c := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	a <- 10
	b <- 20
	c <- 30
	for i := range 3 {
		select {
		case vals[i] = <-a:
		case m["b"] = <-b:
		case bx.v = <-c:
		}
	}
	fmt.Println(vals[0]+vals[1]+vals[2], m["b"], bx.v)

	in := make(chan int)
	go func() {
		for i := range 4 {
			in <- i
		}
		close(in)
	}()
	var out chan int
	var pending, res []int
	for in != nil || len(pending) > 0 {
		var first int
		if len(pending) > 0 {
			first = pending[0]
			out = make(chan int, 1)
		} else {
			out = nil
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			pending = append(pending, v*v)
		case out <- first:
			res = append(res, <-out)
			pending = pending[1:]
		}
	}
	fmt.Println(res)
}

//cell

func indexOf(c <-chan int, cs ...chan int) int {
	for i, x := range cs {
		if x == c {
			return i
		}
	}
	return -1
}

func main() {
	named()
	selects()
	funcs := make(chan func() string, 3)
	for _, w := range []string{"x", "y", "z"} {
		funcs <- func() string { return w + w }
	}
	close(funcs)
	var fs []string
	for fn := range funcs {
		fs = append(fs, fn())
	}
	fmt.Println(fs)

	k1, k2 := make(chan int), make(chan int)
	names := map[chan int]string{k1: "one", k2: "two"}
	fmt.Println(names[k1], names[k2], k1 == k2, len(names))
	var ro <-chan int = k1
	var so chan<- int = k2
	fmt.Println(ro == k1, so == k1, so != k2, indexOf(k2, k1, k2), indexOf(ro, k2))
	var p Pipe = k1
	fmt.Println(p == k1, p != k2)
	switch ro {
	case k2:
		fmt.Println("k2")
	case k1:
		fmt.Println("k1")
	}
	switch k1 {
	case nil:
		fmt.Println("nil")
	case ro:
		fmt.Println("ro")
	}
	a, b := make(chan string, 1), make(chan string, 1)
	for i, c := range []chan string{a, b} {
		c <- fmt.Sprint("msg", i)
	}
	byName := map[string]<-chan string{"a": a, "b": b}
	var msgs []string
	for name, c := range byName {
		msgs = append(msgs, name+"="+<-c)
	}
	sort.Strings(msgs)
	fmt.Println(msgs)
	for _, c := range [...]chan string{a, b} {
		close(c)
	}
	_, okA := <-a
	fmt.Println(okA)
	keys := make([]string, 0, len(names))
	for _, v := range names {
		keys = append(keys, v)
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
