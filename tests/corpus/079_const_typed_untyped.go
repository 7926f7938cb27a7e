//go:build ignore

// Typed and untyped constants, conversions, and constant expressions.
package main

import (
	"fmt"
	"math"
	"time"
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Huge = 1 << 62
const typedFloat float32 = 1.5

type Duration int64

const Timeout Duration = 30

//cell

func main() {
	var f32 float32 = Pi
	var f64 float64 = Pi
	fmt.Println(f32, f64)
	fmt.Println(Huge, Huge>>60, uint64(Huge)*2)
	fmt.Printf("%T %T %T %T\n", Pi, Huge, typedFloat, Timeout)
	x := 10
	fmt.Println(float64(x)*Pi > 31, float64(x)/3)
	fmt.Println(Timeout*2, time.Duration(Timeout)*time.Second)
	const big = 1 << 100
	fmt.Println(big / (1 << 98))
	fmt.Println(math.MaxUint8, uint8(255)+uint8(x-9))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T %v\n", 'x', len("héllo"))
	const s = "const" + "ant"
	fmt.Println(s, len(s))
}
