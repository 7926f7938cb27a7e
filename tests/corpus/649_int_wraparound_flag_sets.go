//go:build ignore

// Integer wrap-around in small types, shifts past the width, division of
// negatives, an FNV hash by hand, and a Flags bit set with a String method.
package main

import (
	"fmt"
	"math"
)

func wrap8(a, b int8) (int8, int8, int8) { return a + b, a * b, a - b }

func shifts(x int64, n uint) (int64, int64, uint64) { return x << n, x >> n, uint64(x) >> n }

func div(a, b int) (int, int) { return a / b, a % b }

func step1() {
	fmt.Println(wrap8(100, 100))
	fmt.Println(wrap8(-128, -1))
	fmt.Println(shifts(-7, 1))
	fmt.Println(shifts(1, 63))
	fmt.Println(shifts(1, 64))
	fmt.Println(shifts(-1, 100))
	fmt.Println(div(-7, 2))
	fmt.Println(div(math.MinInt64, -1))
	var u uint = 0
	u--
	var u16 uint16 = 65535
	u16 += 2
	var i16 int16 = -32768
	i16 = -i16
	fmt.Println(u == math.MaxUint, u16, i16, ^0, ^uint8(3), -(-128))
	x := int32(math.MaxInt32)
	y := x * 2
	z := int64(x) * 2
	fmt.Println(y, z, int32(z), uint32(y), int8(y>>24))
	f := 1e10
	fmt.Println(int32(int64(f)), uint8(int(f/1e10*300.7)), int(-f/1e10*1.9), int64(float32(1<<24+1)))
	var n uint8 = 1
	for i := 0; i < 10; i++ {
		n <<= 1
		fmt.Print(n, " ")
	}
	fmt.Println()
	h := uint32(2166136261)
	for _, c := range []byte("hash me") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h, h%1000, int(h)%7)
}

//cell

type Flags uint16

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
	FlagAll = FlagA | FlagB | FlagC | FlagD
)

func (f Flags) Has(g Flags) bool { return f&g == g }

func (f Flags) String() string {
	s := ""
	for i, name := range []string{"A", "B", "C", "D"} {
		if f&(1<<i) != 0 {
			s += name
		}
	}
	if s == "" {
		return "-"
	}
	return s
}

var fl Flags

func step2() {
	fl |= FlagA | FlagC
	fmt.Println(fl, fl.Has(FlagA), fl.Has(FlagA|FlagB), FlagAll, fl&^FlagA, ^fl&FlagAll, Flags(0))
	fmt.Printf("%d %v %s %08b %x\n", fl, fl, fl|FlagD, fl, FlagAll)
	toggled := fl ^ FlagAll
	fmt.Println(toggled, []Flags{FlagB, fl}, map[Flags]int{FlagA: 1})
	var popcount func(uint64) int
	popcount = func(v uint64) int {
		c := 0
		for v != 0 {
			v &= v - 1
			c++
		}
		return c
	}
	fmt.Println(popcount(0xFF00FF), popcount(math.MaxUint64), 0x7f&-0x80, 5&^3, -5>>1, -5/2, uint8(0xAB)>>4, 0xAB&0xF)
	bitsOf := func(b byte) string { return fmt.Sprintf("%08b", b) }
	fmt.Println(bitsOf(0b1010_0101), bitsOf(^byte(0b1010_0101)), bitsOf(0xF0|0x0F))
}

//cell

func main() {
	step1()
	step2()
}
