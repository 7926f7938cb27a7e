//go:build ignore

// The spec's Constants and Iota sections tried one at a time: untyped
// constants keep arbitrary precision until they meet a type, a typed
// constant carries its type into expressions, iota counts ConstSpecs
// (not lines), and implicit repetition copies the last expression list.
package main

import (
	"fmt"
	"math"
)

const (
	Huge   = 1 << 100
	Small  = Huge >> 98
	Third  = 1.0 / 3
	Exact  = Third * 3
	IntDiv = 7 / 2
	FltDiv = 7 / 2.0
	Big    = 1e300 * 1e300 / 1e300
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

//cell

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 100
	c, d
	e, f = "e", iota
	g, h
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

func (f Flags) String() string {
	s := ""
	names := []string{"r", "w", "x"}
	for i, n := range names {
		if f&(1<<i) != 0 {
			s += n
		} else {
			s += "-"
		}
	}
	return s
}

//cell

const typedF float32 = 0.1
const untypedF = 0.1

const (
	r1 = 'a' + 1
	r2 = "x" + "y"
	b1 = 3 > 2
	c1 = 2i * 2i
)

func kinds() []string {
	return []string{
		fmt.Sprintf("%T", r1),
		fmt.Sprintf("%T", r2),
		fmt.Sprintf("%T", b1),
		fmt.Sprintf("%T", c1),
		fmt.Sprintf("%T", IntDiv),
		fmt.Sprintf("%T", FltDiv),
		fmt.Sprintf("%T", Huge>>90),
	}
}

//cell

func main() {
	fmt.Println(Small, Exact == 1, IntDiv, FltDiv, Big)
	fmt.Println(Huge/(1<<90), Huge%7)
	var x uint8 = Huge >> 93
	fmt.Println(x)

	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Printf("%T %v\n", Saturday, Saturday)

	fmt.Println(KB, MB, GB, TB)
	fmt.Printf("%T %.0f\n", TB, float64(TB))
	fmt.Println(a, b, c, d, e, f, g, h)

	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll, FlagRead|FlagExec)
	fmt.Printf("%d %v %s\n", FlagAll, Flags(0), FlagWrite)

	fmt.Println(kinds())
	fmt.Println(float64(typedF) == untypedF, float32(untypedF) == typedF)
	fmt.Println(c1, real(c1))

	const maxU = math.MaxUint64
	var u uint64 = maxU
	fmt.Println(u, u+1 == 0)
	fmt.Println(math.MaxInt64, math.MinInt64)
	var i8 int8 = -128
	fmt.Println(i8, -i8, i8/-1)

	const shifted = 1 << 62 >> 60
	fmt.Println(shifted)
	var s uint = 3
	var f1 = 1.5 * float64(int(1)<<s)
	var i32 int32 = 1<<s + 1
	fmt.Println(f1, i32, 1<<s == 8, uint8(1<<s<<5))
	var n int64 = 1<<s + 1
	fmt.Println(n, 1.5+IntDiv, 'x'-'a', string(rune('a'+2)))
	fmt.Println(math.Pi*2 > 6.28, len("héllo"), len([3]int{}))
	const sz = len([5]byte{})
	var arr [sz * 2]int
	fmt.Println(len(arr), cap(arr))
}
