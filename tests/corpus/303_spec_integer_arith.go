//go:build ignore

// Arithmetic operators on integers: division truncates toward zero and
// the remainder takes the dividend's sign, unsigned and signed values
// wrap around on overflow, shifts of unsigned values fill with zeros and
// of signed with the sign bit, x / -1 for the most negative value is the
// value itself, and division by a zero variable panics.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

type pair struct{ a, b int }

func divmod(ps []pair) []string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%d/%d=%d r%d", p.a, p.b, p.a/p.b, p.a%p.b))
	}
	return out
}

func euclidMod(a, m int) int {
	r := a % m
	if r < 0 {
		r += m
	}
	return r
}

//cell

func shifts() {
	var u8 uint8 = 0b1011_0001
	var i8 int8 = -64
	var u uint32 = 1
	fmt.Println(u8<<1, u8>>3, u8<<8, i8>>1, i8>>7, i8<<1, i8<<2)
	fmt.Println(u<<31, u<<32, u<<31>>31, ^u, ^uint8(0), ^0)
	var n uint = 70
	fmt.Println(1<<n == 0, int64(1)<<(n-8), uint64(1)<<(n-7))
	var neg int = -17
	fmt.Println(neg>>1, neg/2, neg>>10, -1>>1)
	fmt.Println(6&3, 6|3, 6^3, 6&^3, -6&^1)
	fmt.Println(bits.OnesCount8(u8), bits.LeadingZeros32(u), bits.Reverse8(u8))
}

func overflow() {
	var a int32 = math.MaxInt32
	a++
	var b uint = 0
	b--
	var c int64 = math.MinInt64
	c--
	var d int16 = 200
	d *= 200
	var m int64 = math.MinInt64
	var minus1 int64 = -1
	fmt.Println(a, b == math.MaxUint, c, d)
	fmt.Println(m/minus1, m%minus1, -m == m, m*minus1)
	var mi8 int8 = math.MinInt8
	var neg1 int8 = -1
	fmt.Println(mi8/neg1, mi8%neg1)
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	fmt.Println(hi, lo)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(sum, carry)
}

//cell

func divZero(a, b int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint(r)
		}
	}()
	return fmt.Sprint(a / b)
}

func modZero(a, b uint8) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint(r)
		}
	}()
	return fmt.Sprint(a % b)
}

func main() {
	fmt.Println(divmod([]pair{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}}))
	fmt.Println(euclidMod(-7, 3), -7%3, 7%-3)
	fmt.Println(-7/2, -7>>1, 7/2, 7>>1)
	shifts()
	overflow()
	fmt.Println(divZero(1, 0), modZero(5, 0), divZero(9, 3))
	f := 1.0
	zero := 0.0
	fmt.Println(f/zero, -f/zero, math.IsNaN(zero/zero), math.Mod(-7, 3), math.Remainder(-7, 3))
	var x uint8 = 255
	var y uint8 = 2
	fmt.Println(x+y, x*y, y-x, x/y, -x, +x)
	var z int = 5
	z <<= 2
	z %= 7
	z ^= 0xF
	z &^= 3
	z >>= 1
	fmt.Println(z)
	fmt.Println(math.MaxInt64+0 == 1<<63-1, 0x7fff_ffff, 0o17, 017, 0b101)
	var big uint64 = 1 << 63
	fmt.Println(big, int64(big), float64(big), big>>63)
	inc := 0
	for i := 0; i < 300; i++ {
		var q uint8 = uint8(i)
		if q == 0 {
			inc++
		}
	}
	fmt.Println("wrapped to zero", inc, "times")
}
