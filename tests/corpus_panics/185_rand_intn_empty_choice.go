//go:build ignore

// A random choice from an empty slice calls rand.Intn(0).
package main

import (
	"fmt"
	"math/rand"
)

//cell

type Deck struct {
	cards []string
	rng   *rand.Rand
}

func (d *Deck) Draw() string {
	i := d.rng.Intn(len(d.cards))
	c := d.cards[i]
	d.cards = append(d.cards[:i], d.cards[i+1:]...)
	return c
}

//cell

func main() {
	d := &Deck{cards: []string{"A", "K"}, rng: rand.New(rand.NewSource(1))}
	d.Draw()
	d.Draw()
	fmt.Println(len(d.cards), "left")
	d.Draw()
}
