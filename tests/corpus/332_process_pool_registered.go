//go:build ignore

// A process pool running functions declared in cells: compiled, the
// program registers them and turns into a worker when it is started as
// one; in the notebook the kernel passes them to its workers by name.
// Arguments and results of cell types cross to the worker processes by
// value; results come back in input order.
package main

import (
	"fmt"
	"strings"

	"github.com/gofutures/gofutures/executor"
)

// Span is a range of integers.
type Span struct{ Lo, Hi int }

// Count is what countPrimes returns.
type Count struct {
	Span   Span
	Primes int
	Last   int
}

//cell

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func countPrimes(s Span) Count {
	c := Count{Span: s}
	for n := s.Lo; n < s.Hi; n++ {
		if isPrime(n) {
			c.Primes++
			c.Last = n
		}
	}
	return c
}

func shout(words []string, sep string) string {
	return strings.ToUpper(strings.Join(words, sep))
}

//cell

func main() {
	executor.RegisterType(Span{})
	executor.RegisterType(Count{})
	executor.Register("countPrimes", countPrimes)
	executor.Register("shout", shout)
	executor.RunWorker()

	pool := executor.NewProcessPool(2)
	defer pool.Close()
	spans := []Span{{0, 100}, {100, 1000}, {1000, 10000}, {10000, 20000}}
	res, err := pool.Map(countPrimes, spans)
	fmt.Println(err)
	total := 0
	for _, r := range res {
		c := r.(Count)
		total += c.Primes
		fmt.Printf("%v: %d primes, last %d\n", c.Span, c.Primes, c.Last)
	}
	fmt.Println("total", total)

	v, err := pool.Submit(shout, []string{"process", "pool"}, "-").Result()
	fmt.Println(v, err)
	one, err := pool.Submit(countPrimes, Span{20, 30}).Result()
	fmt.Printf("%+v %v\n", one, err)
}
