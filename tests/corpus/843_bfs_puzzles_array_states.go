//go:build ignore

// Breadth-first search over puzzle states, the classic AI-textbook set:
// the 8-puzzle with [9]byte boards as map keys and the path rebuilt from
// parents, the water-jug problem with a struct state, a word ladder over
// a small dictionary, and Towers of Hanoi both recursive and iterative
// (with [3][]int pegs), checked against each other.
package main

import (
	"fmt"
	"slices"
	"strings"
)

//cell

type Board [9]byte

func (b Board) String() string {
	var sb strings.Builder
	for i, v := range b {
		if v == 0 {
			sb.WriteByte('_')
		} else {
			sb.WriteByte('0' + v)
		}
		if i%3 == 2 && i < 8 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

func (b Board) neighbours() []Board {
	z := slices.Index(b[:], 0)
	r, c := z/3, z%3
	var out []Board
	for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
		nr, nc := r+d[0], c+d[1]
		if nr < 0 || nr > 2 || nc < 0 || nc > 2 {
			continue
		}
		nb := b
		nb[z], nb[nr*3+nc] = nb[nr*3+nc], nb[z]
		out = append(out, nb)
	}
	return out
}

func solve8(start, goal Board) []Board {
	parent := map[Board]Board{start: start}
	queue := []Board{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == goal {
			path := []Board{cur}
			for cur != start {
				cur = parent[cur]
				path = append(path, cur)
			}
			slices.Reverse(path)
			return path
		}
		for _, nb := range cur.neighbours() {
			if _, seen := parent[nb]; !seen {
				parent[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

//cell

type Jugs struct{ A, B int }

func jugs(capA, capB, target int) []Jugs {
	start := Jugs{}
	prev := map[Jugs]*Jugs{start: nil}
	q := []Jugs{start}
	for len(q) > 0 {
		s := q[0]
		q = q[1:]
		if s.A == target || s.B == target {
			var path []Jugs
			for p := &s; p != nil; p = prev[*p] {
				path = append(path, *p)
			}
			slices.Reverse(path)
			return path
		}
		pour := min(s.A, capB-s.B)
		back := min(s.B, capA-s.A)
		for _, n := range []Jugs{{capA, s.B}, {s.A, capB}, {0, s.B}, {s.A, 0}, {s.A - pour, s.B + pour}, {s.A + back, s.B - back}} {
			if _, ok := prev[n]; !ok {
				cp := s
				prev[n] = &cp
				q = append(q, n)
			}
		}
	}
	return nil
}

func ladder(from, to string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	prev := map[string]string{from: ""}
	q := []string{from}
	for len(q) > 0 {
		w := q[0]
		q = q[1:]
		if w == to {
			var path []string
			for ; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path
		}
		b := []byte(w)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				b[i] = c
				if n := string(b); words[n] {
					if _, ok := prev[n]; !ok {
						prev[n] = w
						q = append(q, n)
					}
				}
			}
			b[i] = orig
		}
	}
	return nil
}

//cell

type Move struct{ From, To int }

func hanoi(n, from, to, via int, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{from, to})
	hanoi(n-1, via, to, from, moves)
}

func hanoiIter(n int) ([]Move, [3][]int) {
	var pegs [3][]int
	for d := n; d >= 1; d-- {
		pegs[0] = append(pegs[0], d)
	}
	top := func(p int) int {
		if len(pegs[p]) == 0 {
			return 1 << 30
		}
		return pegs[p][len(pegs[p])-1]
	}
	move := func(a, b int) Move {
		if top(a) > top(b) {
			a, b = b, a
		}
		pegs[b] = append(pegs[b], pegs[a][len(pegs[a])-1])
		pegs[a] = pegs[a][:len(pegs[a])-1]
		return Move{a, b}
	}
	pairs := [3][2]int{{0, 2}, {0, 1}, {1, 2}}
	if n%2 == 0 {
		pairs = [3][2]int{{0, 1}, {0, 2}, {1, 2}}
	}
	var moves []Move
	for i := 0; i < 1<<n-1; i++ {
		p := pairs[i%3]
		moves = append(moves, move(p[0], p[1]))
	}
	return moves, pegs
}

//cell

func main() {
	start := Board{1, 2, 3, 4, 0, 6, 7, 5, 8}
	goal := Board{1, 2, 3, 4, 5, 6, 7, 8, 0}
	path := solve8(start, goal)
	fmt.Println(len(path)-1, "moves:", path)
	hard := Board{8, 6, 7, 2, 5, 4, 3, 0, 1}
	fmt.Println("hard:", len(solve8(hard, goal))-1)

	fmt.Println(jugs(4, 3, 2))
	fmt.Printf("%+v\n", jugs(5, 3, 4))
	dict := []string{"hot", "dot", "dog", "lot", "log", "cog", "hit", "cot"}
	fmt.Println(ladder("hit", "cog", dict), ladder("hit", "xyz", dict) == nil)

	var rec []Move
	hanoi(4, 0, 2, 1, &rec)
	it, pegs := hanoiIter(4)
	fmt.Println(len(rec), slices.Equal(rec, it), rec[:5], pegs)
	for n := 1; n <= 6; n++ {
		m, p := hanoiIter(n)
		fmt.Print(len(m), p[2], " ")
	}
	fmt.Println()
}
