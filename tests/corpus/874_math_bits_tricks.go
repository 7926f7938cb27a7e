//go:build ignore

// Bit manipulation: math/bits counts, rotations, reversals and
// carries, classic tricks (power of two, lowest set bit, clearing it),
// Gray codes, subset enumeration of a bitmask, a bitset type with
// methods, and a sieve in a []uint64.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

//cell

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Toggle(i int)   { b[i/64] ^= 1 << (uint(i) % 64) }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func (b Bitset) Members() []int {
	var out []int
	for wi, w := range b {
		for w != 0 {
			tz := bits.TrailingZeros64(w)
			out = append(out, wi*64+tz)
			w &= w - 1
		}
	}
	return out
}

func sieve(n int) Bitset {
	composite := NewBitset(n + 1)
	composite.Set(0)
	composite.Set(1)
	for i := 2; i*i <= n; i++ {
		if !composite.Has(i) {
			for j := i * i; j <= n; j += i {
				composite.Set(j)
			}
		}
	}
	primes := NewBitset(n + 1)
	for i := 0; i <= n; i++ {
		if !composite.Has(i) {
			primes.Set(i)
		}
	}
	return primes
}

//cell

func gray(n uint) uint { return n ^ (n >> 1) }
func fromGray(g uint) uint {
	n := g
	for s := uint(1); s < 64; s <<= 1 {
		n ^= n >> s
	}
	return n
}

func isPow2(x uint64) bool { return x != 0 && x&(x-1) == 0 }

func nextPow2(x uint32) uint32 {
	if x <= 1 {
		return 1
	}
	return 1 << (32 - bits.LeadingZeros32(x-1))
}

func main() {
	for _, x := range []uint8{0, 1, 0b1011_0010, 0xFF} {
		fmt.Printf("%08b ones=%d lz=%d tz=%d len=%d rev=%08b rotl3=%08b\n", x,
			bits.OnesCount8(x), bits.LeadingZeros8(x), bits.TrailingZeros8(x), bits.Len8(x),
			bits.Reverse8(x), bits.RotateLeft8(x, 3))
	}
	var w uint32 = 0xDEADBEEF
	fmt.Printf("%08x %08x %08x %08x\n", bits.ReverseBytes32(w), bits.RotateLeft32(w, -8), w&-w, w&(w-1))
	fmt.Println(bits.UintSize, bits.Len(255), bits.Len64(1<<40), bits.OnesCount(^uint(0)))

	sum, carry := bits.Add64(^uint64(0), 1, 0)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 6)
	fmt.Println(hi, lo)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)

	for _, v := range []uint64{0, 1, 6, 64, 1 << 40, 1<<40 + 1} {
		fmt.Print(isPow2(v), " ")
	}
	fmt.Println()
	for _, v := range []uint32{0, 1, 5, 64, 65, 1000} {
		fmt.Print(nextPow2(v), " ")
	}
	fmt.Println()

	var codes []string
	for i := uint(0); i < 8; i++ {
		g := gray(i)
		codes = append(codes, fmt.Sprintf("%03b", g))
		if fromGray(g) != i {
			fmt.Println("bad gray", i)
		}
	}
	fmt.Println(strings.Join(codes, " "))

	items := []string{"a", "b", "c", "d"}
	mask := 0b1011
	var subs []string
	for sub := mask; ; sub = (sub - 1) & mask {
		var b strings.Builder
		for i := range items {
			if sub>>i&1 == 1 {
				b.WriteString(items[i])
			}
		}
		subs = append(subs, "{"+b.String()+"}")
		if sub == 0 {
			break
		}
	}
	fmt.Println(subs)
	// next permutation of bits with the same popcount (Gosper's hack)
	v := uint(0b00111)
	for range 6 {
		fmt.Printf("%05b ", v)
		c := v & -v
		rr := v + c
		v = (((rr ^ v) >> 2) / c) | rr
	}
	fmt.Println()

	ps := sieve(200)
	fmt.Println(ps.Count(), ps.Members()[:12], ps.Has(197), ps.Has(199), ps.Has(200))
	bs := NewBitset(130)
	for _, i := range []int{0, 63, 64, 65, 129} {
		bs.Set(i)
	}
	bs.Toggle(63)
	bs.Toggle(100)
	bs.Clear(0)
	fmt.Println(bs.Members(), bs.Count(), len(bs))
	fmt.Printf("%x\n", []uint64(bs))

	x, y := 12, 25
	x ^= y
	y ^= x
	x ^= y
	u8 := uint8(200)
	fmt.Println(x, y, -7>>1, -7/2, 7&^5, ^5, u8+100, u8<<1, u8>>9)
	var i8 int8 = -128
	fmt.Println(-i8, i8/-1, uint16(i8), int64(^uint32(0)))
	parity := func(n uint64) uint { return uint(bits.OnesCount64(n)) & 1 }
	fmt.Println(parity(7), parity(0xF0F0), bits.Reverse64(1) == 1<<63)
}
