//go:build ignore

// Iterators that hold a resource: deferred cleanup when the loop breaks,
// returns from a nested loop or panics in its body (recovered), when
// iter.Pull's stop is called early, defers in a range-over-func body
// run at the function's end, labeled continue and break across two
// such loops.
package main

import (
	"errors"
	"fmt"
	"iter"
	"strings"
)

var log []string

func resource(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		log = append(log, "open "+name)
		defer func() { log = append(log, "close "+name) }()
		for i := range n {
			if !yield(i) {
				log = append(log, "stopped "+name)
				return
			}
		}
	}
}

func find(target int) (string, error) {
	for i := range resource("outer", 3) {
		for j := range resource("inner", 3) {
			if i*3+j == target {
				return fmt.Sprintf("%d,%d", i, j), nil
			}
		}
	}
	return "", errors.New("not found")
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func flush() {
	fmt.Println(strings.Join(log, "; "))
	log = nil
}

//cell

func step1() {
	fmt.Println(find(4))
	flush()
	fmt.Println(find(99))
	flush()
	err := safe(func() {
		for i := range resource("p", 5) {
			if i == 2 {
				panic(fmt.Sprint("boom at ", i))
			}
		}
	})
	fmt.Println(err)
	flush()
}

//cell

func step2() {
	next, stop := iter.Pull(resource("pull", 4))
	a, _ := next()
	b, _ := next()
	stop()
	c, ok := next()
	fmt.Println(a, b, c, ok)
	flush()
	total := 0
	func() {
		defer func() { log = append(log, fmt.Sprint("deferred total ", total)) }()
		for v := range resource("d", 4) {
			defer func() { total += v }()
		}
		log = append(log, "after loop")
	}()
	fmt.Println(total)
	flush()
outer:
	for i := range resource("L1", 3) {
		for j := range resource("L2", 3) {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			log = append(log, fmt.Sprint(i, j))
		}
	}
	flush()
}

//cell

func main() {
	step1()
	step2()
}
