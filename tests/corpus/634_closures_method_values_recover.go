//go:build ignore

// Closures sharing state, a function type with a method, method values
// and method expressions of value and pointer receivers, deferred
// recovers that turn panics into errors, and deferred calls in loops.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func step1() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
}

//cell

type Op func(a, b int) int

func (o Op) Apply(xs []int) int {
	acc := xs[0]
	for _, x := range xs[1:] {
		acc = o(acc, x)
	}
	return acc
}

func step2() {
	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(add.Apply([]int{1, 2, 3, 4}), mul.Apply([]int{1, 2, 3, 4}))
	apply := mul.Apply
	fmt.Println(apply([]int{5, 6}))
	ops := map[string]Op{"add": add, "mul": mul, "max": func(a, b int) int { return max(a, b) }}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", ops[k].Apply([]int{3, 9, 2}), " ")
	}
	fmt.Println()
}

//cell

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Withdraw(n int) { a.Balance -= n }

func (a Account) Summary() string { return fmt.Sprintf("%s has %d", a.Owner, a.Balance) }

func step3() {
	acct := Account{"kim", 100}
	w := acct.Withdraw
	s := acct.Summary
	w(30)
	fmt.Println(acct.Summary(), "|", s())
	wexpr := (*Account).Withdraw
	sexpr := Account.Summary
	wexpr(&acct, 5)
	fmt.Println(sexpr(acct))
	fmt.Printf("%T %T\n", wexpr, sexpr)
}

//cell

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	q = a / b
	return
}

func parseAll(in string) (out []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			out = nil
			err = errors.New(fmt.Sprint("bad input: ", r))
		}
	}()
	for _, f := range strings.Fields(in) {
		if f == "!" {
			panic("bang at " + f)
		}
		out = append(out, len(f))
	}
	return out, nil
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work() {
	defer trace("work")()
	for i := range 3 {
		defer fmt.Print(i, " ")
	}
	fmt.Println("working")
}

func step4() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parseAll("a bb ccc"))
	fmt.Println(parseAll("a ! c"))

	work()
	fmt.Println()
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
