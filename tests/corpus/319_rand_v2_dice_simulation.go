//go:build ignore

// A reproducible dice and card simulation with math/rand/v2 (Go 1.22):
// generators from fixed seeds (PCG and ChaCha8), the generic rand.N,
// IntN, Float64, Perm and Shuffle on a *rand.Rand, a weighted choice, and
// a histogram of many rolls. Same seeds, same output, every run.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

type Die struct {
	Sides int
	rng   *rand.Rand
}

func NewDie(sides int, seed uint64) *Die {
	return &Die{Sides: sides, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (d *Die) Roll() int { return d.rng.IntN(d.Sides) + 1 }

func (d *Die) RollN(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = d.Roll()
	}
	return out
}

//cell

type Card struct {
	Rank int
	Suit rune
}

func (c Card) String() string {
	ranks := "A23456789TJQK"
	return string(ranks[c.Rank-1]) + string(c.Suit)
}

func Deck() []Card {
	var d []Card
	for _, s := range "♠♥♦♣" {
		for r := range 13 {
			d = append(d, Card{r + 1, s})
		}
	}
	return d
}

// Weighted picks an index with probability proportional to its weight.
func Weighted[W ~int | ~float64](r *rand.Rand, weights []W) int {
	var total W
	for _, w := range weights {
		total += w
	}
	x := W(r.Float64() * float64(total))
	for i, w := range weights {
		if x < w {
			return i
		}
		x -= w
	}
	return len(weights) - 1
}

//cell

func histogram(counts map[int]int, lo, hi, scale int) string {
	var b strings.Builder
	for v := lo; v <= hi; v++ {
		fmt.Fprintf(&b, "%2d %-12s %d\n", v, strings.Repeat("#", counts[v]/scale), counts[v])
	}
	return b.String()
}

//cell

func main() {
	d6 := NewDie(6, 42)
	fmt.Println("ten rolls:", d6.RollN(10))
	again := NewDie(6, 42)
	fmt.Println("same seed, same rolls:", slices.Equal(again.RollN(10), NewDie(6, 42).RollN(10)))

	// two dice, 3000 throws
	a, b := NewDie(6, 1), NewDie(6, 2)
	sums := map[int]int{}
	for range 3000 {
		sums[a.Roll()+b.Roll()]++
	}
	fmt.Print(histogram(sums, 2, 12, 50))

	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println("IntN", r.IntN(100), r.IntN(100), "Int64N", r.Int64N(1_000_000_000_000), "Uint32", r.Uint32())
	fmt.Printf("Float64 %.6f Float32 %.4f NormFloat64 %.4f ExpFloat64 %.4f\n", r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println("Perm", r.Perm(8))
	fmt.Println("UintN", r.UintN(10), "Int32N", r.Int32N(5), "Uint64", r.Uint64())

	// shuffle a deck and deal two hands
	deck := Deck()
	cr := rand.New(rand.NewChaCha8([32]byte([]byte("gofutures-notebook-seed-32-bytes"))))
	cr.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand 1:", deck[:5])
	fmt.Println("hand 2:", deck[5:10])
	fmt.Println("cards left:", len(deck[10:]))

	// weighted choices
	wr := rand.New(rand.NewPCG(7, 7))
	names := []string{"common", "rare", "epic"}
	got := map[string]int{}
	for range 1000 {
		got[names[Weighted(wr, []int{80, 15, 5})]]++
	}
	fmt.Println("loot", got["common"], got["rare"], got["epic"])
	fw := Weighted(wr, []float64{0.1, 0.2, 0.7})
	fmt.Println("float weights pick", names[fw])

	// the generic rand.N works on any integer type, durations included,
	// but it reads the global source; a seeded *rand.Rand is used above
	pcg := rand.NewPCG(3, 4)
	pr := rand.New(pcg)
	jitter := time.Duration(pr.Int64N(int64(250 * time.Millisecond)))
	fmt.Println("jitter", jitter.Round(time.Millisecond))
	x := rand.N(10)
	fmt.Println("rand.N in range:", x >= 0 && x < 10, rand.N(time.Duration(1)) == 0)

	// reseeding gives the stream from the start again
	pcg.Seed(3, 4)
	fmt.Println("reseeded", time.Duration(pr.Int64N(int64(250*time.Millisecond))) == jitter)

	// a random walk of 20 steps, deterministic
	wk := rand.New(rand.NewPCG(99, 0))
	pos, path := 0, make([]byte, 0, 20)
	for range 20 {
		if wk.IntN(2) == 0 {
			pos--
			path = append(path, '-')
		} else {
			pos++
			path = append(path, '+')
		}
	}
	fmt.Println("walk", string(path), "ends at", pos)
}
