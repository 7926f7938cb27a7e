//go:build ignore

// fallthrough into and out of a default clause in the middle of a switch
// on an interface value: an any with constants of several types (a case
// list too) and of a cell type with a String method, a cell interface
// with struct values and nil, an error with io.EOF, a cell's error
// constant and a labeled break; a switch without a tag comparing an any;
// an init statement whose tag is computed once.
package main

import (
	"errors"
	"fmt"
	"io"
)

type Suit int

const (
	Hearts Suit = iota
	Spades
)

func (s Suit) String() string { return [...]string{"hearts", "spades"}[s] }

type Area interface{ Size() int }

type Rect struct{ W, H int }

func (r Rect) Size() int { return r.W * r.H }

type Fault string

func (f Fault) Error() string { return "fault: " + string(f) }

const Jammed Fault = "jammed"

var ErrSkip = errors.New("skip")

//cell

func token(v any) (seen []string) {
	switch v {
	case 0:
		seen = append(seen, "zero")
		fallthrough
	default:
		seen = append(seen, "other")
		fallthrough
	case "ace", 1.5:
		seen = append(seen, "ace")
	case Spades:
		seen = append(seen, "spades")
	}
	return seen
}

func shape(a Area) (seen []string) {
	switch a {
	case Rect{1, 1}, Rect{2, 1}:
		seen = append(seen, "tiny")
		fallthrough
	default:
		seen = append(seen, "other")
		fallthrough
	case Rect{3, 3}:
		seen = append(seen, "square")
	case nil:
		seen = append(seen, "none")
	}
	return seen
}

//cell

func outcome(err error) (seen []string) {
Check:
	switch err {
	case nil:
		seen = append(seen, "ok")
		fallthrough
	default:
		if err == ErrSkip {
			break Check
		}
		seen = append(seen, "other")
		fallthrough
	case io.EOF, Jammed:
		seen = append(seen, "stop")
	}
	return seen
}

func kind(v any) (seen []string) {
	switch {
	case v == 0, v == Hearts:
		seen = append(seen, "low")
		fallthrough
	default:
		seen = append(seen, "other")
		fallthrough
	case v != nil && draws < 0, "ace" == v:
		seen = append(seen, "named")
	}
	return seen
}

var draws int

func draw(v any) any {
	draws++
	return v
}

func drawn(v any) (seen []string) {
	switch d := draw(v); d {
	default:
		seen = append(seen, fmt.Sprint("other ", d))
		fallthrough
	case 'q':
		seen = append(seen, "queen")
	case uint8(2):
		seen = append(seen, "two")
	}
	return seen
}

type Card struct{ rank, suit int }

var looks int

func (c Card) Rank() int {
	looks++
	return c.rank
}

func (c Card) Key() [2]int { return [2]int{c.rank, c.suit} }

func face(c Card) (seen []string) {
	switch c.Rank() {
	case 1:
		seen = append(seen, "ace")
		fallthrough
	default:
		seen = append(seen, "pips")
		fallthrough
	case 11, 12:
		seen = append(seen, "face")
	}
	switch c.Key() {
	default:
		seen = append(seen, "any")
		fallthrough
	case [2]int{1, 1}:
		seen = append(seen, "one-one")
	}
	return seen
}

//cell

func main() {
	fmt.Println(token(0), token("ace"), token(1.5), token(Spades), token(9), token(Hearts))
	fmt.Println(shape(Rect{1, 1}), shape(Rect{2, 1}), shape(Rect{3, 3}), shape(Rect{4, 1}), shape(nil))
	fmt.Println(outcome(nil), outcome(io.EOF), outcome(errors.New("x")), outcome(Jammed), outcome(ErrSkip), outcome(Fault("jammed")))
	fmt.Println(kind(0), kind("ace"), kind(7), kind(Hearts))
	fmt.Println(drawn('q'), drawn(uint8(2)), drawn(2), draws)
	fmt.Println(face(Card{1, 1}), face(Card{5, 2}), face(Card{12, 3}), looks)
}
