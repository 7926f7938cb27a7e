//go:build ignore

// Two Rosetta-style classics: the sieve of Eratosthenes over a bitset
// type of our own (words of uint64, set/test/clear methods, a popcount
// with math/bits and an iterator over the set bits), then the Towers of
// Hanoi solved recursively, moves recorded through a callback and checked
// by replaying them on three stacks.
package main

import (
	"fmt"
	"iter"
	"math/bits"
	"strings"
)

type Bitset struct {
	words []uint64
	size  int
}

func NewBitset(n int) *Bitset {
	return &Bitset{words: make([]uint64, (n+63)/64), size: n}
}

func (b *Bitset) Set(i int)       { b.words[i/64] |= 1 << (uint(i) % 64) }
func (b *Bitset) Clear(i int)     { b.words[i/64] &^= 1 << (uint(i) % 64) }
func (b *Bitset) Has(i int) bool  { return b.words[i/64]&(1<<(uint(i)%64)) != 0 }
func (b *Bitset) Len() int        { return b.size }
func (b *Bitset) Words() []uint64 { return b.words }
func (b *Bitset) String() string  { return fmt.Sprintf("Bitset(%d of %d)", b.Count(), b.size) }
func (b *Bitset) Fill()           { b.fill() }
func (b *Bitset) Toggle(i int)    { b.words[i/64] ^= 1 << (uint(i) % 64) }
func (b *Bitset) Bytes() int      { return len(b.words) * 8 }
func (b *Bitset) Empty() bool     { return b.Count() == 0 }
func (b *Bitset) fill() {
	for i := range b.words {
		b.words[i] = ^uint64(0)
	}
	if extra := len(b.words)*64 - b.size; extra > 0 {
		b.words[len(b.words)-1] >>= uint(extra)
	}
}

func (b *Bitset) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

// All yields the indexes of the set bits in increasing order.
func (b *Bitset) All() iter.Seq[int] {
	return func(yield func(int) bool) {
		for wi, w := range b.words {
			for w != 0 {
				tz := bits.TrailingZeros64(w)
				if !yield(wi*64 + tz) {
					return
				}
				w &= w - 1
			}
		}
	}
}

//cell

func sieve(limit int) *Bitset {
	primes := NewBitset(limit + 1)
	primes.Fill()
	primes.Clear(0)
	primes.Clear(1)
	for p := 2; p*p <= limit; p++ {
		if !primes.Has(p) {
			continue
		}
		for m := p * p; m <= limit; m += p {
			primes.Clear(m)
		}
	}
	return primes
}

func twinPrimes(ps *Bitset) [][2]int {
	var out [][2]int
	for p := range ps.All() {
		if p+2 < ps.Len() && ps.Has(p+2) {
			out = append(out, [2]int{p, p + 2})
		}
	}
	return out
}

//cell

type Move struct {
	Disk     int
	From, To byte
}

func (m Move) String() string { return fmt.Sprintf("disk %d %c->%c", m.Disk, m.From, m.To) }

func hanoi(n int, from, via, to byte, emit func(Move)) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, to, via, emit)
	emit(Move{n, from, to})
	hanoi(n-1, via, from, to, emit)
}

type Pegs map[byte][]int

func (p Pegs) apply(m Move) error {
	src := p[m.From]
	if len(src) == 0 || src[len(src)-1] != m.Disk {
		return fmt.Errorf("%v: disk not on top of %c", m, m.From)
	}
	dst := p[m.To]
	if len(dst) > 0 && dst[len(dst)-1] < m.Disk {
		return fmt.Errorf("%v: lands on smaller disk %d", m, dst[len(dst)-1])
	}
	p[m.From] = src[:len(src)-1]
	p[m.To] = append(dst, m.Disk)
	return nil
}

//cell

func main() {
	ps := sieve(200)
	fmt.Println(ps)
	var first []int
	for p := range ps.All() {
		if len(first) == 15 {
			break
		}
		first = append(first, p)
	}
	fmt.Println("first primes:", first)
	fmt.Printf("word 0: %064b\n", ps.Words()[0])
	tw := twinPrimes(ps)
	fmt.Println("twin pairs below 200:", len(tw), "last", tw[len(tw)-1])
	big := sieve(100000)
	fmt.Println("primes below 100000:", big.Count(), "bytes", big.Bytes())

	var moves []Move
	hanoi(4, 'A', 'B', 'C', func(m Move) { moves = append(moves, m) })
	fmt.Println("moves for 4 disks:", len(moves))
	for _, m := range moves[:5] {
		fmt.Println(" ", m)
	}
	pegs := Pegs{'A': {4, 3, 2, 1}}
	for _, m := range moves {
		if err := pegs.apply(m); err != nil {
			fmt.Println("error:", err)
			return
		}
	}
	fmt.Println("A", pegs['A'], "B", pegs['B'], "C", pegs['C'])
	bad := Pegs{'A': {2, 1}}
	fmt.Println(bad.apply(Move{2, 'A', 'C'}))
	counts := map[int]int{}
	hanoi(10, 'L', 'M', 'R', func(m Move) { counts[m.Disk]++ })
	var sb strings.Builder
	for d := 1; d <= 10; d++ {
		fmt.Fprintf(&sb, "%d:%d ", d, counts[d])
	}
	fmt.Println(strings.TrimSpace(sb.String()))
}
