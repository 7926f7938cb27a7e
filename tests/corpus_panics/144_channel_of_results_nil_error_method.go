//go:build ignore

// An error method called on a nil error from a result struct.
package main

import (
	"errors"
	"fmt"
)

//cell

type Result struct {
	N   int
	Err error
}

func describe(r Result) string { return fmt.Sprint(r.N) + " " + r.Err.Error() }

//cell

func main() {
	fmt.Println(describe(Result{1, errors.New("boom")}))
	fmt.Println(describe(Result{N: 2}))
}
