//go:build ignore

// Go 1.22 gives each iteration of a three-clause loop its own
// variables, copied from the last iteration's before the post statement
// runs. A pager whose condition takes the page's and the batch's
// addresses (each acknowledgement keeps its own page), a retry schedule
// whose post statement records a closure per retry, closures in the body
// that see the body's changes to the variable (i++ inside the loop), and
// goroutines each with their own index.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Batch struct {
	items []string
}

// acks are the acknowledgements the pager owes, sent after the loop.
var acks []func() string

// fetch fills b with page *page of src (3 to a page) and reports whether
// there was one; the acknowledgement reads the page and batch later.
func fetch(page *int, b *Batch, src []string) bool {
	lo := (*page - 1) * 3
	if lo >= len(src) {
		return false
	}
	b.items = src[lo:min(lo+3, len(src))]
	acks = append(acks, func() string {
		return fmt.Sprintf("ack page %d: %s", *page, strings.Join(b.items, ","))
	})
	return true
}

//cell

func pager() {
	src := strings.Fields("ant bee cat dog eel fox gnu hen")
	total := 0
	for page, b := 1, (Batch{}); fetch(&page, &b, src); page++ {
		total += len(b.items)
		if len(b.items) < 3 {
			b.items = append([]string{"last:"}, b.items...)
		}
	}
	fmt.Println("items:", total)
	for _, a := range acks {
		fmt.Println(a())
	}
}

func schedule() {
	var timeline []func() string
	for try, delay := 1, 10; try <= 4; try, delay, timeline = try+1, delay*2, append(timeline, func() string {
		return fmt.Sprintf("retry %d after %dms", try, delay)
	}) {
		if try == 2 {
			delay += 5 // jitter, seen by the next retry's closure
		}
	}
	for _, t := range timeline {
		fmt.Println(t())
	}
}

//cell

func skipping() {
	var fns []func() int
	for i := 0; i < 8; i++ {
		fns = append(fns, func() int { return i })
		i++
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var wg sync.WaitGroup
	squares := make([]int, 5)
	for i := 0; i < len(squares); i++ {
		wg.Go(func() { squares[i] = i * i })
	}
	wg.Wait()
	fmt.Println(squares)
	var ptrs []*int
	for n := 3; n > 0; {
		ptrs = append(ptrs, &n)
		n--
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}

//cell

func main() {
	pager()
	schedule()
	skipping()
}
