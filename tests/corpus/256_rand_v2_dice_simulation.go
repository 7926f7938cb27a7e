//go:build ignore

// A seeded simulation with math/rand/v2: a PCG source with a fixed seed,
// dice rolls tallied into a histogram, a shuffled deck of cell-typed cards,
// weighted choice, random walks kept in structs, and rand.N with a named
// integer type. The same seed gives the same numbers in Go and the cells.
package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
)

var rng = rand.New(rand.NewPCG(1, 2))

func roll(sides int) int { return rng.IntN(sides) + 1 }

var tally = map[int]int{}

func init() {
	for range 600 {
		tally[roll(6)+roll(6)]++
	}
	for sum := 2; sum <= 12; sum++ {
		fmt.Printf("%2d %3d %s\n", sum, tally[sum], strings.Repeat("*", tally[sum]/5))
	}
}

//cell

type Suit uint8

const (
	Clubs Suit = iota
	Diamonds
	Hearts
	Spades
)

func (s Suit) String() string { return string("CDHS"[s]) }

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	return fmt.Sprintf("%s%v", strings.Split("A,2,3,4,5,6,7,8,9,T,J,Q,K", ",")[c.Rank-1], c.Suit)
}

func newDeck() []Card {
	var d []Card
	for s := Clubs; s <= Spades; s++ {
		for r := 1; r <= 13; r++ {
			d = append(d, Card{r, s})
		}
	}
	return d
}

var deck = newDeck()

func init() {
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := slices.Clone(deck[:5])
	slices.SortFunc(hand, func(a, b Card) int {
		if a.Suit != b.Suit {
			return int(a.Suit) - int(b.Suit)
		}
		return a.Rank - b.Rank
	})
	fmt.Println("hand:", hand)
	fmt.Println("top:", deck[0], "perm:", rng.Perm(6))
}

//cell

type Weighted[T any] struct {
	Item   T
	Weight int
}

func choose[T any](r *rand.Rand, ws []Weighted[T]) T {
	total := 0
	for _, w := range ws {
		total += w.Weight
	}
	n := r.IntN(total)
	for _, w := range ws {
		if n < w.Weight {
			return w.Item
		}
		n -= w.Weight
	}
	panic("unreachable")
}

type Walker struct {
	Name string
	X, Y int
	Path []string
}

func (w *Walker) Step(r *rand.Rand) {
	dir := choose(r, []Weighted[string]{{"N", 4}, {"E", 3}, {"S", 2}, {"W", 1}})
	switch dir {
	case "N":
		w.Y++
	case "S":
		w.Y--
	case "E":
		w.X++
	case "W":
		w.X--
	}
	w.Path = append(w.Path, dir)
}

//cell

type Millis int64

func main() {
	walkers := []*Walker{{Name: "ant"}, {Name: "bee"}}
	for range 8 {
		for _, w := range walkers {
			w.Step(rng)
		}
	}
	for _, w := range walkers {
		fmt.Printf("%s at (%d,%d) via %s\n", w.Name, w.X, w.Y, strings.Join(w.Path, ""))
	}
	fresh := rand.New(rand.NewPCG(1, 2))
	fmt.Println(fresh.IntN(100), fresh.Float64() < 1, fresh.Uint64()%1000)
	var delays []Millis
	for range 5 {
		delays = append(delays, Millis(fresh.Int64N(int64(Millis(250))))+10)
	}
	fmt.Println("delays:", delays, "max:", slices.Max(delays))
	mean, n := 0.0, 1000
	for range n {
		mean += fresh.NormFloat64()
	}
	fmt.Printf("mean of normals: %.3f\n", mean/float64(n))
	fmt.Println(fmt.Sprintf("%.4f", fresh.ExpFloat64()), fresh.Int32N(10), fresh.UintN(7))
}
