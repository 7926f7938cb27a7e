//go:build ignore

// Constants the way the Go blog explains them: untyped constants that take
// their type from where they are used, a huge integer constant that only
// exists at compile time, float and rune constants, typed constants that
// refuse to mix, and iota patterns (skipping values, bit flags, sizes).
package main

import (
	"fmt"
	"math"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string { return dayNames[d] }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Sticky
)

func (p Perm) String() string {
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Sticky, "t"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "")
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

//cell

const Huge = 1 << 100
const Tiny = Huge >> 98
const Third = 1.0 / 3
const Letter = 'G'
const Greeting = "hello, constants"

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func describe(name string, v any) {
	fmt.Printf("%-10s %-10T %v\n", name, v, v)
}

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

//cell

func main() {
	describe("Tiny", Tiny)
	describe("Huge/2^90", Huge>>90)
	describe("Third", Third)
	var f32 float32 = Third
	describe("f32", f32)
	describe("Letter", Letter)
	describe("Letter+1", Letter+1)
	describe("string", string(rune(Letter)))
	var c Celsius = 100
	describe("celsius", c*Third)
	fmt.Println(c.Fahrenheit(), Celsius(-40).Fahrenheit())
	describe("mixed", 7/2*Third)
	describe("float div", 7.0/2*Third)
	fmt.Println(Huge/(1<<97), math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(len(Greeting), Greeting[7:])
	const big = math.Pi * 1e30
	fmt.Printf("%.6e %v\n", big, big/1e30 == math.Pi)

	for d := Sunday; d <= Saturday; d += 2 {
		fmt.Print(d, " ")
	}
	fmt.Println(Saturday+0, int(Friday))
	fmt.Printf("%d %v %s\n", Wednesday, Wednesday, Weekday(4))

	perms := []Perm{0, Read, Read | Write, Read | Exec | Sticky, Write | Sticky}
	for _, p := range perms {
		fmt.Printf("%08b %v\n", uint8(p), p)
	}
	fmt.Println(Sticky, uint8(Sticky))

	for _, s := range []ByteSize{512, 1536, 3 * MB, 5.5 * GB, 2 * TB} {
		fmt.Println(s)
	}
	fmt.Println(KB, float64(MB))
	const maxU8 = math.MaxUint8
	var b byte = maxU8
	b++
	fmt.Println(b, maxU8+1)
}
