//go:build ignore

// Constants: untyped constants, iota, skipped values and expressions.
package main

import (
	"fmt"
	"math"
)

const s string = "constant"

const (
	Big   = 1 << 100
	Small = Big >> 99
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

//cell

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10
	C, D
)

//cell

func main() {
	fmt.Println(s)
	const n = 500000000
	const d = 3e20 / n
	fmt.Println(d, int64(d), math.Sin(n))
	fmt.Println(Small, Big/Big)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D)
	fmt.Printf("%T %T\n", Monday, KB)
}
