//go:build ignore

// Paths through switch statements: fallthrough chains into and out of a
// default clause wherever it stands, with an init statement, a label, a
// break out of the switch and a loop inside a clause, cases of several
// values, a switch on true, and the order cases are tried in.
package main

import (
	"fmt"
	"strings"
)

type Grade byte

const (
	A Grade = 'A' + iota
	B
	C
	F Grade = 'F'
)

//cell

func steps(g Grade) string {
	var out []string
	switch g {
	default:
		out = append(out, "other")
		fallthrough
	case A, B:
		out = append(out, "pass")
		fallthrough
	case C:
		out = append(out, "graded")
	case F:
		out = append(out, "fail")
	}
	return strings.Join(out, ">")
}

func tiers(n int) (out []string) {
	switch half := n / 2; {
	case half > 10:
		out = append(out, "huge")
		fallthrough
	case half > 5:
		out = append(out, "big")
		fallthrough
	default:
		out = append(out, "some")
	case half < 0:
		out = append(out, "negative")
	}
	return out
}

func scan(words []string) (seen []string) {
outer:
	for _, w := range words {
		switch first := w[0]; first {
		case '#':
			continue outer
		case '!':
			break outer
		default:
			for i := range len(w) {
				if w[i] == '_' {
					break
				}
				seen = append(seen, w[i:i+1])
			}
			fallthrough
		case '.':
			seen = append(seen, "|")
		}
	}
	return seen
}

//cell

var tried []string

func probe(name string, v bool) bool {
	tried = append(tried, name)
	return v
}

func order(x int) string {
	tried = nil
	switch true {
	case probe("a", x == 1), probe("b", x == 2):
		tried = append(tried, "AB")
	default:
		tried = append(tried, "D")
	case probe("c", x == 3):
		tried = append(tried, "C")
	}
	return strings.Join(tried, " ")
}

//cell

func main() {
	for _, g := range []Grade{A, B, C, F, 'X'} {
		fmt.Printf("%c %s\n", g, steps(g))
	}
	for _, n := range []int{30, 14, 4, -4} {
		fmt.Println(n, tiers(n))
	}
	fmt.Println(scan([]string{"ab_c", "#skip", ".", "xy", "!", "never"}))
	for x := range 4 {
		fmt.Println(x, order(x))
	}
}
