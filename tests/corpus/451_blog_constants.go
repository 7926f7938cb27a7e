//go:build ignore

// The Go blog's "Constants": untyped string, boolean, numeric and rune
// constants taking a default type (seen with %T in an interface), typed
// constants and named types (MyString, MyFloat), huge untyped constants
// only used shifted or divided (1 << 100 >> 98), math.Pi at float32 and
// float64, ^uint(0) and MaxUint, constant expressions converted exactly,
// and untyped floats assigned to ints when they are whole.
package main

import (
	"fmt"
	"math"
)

//cell

type MyString string

type MyFloat float64

type MyBool bool

const (
	hello      = "Hello, 世界"
	typedHello = string("Hello, typed")
	Huge       = 1 << 100
	Four       = Huge >> 98
	bigFloat   = 1e300 * 1e300 / 1e300
	MaxUint    = ^uint(0)
	MaxInt     = int(MaxUint >> 1)
	Third      = 1.0 / 3
	Big        = 1 << 62
	theAnswer  = '*' + 0
)

//cell

func main() {
	var m MyString
	m = hello
	fmt.Println(m, len(hello), typedHello)
	fmt.Printf("%T %T\n", m, hello)

	var mb MyBool = 1 == 1
	fmt.Printf("%v %T\n", mb, mb)

	fmt.Printf("%T %v\n", 'x', 'x')
	fmt.Printf("%T %v\n", theAnswer, theAnswer)
	fmt.Printf("%T %v %T %v\n", 2.0, 2.0, 2, 2)
	fmt.Printf("%T %v\n", 1+2i, 1+2i)
	var anything any = Four
	fmt.Printf("%T %v\n", anything, anything)

	var f32 float32 = math.Pi
	var f64 float64 = math.Pi
	var mf MyFloat = math.Pi
	fmt.Println(f32, f64, mf)
	fmt.Printf("%.20f\n%.20f\n", f32, f64)
	fmt.Println(math.Pi * 2 / math.Pi)

	fmt.Println(Four, bigFloat, Huge/(1<<90))
	fmt.Println(MaxUint, MaxInt == math.MaxInt, uint8(MaxUint>>56))
	var u8 uint8 = 255
	fmt.Println(u8, ^u8, u8+1)

	var i int = 1e3
	var j int64 = 1 << 40
	var k = Third * 3
	fmt.Println(i, j, k, k == 1)
	fmt.Printf("%v %T %v\n", Big/(1<<60), Big, float64(Big))
	const x = 0.1
	var fx float64 = x
	fmt.Println(x+0.2 == 0.3, fx+0.2 == 0.3)
	fmt.Println(math.MaxInt64, uint64(math.MaxUint64), math.SmallestNonzeroFloat64 > 0)
	type Weekday int
	const (
		Sunday Weekday = iota
		Monday
		Tuesday
	)
	fmt.Printf("%v %T %d\n", Tuesday, Tuesday, Tuesday*Monday+Sunday)
	const sqrt2 = math.Sqrt2
	fmt.Println(sqrt2*sqrt2 == 2, float32(sqrt2))
}
