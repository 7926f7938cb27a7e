//go:build ignore

// An order-processing notebook built from push iterators (range over
// functions, Go 1.23): sources made from closures, generic stages that
// filter, map and take, an iter.Seq2 of index and value, early break that
// stops the producer (its deferred cleanup runs), nested ranges over
// functions, a defer in a function literal the body calls, and defers in
// a loop body, which run when the enclosing function returns (and may
// recover its panic).
package main

import (
	"fmt"
	"iter"
	"strings"
)

type Order struct {
	ID     int
	Client string
	Cents  int
	Rush   bool
}

var events []string

func note(format string, args ...any) {
	events = append(events, fmt.Sprintf(format, args...))
}

// Orders yields the orders one by one and records when the consumer stops.
func Orders(all []Order) iter.Seq[Order] {
	return func(yield func(Order) bool) {
		note("open %d", len(all))
		defer note("close")
		for _, o := range all {
			if !yield(o) {
				note("stopped at %d", o.ID)
				return
			}
		}
	}
}

//cell

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// counter returns a push iterator over 1..n made from a closure, plus a
// function telling how many values were pulled through it.
func counter(n int) (iter.Seq[int], func() int) {
	produced := 0
	seq := func(yield func(int) bool) {
		for i := 1; i <= n; i++ {
			produced++
			if !yield(i) {
				return
			}
		}
	}
	return seq, func() int { return produced }
}

//cell

var book = []Order{
	{1, "ada", 1250, false},
	{2, "bob", 499, true},
	{3, "ada", 7800, true},
	{4, "cy", 15000, false},
	{5, "bob", 2200, true},
	{6, "dee", 990, false},
}

func euros(c int) string { return fmt.Sprintf("€%d.%02d", c/100, c%100) }

func firstRush(orders iter.Seq[Order]) (Order, bool) {
	for o := range orders {
		if o.Rush {
			return o, true
		}
	}
	return Order{}, false
}

func labelled(seq iter.Seq[Order]) []string {
	var out []string
	for i, o := range Enumerate(seq) {
		func() {
			defer func() { out = append(out, fmt.Sprintf("#%d done", i)) }()
			out = append(out, fmt.Sprintf("#%d %s %s", i, o.Client, euros(o.Cents)))
		}()
	}
	return out
}

// audit defers a note per order inside the loop body: the notes are the
// function's deferred calls, run when audit returns, in reverse order.
func audit(seq iter.Seq[Order]) (total int) {
	defer note("audit started with total %d", total)
	for o := range seq {
		defer note("audited %d", o.ID)
		if o.Cents > 5000 {
			break
		}
		total += o.Cents
	}
	note("audit loop over at %d", total)
	return total
}

// checkedTotal sums the orders, refusing any over a limit with a panic
// that a function deferred in the loop body turns into its error.
func checkedTotal(seq iter.Seq[Order], limit int) (total int, err error) {
	for o := range seq {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("order %d: %v", o.ID, r)
			}
		}()
		if o.Cents > limit {
			panic(fmt.Sprintf("%s over the limit", euros(o.Cents)))
		}
		total += o.Cents
	}
	return total, nil
}

//cell

func main() {
	rush := Filter(Orders(book), func(o Order) bool { return o.Rush })
	for o := range Take(rush, 2) {
		fmt.Println("rush", o.ID, o.Client, euros(o.Cents))
	}
	fmt.Println(strings.Join(events, "; "))
	events = nil

	o, ok := firstRush(Orders(book[3:]))
	fmt.Println("first rush from 4:", o.ID, ok)
	fmt.Println(strings.Join(events, "; "))
	events = nil

	big := Map(Filter(Orders(book), func(o Order) bool { return o.Cents >= 1000 }), func(o Order) string {
		return strings.ToUpper(o.Client)
	})
	var names []string
	for n := range big {
		names = append(names, n)
	}
	fmt.Println("big spenders", names)
	events = nil

	fmt.Println(strings.Join(labelled(Take(Orders(book), 3)), " | "))
	fmt.Println(strings.Join(events, "; "))
	events = nil

	fmt.Println("audit", audit(Orders(book)))
	fmt.Println(checkedTotal(Orders(book), 10000))
	fmt.Println(checkedTotal(Orders(book[:3]), 10000))
	fmt.Println(strings.Join(events, "; "))
	events = nil

	// nested ranges over functions, with labelled break and continue
	nums, produced := counter(4)
pairs:
	for a := range nums {
		for b := range nums {
			if b > a {
				continue pairs
			}
			if a*b == 9 {
				fmt.Println("found 3x3")
				break pairs
			}
			fmt.Print(a, "x", b, " ")
		}
	}
	fmt.Println("produced", produced())

	// a return from inside a nested range over func
	find := func(target int) (int, int) {
		s, _ := counter(5)
		for x := range s {
			for y := range s {
				if x*10+y == target {
					return x, y
				}
			}
		}
		return -1, -1
	}
	fmt.Println(find(34))
	fmt.Println(find(99))

	// the loop variable is fresh per iteration
	var fns []func() int
	for v := range Take(Map(Orders(book), func(o Order) int { return o.ID * 10 }), 3) {
		fns = append(fns, func() int { return v })
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(strings.Join(events, "; "))

	// a yield called after the loop stopped panics in Go
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		bad := func(yield func(int) bool) {
			yield(1)
			yield(2)
		}
		for x := range bad {
			fmt.Println("got", x)
			break
		}
	}()
}
