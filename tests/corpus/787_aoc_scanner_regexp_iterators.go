//go:build ignore

// Puzzle input read the way AoC solutions often do: bufio.Scanner over
// strings.NewReader, a regexp with named submatches for "move N from A
// to B" lines, crate stacks parsed from a drawing column by column,
// range-over-func iterators (iter.Seq2 of line numbers and lines) with
// labeled continue and break, math/big for a product that overflows
// int64, and encoding/csv for a quoted table.
package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"iter"
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

//cell

const input = `    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2`

func Lines(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(strings.NewReader(s))
		n := 0
		for sc.Scan() {
			n++
			if !yield(n, sc.Text()) {
				return
			}
		}
	}
}

var moveRE = regexp.MustCompile(`^move (?P<n>\d+) from (?P<from>\d) to (?P<to>\d)$`)

type Move struct{ N, From, To int }

type Stacks [][]byte

func (s Stacks) Tops() string {
	var b strings.Builder
	for _, st := range s {
		if len(st) > 0 {
			b.WriteByte(st[len(st)-1])
		}
	}
	return b.String()
}

func (s Stacks) Clone() Stacks {
	out := make(Stacks, len(s))
	for i := range s {
		out[i] = append([]byte(nil), s[i]...)
	}
	return out
}

//cell

func parse(in string) (Stacks, []Move) {
	var drawing []string
	var moves []Move
	for _, line := range Lines(in) {
		if m := moveRE.FindStringSubmatch(line); m != nil {
			get := func(name string) int {
				v, _ := strconv.Atoi(m[moveRE.SubexpIndex(name)])
				return v
			}
			moves = append(moves, Move{get("n"), get("from") - 1, get("to") - 1})
			continue
		}
		if strings.TrimSpace(line) != "" {
			drawing = append(drawing, line)
		}
	}
	labels := drawing[len(drawing)-1]
	stacks := make(Stacks, len(strings.Fields(labels)))
	for r := len(drawing) - 2; r >= 0; r-- {
		for i := range stacks {
			col := 1 + 4*i
			if col < len(drawing[r]) && drawing[r][col] != ' ' {
				stacks[i] = append(stacks[i], drawing[r][col])
			}
		}
	}
	return stacks, moves
}

func apply(s Stacks, moves []Move, oneAtATime bool) Stacks {
	s = s.Clone()
	for _, m := range moves {
		from := s[m.From]
		chunk := append([]byte(nil), from[len(from)-m.N:]...)
		s[m.From] = from[:len(from)-m.N]
		if oneAtATime {
			for i, j := 0, len(chunk)-1; i < j; i, j = i+1, j-1 {
				chunk[i], chunk[j] = chunk[j], chunk[i]
			}
		}
		s[m.To] = append(s[m.To], chunk...)
	}
	return s
}

//cell

func main() {
	stacks, moves := parse(input)
	fmt.Printf("%q %+v\n", stacks, moves)
	fmt.Println(apply(stacks, moves, true).Tops(), apply(stacks, moves, false).Tops(), stacks.Tops())

	first := -1
outer:
	for n, line := range Lines(input) {
		for _, ch := range line {
			if ch == '[' {
				continue outer
			}
		}
		if strings.HasPrefix(line, "move") {
			first = n
			break
		}
	}
	fmt.Println("first move on line", first)

	prod := big.NewInt(1)
	for i := int64(2); i <= 30; i++ {
		prod.Mul(prod, big.NewInt(i))
	}
	q, r := new(big.Int).QuoRem(prod, big.NewInt(1_000_000_007), new(big.Int))
	fmt.Println(prod, prod.BitLen(), q.String()[:8], r)

	rd := csv.NewReader(strings.NewReader("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\nlee,plain\n"))
	recs, err := rd.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%d %q\n", len(rec), rec)
	}
}
