//go:build ignore

// Advent-of-Code style days in cells: monkeys whose operations are
// closures built while parsing the puzzle text with fmt.Sscanf and
// strings.Cut, rounds with a modulus product, the rope whose tail
// follows the head (struct keys in a visited set), and a CRT drawn
// from a register trace of addx/noop instructions.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//cell

const monkeyInput = `Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1`

type Monkey struct {
	Items       []int
	Op          func(int) int
	Div         int
	IfT, IfF    int
	Inspections int
}

func parseOp(expr string) func(int) int {
	var a, op, b string
	fmt.Sscanf(expr, "new = %s %s %s", &a, &op, &b)
	operand := func(s string, old int) int {
		if s == "old" {
			return old
		}
		n, _ := strconv.Atoi(s)
		return n
	}
	if op == "+" {
		return func(old int) int { return operand(a, old) + operand(b, old) }
	}
	return func(old int) int { return operand(a, old) * operand(b, old) }
}

func parseMonkeys(text string) []*Monkey {
	var ms []*Monkey
	for _, block := range strings.Split(text, "\n\n") {
		m := &Monkey{}
		for _, line := range strings.Split(block, "\n") {
			key, val, ok := strings.Cut(strings.TrimSpace(line), ": ")
			if !ok {
				continue
			}
			switch key {
			case "Starting items":
				for _, f := range strings.Split(val, ", ") {
					n, _ := strconv.Atoi(f)
					m.Items = append(m.Items, n)
				}
			case "Operation":
				m.Op = parseOp(val)
			case "Test":
				fmt.Sscanf(val, "divisible by %d", &m.Div)
			case "If true":
				fmt.Sscanf(val, "throw to monkey %d", &m.IfT)
			case "If false":
				fmt.Sscanf(val, "throw to monkey %d", &m.IfF)
			}
		}
		ms = append(ms, m)
	}
	return ms
}

func business(rounds int, relief bool) int {
	ms := parseMonkeys(monkeyInput)
	mod := 1
	for _, m := range ms {
		mod *= m.Div
	}
	for r := 0; r < rounds; r++ {
		for _, m := range ms {
			for _, it := range m.Items {
				m.Inspections++
				w := m.Op(it)
				if relief {
					w /= 3
				}
				w %= mod
				to := m.IfF
				if w%m.Div == 0 {
					to = m.IfT
				}
				ms[to].Items = append(ms[to].Items, w)
			}
			m.Items = m.Items[:0]
		}
	}
	counts := make([]int, len(ms))
	for i, m := range ms {
		counts[i] = m.Inspections
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	return counts[0] * counts[1]
}

//cell

type P struct{ X, Y int }

func sign(v int) int {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

func rope(moves string, knots int) int {
	k := make([]P, knots)
	seen := map[P]struct{}{{}: {}}
	dirs := map[byte]P{'R': {1, 0}, 'L': {-1, 0}, 'U': {0, 1}, 'D': {0, -1}}
	sc := bufio.NewScanner(strings.NewReader(moves))
	for sc.Scan() {
		var d byte
		var n int
		fmt.Sscanf(sc.Text(), "%c %d", &d, &n)
		for ; n > 0; n-- {
			k[0].X += dirs[d].X
			k[0].Y += dirs[d].Y
			for i := 1; i < len(k); i++ {
				dx, dy := k[i-1].X-k[i].X, k[i-1].Y-k[i].Y
				if dx*dx+dy*dy > 2 {
					k[i].X += sign(dx)
					k[i].Y += sign(dy)
				}
			}
			seen[k[len(k)-1]] = struct{}{}
		}
	}
	return len(seen)
}

//cell

func crt(program []string) (int, []string) {
	x, cycle, strength := 1, 0, 0
	screen := make([][]byte, 6)
	for i := range screen {
		screen[i] = []byte(strings.Repeat(".", 40))
	}
	tick := func() {
		row, col := cycle/40, cycle%40
		if col >= x-1 && col <= x+1 && row < 6 {
			screen[row][col] = '#'
		}
		cycle++
		if (cycle-20)%40 == 0 {
			strength += cycle * x
		}
	}
	for _, ins := range program {
		op, arg, _ := strings.Cut(ins, " ")
		switch op {
		case "noop":
			tick()
		case "addx":
			tick()
			tick()
			v, _ := strconv.Atoi(arg)
			x += v
		}
	}
	out := make([]string, len(screen))
	for i, r := range screen {
		out[i] = string(r)
	}
	return strength, out
}

//cell

func main() {
	fmt.Println("monkey business:", business(20, true), business(1000, false))

	moves := "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2"
	big := "R 5\nU 8\nL 8\nD 3\nR 17\nD 10\nL 25\nU 20"
	fmt.Println("rope:", rope(moves, 2), rope(moves, 10), rope(big, 10))

	var prog []string
	for i := 0; i < 60; i++ {
		switch {
		case i%7 == 3:
			prog = append(prog, "noop")
		case i%3 == 0:
			prog = append(prog, "addx "+strconv.Itoa(i%5-1))
		default:
			prog = append(prog, fmt.Sprintf("addx %d", (i*7)%11-5))
		}
	}
	s, screen := crt(prog)
	fmt.Println("signal:", s)
	for _, line := range screen {
		fmt.Println(line)
	}
}
