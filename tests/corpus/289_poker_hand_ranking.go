//go:build ignore

// Ranking poker hands: cards parsed from strings like "10H" or "QS",
// hands classified into categories (an enum with String), tie-breaking
// by rank groups sorted by count then value, and the best hands picked
// from a list with parse errors reported for malformed input.
package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Category int

const (
	HighCard Category = iota
	OnePair
	TwoPair
	Trips
	Straight
	Flush
	FullHouse
	Quads
	StraightFlush
)

func (c Category) String() string {
	return [...]string{"high card", "one pair", "two pair", "three of a kind", "straight",
		"flush", "full house", "four of a kind", "straight flush"}[c]
}

type Card struct {
	Rank int
	Suit byte
}

var ErrBadCard = errors.New("bad card")

//cell

func parseCard(s string) (Card, error) {
	if len(s) < 2 {
		return Card{}, fmt.Errorf("%q: %w", s, ErrBadCard)
	}
	suit := s[len(s)-1]
	if !strings.ContainsRune("SHDC", rune(suit)) {
		return Card{}, fmt.Errorf("%q suit: %w", s, ErrBadCard)
	}
	ranks := map[string]int{"J": 11, "Q": 12, "K": 13, "A": 14}
	for i := 2; i <= 10; i++ {
		ranks[fmt.Sprint(i)] = i
	}
	r, ok := ranks[s[:len(s)-1]]
	if !ok {
		return Card{}, fmt.Errorf("%q rank: %w", s, ErrBadCard)
	}
	return Card{r, suit}, nil
}

type Hand struct {
	Text  string
	Cat   Category
	Ranks []int
}

func Evaluate(text string) (Hand, error) {
	fields := strings.Fields(text)
	if len(fields) != 5 {
		return Hand{}, fmt.Errorf("hand %q has %d cards", text, len(fields))
	}
	counts := map[int]int{}
	flush := true
	var first byte
	for i, f := range fields {
		c, err := parseCard(f)
		if err != nil {
			return Hand{}, fmt.Errorf("hand %q: %w", text, err)
		}
		if i == 0 {
			first = c.Suit
		} else if c.Suit != first {
			flush = false
		}
		counts[c.Rank]++
	}
	type group struct{ rank, n int }
	var gs []group
	for r, n := range counts {
		gs = append(gs, group{r, n})
	}
	sort.Slice(gs, func(i, j int) bool {
		if gs[i].n != gs[j].n {
			return gs[i].n > gs[j].n
		}
		return gs[i].rank > gs[j].rank
	})
	h := Hand{Text: text}
	for _, g := range gs {
		h.Ranks = append(h.Ranks, g.rank)
	}
	straight := len(gs) == 5 && h.Ranks[0]-h.Ranks[4] == 4
	if len(gs) == 5 && slices.Equal(h.Ranks, []int{14, 5, 4, 3, 2}) {
		straight, h.Ranks = true, []int{5, 4, 3, 2, 1}
	}
	switch {
	case straight && flush:
		h.Cat = StraightFlush
	case gs[0].n == 4:
		h.Cat = Quads
	case gs[0].n == 3 && gs[1].n == 2:
		h.Cat = FullHouse
	case flush:
		h.Cat = Flush
	case straight:
		h.Cat = Straight
	case gs[0].n == 3:
		h.Cat = Trips
	case gs[0].n == 2 && gs[1].n == 2:
		h.Cat = TwoPair
	case gs[0].n == 2:
		h.Cat = OnePair
	}
	return h, nil
}

func compare(a, b Hand) int {
	if a.Cat != b.Cat {
		return int(a.Cat) - int(b.Cat)
	}
	return slices.Compare(a.Ranks, b.Ranks)
}

func BestHands(texts []string) ([]string, error) {
	var hands []Hand
	for _, t := range texts {
		h, err := Evaluate(t)
		if err != nil {
			return nil, err
		}
		hands = append(hands, h)
	}
	slices.SortStableFunc(hands, func(a, b Hand) int { return compare(b, a) })
	var out []string
	for _, h := range hands {
		if compare(h, hands[0]) == 0 {
			out = append(out, h.Text)
		}
	}
	return out, nil
}

//cell

func main() {
	all := []string{"4S 5S 7H 8D JC", "2S 4C 7S 9H 10H", "3S 3H 2S 3D 3C", "10D JH QS KD AC",
		"4D 5S 6S 8D 3C", "2H 3H 4H 5H 6H", "4S AH AS 7C AD", "4H 4S 5C 5D 9S", "AS 2S 3D 4C 5H",
		"2S 8H 2D 8D 3H", "4S 5H 4C 8S 5C", "QS QD KH KC 2C"}
	hands := make([]Hand, 0, len(all))
	for _, t := range all {
		h, _ := Evaluate(t)
		hands = append(hands, h)
	}
	sort.SliceStable(hands, func(i, j int) bool { return compare(hands[i], hands[j]) > 0 })
	for _, h := range hands {
		fmt.Printf("%-16s %-15v %v\n", h.Text, h.Cat, h.Ranks)
	}
	for _, set := range [][]string{
		{"4S 5S 7H 8D JC", "2S 4C 7S 9H 10H"},
		{"4D 5S 6S 8D 3C", "2S 4C 7S 9H 10H", "3S 4S 5D 6H JH", "3H 4H 5C 6C JD"},
		{"4S 5H 4C 8S 5C", "2S 8H 2D 8D 3H"},
		{"4S 5H 4C 8S 5C", "2S 8H 2D 8D 1H"},
		{"4S 5H 4C 8S"},
		{"4S 5H 4C 8S 5Z"},
	} {
		best, err := BestHands(set)
		fmt.Printf("%q %v bad=%t\n", best, err, errors.Is(err, ErrBadCard))
	}
}
