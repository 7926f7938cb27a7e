//go:build ignore

// Integer sizes, overflow wrap-around, signed/unsigned and float conversions.
package main

import (
	"fmt"
	"math"
)

//cell

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u uint32 = math.MaxUint32
	u += 2
	fmt.Println(u)
	big := int64(1) << 40
	fmt.Println(int32(big), int16(big+5), uint8(300%256))
	neg := -1
	fmt.Println(uint16(neg), uint64(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), int64(1e18), float32(1)/3)
	var r rune = 'A'
	var b byte = 'B'
	fmt.Println(r+1, b+1, string(r+1), string(rune(b+1)))
	fmt.Printf("%T %T\n", r, b)
	x := 7
	fmt.Println(x/2, float64(x)/2, x>>1, -x>>1, uint(x)>>1)
	fmt.Println(math.MaxInt, math.MinInt64/-1)
	var i int = math.MinInt64
	fmt.Println(-i == i, i/-1)
}
