//go:build ignore

// A bitset type for a puzzle notebook: a Bits []uint64 with methods in
// the first cell, math/bits for OnesCount, TrailingZeros, LeadingZeros,
// Len, Reverse, RotateLeft, ReverseBytes, Add64/Sub64/Mul64/Div64 carry
// arithmetic, and an iteration helper whose off-by-one is fixed later.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Bits []uint64

func NewBits(n int) Bits { return make(Bits, (n+63)/64) }

func (b Bits) Set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b Bits) Clear(i int)    { b[i/64] &^= 1 << (i % 64) }
func (b Bits) Has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b Bits) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bits) And(o Bits) Bits {
	r := make(Bits, len(b))
	for i := range b {
		r[i] = b[i] & o[i]
	}
	return r
}

//cell

// first try: skips the lowest set bit of every word after the first
var members = func(b Bits) []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			w &= w - 1
			if wi > 0 && len(out) > 0 && out[len(out)-1] < wi*64 {
				out = append(out, -1)
				continue
			}
			out = append(out, wi*64+t)
		}
	}
	return out
}

func (b Bits) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, m := range members(b) {
		if i > 0 {
			sb.WriteByte(' ')
		}
		fmt.Fprint(&sb, m)
	}
	sb.WriteByte('}')
	return sb.String()
}

//cell

func sieve(n int) Bits {
	comp := NewBits(n + 1)
	comp.Set(0)
	comp.Set(1)
	for i := 2; i*i <= n; i++ {
		if !comp.Has(i) {
			for j := i * i; j <= n; j += i {
				comp.Set(j)
			}
		}
	}
	primes := NewBits(n + 1)
	for i := 0; i <= n; i++ {
		if !comp.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

//cell

func main() {
	p := sieve(150)
	fmt.Println(p.Count(), p)
	members = func(b Bits) []int {
		var out []int
		for wi, w := range b {
			for w != 0 {
				out = append(out, wi*64+bits.TrailingZeros64(w))
				w &= w - 1
			}
		}
		return out
	}
	fmt.Println(p)
	odd := NewBits(151)
	for i := 1; i <= 150; i += 2 {
		odd.Set(i)
	}
	tw := p.And(odd)
	tw.Clear(149)
	fmt.Println(tw.Count(), tw.Has(97), tw.Has(2))

	for _, x := range []uint8{0, 1, 0x80, 0xF0} {
		fmt.Printf("%08b lz=%d tz=%d len=%d ones=%d rev=%08b rotl3=%08b\n", x,
			bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.Len8(x), bits.OnesCount8(x), bits.Reverse8(x), bits.RotateLeft8(x, 3))
	}
	fmt.Printf("%#x %#x %d %d\n", bits.ReverseBytes32(0x11223344), bits.RotateLeft32(0x80000001, -1), bits.Len(0), bits.UintSize)
	sum, carry := bits.Add64(^uint64(0), 2, 0)
	diff, borrow := bits.Sub64(1, 2, 0)
	hi, lo := bits.Mul64(1<<63, 6)
	q, r := bits.Div64(hi, lo, 7)
	fmt.Println(sum, carry, diff, borrow, hi, lo, q, r)
	s32, c32 := bits.Add32(0xFFFFFFFF, 1, 1)
	fmt.Println(s32, c32, bits.Reverse16(1), bits.LeadingZeros64(1<<40), bits.Rem64(5, 3, 7))
}
