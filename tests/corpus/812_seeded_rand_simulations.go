//go:build ignore

// Small simulations with a seeded math/rand/v2 generator (PCG): dice
// histograms with bars, a random walk returning named results, Perm and
// Shuffle, Monte Carlo pi, a shuffled deck of cards with a String method
// printed through %v, %s and %d, and a second generator with the same seed.
package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
)

type Card struct {
	Rank int
	Suit rune
}

func (c Card) String() string {
	return fmt.Sprintf("%s%c", "A23456789TJQK"[c.Rank-1:c.Rank], c.Suit)
}

//cell

func main() {
	rng := rand.New(rand.NewPCG(1, 2))
	rolls := make(map[int]int)
	for i := 0; i < 6000; i++ {
		rolls[rng.IntN(6)+1]++
	}
	for f := 1; f <= 6; f++ {
		fmt.Printf("%d: %4d %s\n", f, rolls[f], strings.Repeat("#", rolls[f]/100))
	}

	walk := func(steps int) (pos, maxPos int) {
		for range steps {
			if rng.Float64() < 0.5 {
				pos--
			} else {
				pos++
			}
			maxPos = max(maxPos, pos)
		}
		return
	}
	p, m := walk(1000)
	fmt.Println(p, m)
	xs := rng.Perm(10)
	fmt.Println(xs)
	rng.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs, rng.Int64N(1000), rng.Uint32(), rng.NormFloat64())

	// monte carlo pi
	inside := 0
	n := 20000
	for range n {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/float64(n))

	var deck []Card
	for _, s := range "♠♥♦♣" {
		for r := 1; r <= 13; r++ {
			deck = append(deck, Card{r, s})
		}
	}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := deck[:5]
	sort.Slice(hand, func(i, j int) bool { return hand[i].Rank < hand[j].Rank })
	fmt.Println(hand, len(deck))
	fmt.Printf("%v %s %d\n", hand[0], hand[1:3], hand[4])

	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r2.IntN(100), rand.N[int64](1), r2.Float32() < 1)
}
