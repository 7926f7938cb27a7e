//go:build ignore

// String methods of a program's types used by fmt at every depth: in
// slices, arrays, maps, struct fields and behind pointers; not through
// unexported fields; pointer receivers only for pointers.
package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string { return [...]string{"♠", "♥", "♦", "♣"}[s] }

type Rank int

func (r Rank) String() string {
	switch r {
	case 1:
		return "A"
	case 11:
		return "J"
	case 12:
		return "Q"
	case 13:
		return "K"
	}
	return fmt.Sprint(int(r))
}

type Card struct {
	Rank Rank
	Suit Suit
}

func (c Card) String() string { return c.Rank.String() + c.Suit.String() }

//cell

type Hand struct {
	Owner string
	Cards []Card
	best  Card // unexported: fmt prints it without its String method
	Last  *Card
}

type Deck struct{ cards []Card }

func (d *Deck) String() string { return fmt.Sprintf("deck of %d", len(d.cards)) }

type Table map[string][]Card

//cell

func main() {
	h := Hand{Owner: "ann", Cards: []Card{{1, Spades}, {12, Hearts}}, best: Card{13, Clubs}}
	h.Last = &h.Cards[1]
	fmt.Println(h)
	fmt.Printf("%+v\n", h)
	fmt.Printf("%v|%s|%d\n", h.Cards, h.Cards, h.Cards)
	fmt.Println([2]Suit{Diamonds, Clubs}, map[Suit]Rank{Hearts: 11, Spades: 1})
	d := Deck{cards: h.Cards}
	fmt.Println(d, &d)
	fmt.Printf("%v %+v\n", []*Deck{&d}, struct{ D *Deck }{&d})
	t := Table{"north": {{2, Hearts}}, "east": nil}
	fmt.Println(t)
	fmt.Printf("%q %x %X\n", []Suit{Spades}, Rank(12), []Rank{1, 10})
	fmt.Printf("%6v|%-4v|%.1s\n", Card{10, Diamonds}, Suit(1), Card{13, Spades})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v and %v", Card{1, Hearts}, []Card{{2, Clubs}})
	fmt.Println(sb.String(), fmt.Sprint(Card{3, Spades}, Card{4, Spades}))
	var none *Card
	fmt.Println(none, []*Card{nil})
}
