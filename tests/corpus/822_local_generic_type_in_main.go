//go:build ignore

// A generic type declared inside func main (Go 1.26 allows it): a
// Result[T] pairing a value with an error, filled by parsing, and a
// Pair[K, V] of a local generic type printed with %v and %T.
package main

import (
	"fmt"
	"strconv"
)

func parseAll(xs []string) (sum int, bad int) {
	for _, x := range xs {
		if n, err := strconv.Atoi(x); err == nil {
			sum += n
		} else {
			bad++
		}
	}
	return
}

//cell

func main() {
	type Result[T any] struct {
		Val T
		Err error
	}
	type Pair[K comparable, V any] struct {
		Key K
		Val V
	}
	var rs []Result[int]
	for _, s := range []string{"4", "x", "38"} {
		n, err := strconv.Atoi(s)
		rs = append(rs, Result[int]{n, err})
	}
	fmt.Println(rs[0], rs[1].Err != nil, len(rs))
	p := Pair[string, Result[int]]{"last", rs[2]}
	fmt.Printf("%v %+v %T\n", p, p.Val, p)
	fmt.Println(parseAll([]string{"1", "2", "z"}))
}
