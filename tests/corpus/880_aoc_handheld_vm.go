//go:build ignore

// An Advent-of-Code style virtual machine: instructions parsed from text
// into a slice of structs with an Op type, run until a loop is detected
// (the accumulator before the repeat), then repaired by flipping one
// jmp/nop; a register machine with conditional increments whose
// registers print sorted; and a tiny stack calculator with error values.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

//cell

type Op uint8

const (
	Nop Op = iota
	Acc
	Jmp
)

var opNames = map[string]Op{"nop": Nop, "acc": Acc, "jmp": Jmp}

func (o Op) String() string { return [...]string{"nop", "acc", "jmp"}[o] }

type Instr struct {
	Op  Op
	Arg int
}

type Result struct {
	Acc        int
	Terminated bool
	Steps      int
}

func parse(src string) ([]Instr, error) {
	var prog []Instr
	sc := bufio.NewScanner(strings.NewReader(src))
	for line := 1; sc.Scan(); line++ {
		f := strings.Fields(sc.Text())
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: want 2 fields, got %d", line, len(f))
		}
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("line %d: unknown op %q", line, f[0])
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		prog = append(prog, Instr{op, n})
	}
	return prog, nil
}

func run(prog []Instr) Result {
	seen := make([]bool, len(prog))
	acc, pc, steps := 0, 0, 0
	for pc >= 0 && pc < len(prog) {
		if seen[pc] {
			return Result{acc, false, steps}
		}
		seen[pc] = true
		steps++
		switch in := prog[pc]; in.Op {
		case Acc:
			acc += in.Arg
			fallthrough
		case Nop:
			pc++
		case Jmp:
			pc += in.Arg
		}
	}
	return Result{acc, pc == len(prog), steps}
}

func repair(prog []Instr) (int, Result, bool) {
	for i, in := range prog {
		if in.Op == Acc {
			continue
		}
		fixed := slices.Clone(prog)
		fixed[i].Op = map[Op]Op{Nop: Jmp, Jmp: Nop}[in.Op]
		if r := run(fixed); r.Terminated {
			return i, r, true
		}
	}
	return -1, Result{}, false
}

//cell

type cond struct {
	reg string
	cmp string
	val int
}

func (c cond) holds(regs map[string]int) bool {
	v := regs[c.reg]
	switch c.cmp {
	case ">":
		return v > c.val
	case "<":
		return v < c.val
	case ">=":
		return v >= c.val
	case "<=":
		return v <= c.val
	case "==":
		return v == c.val
	case "!=":
		return v != c.val
	}
	panic("bad comparison " + c.cmp)
}

func registers(src string) (map[string]int, int) {
	regs := map[string]int{}
	highest := 0
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		var reg, dir, creg, cmp string
		var amt, cval int
		if _, err := fmt.Sscanf(line, "%s %s %d if %s %s %d", &reg, &dir, &amt, &creg, &cmp, &cval); err != nil {
			panic(err)
		}
		if !(cond{creg, cmp, cval}).holds(regs) {
			continue
		}
		if dir == "dec" {
			amt = -amt
		}
		regs[reg] += amt
		highest = max(highest, regs[reg])
	}
	return regs, highest
}

var ErrStack = errors.New("stack underflow")

func rpn(expr string) (int, error) {
	var st []int
	pop := func() (int, error) {
		if len(st) == 0 {
			return 0, ErrStack
		}
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v, nil
	}
	for _, tok := range strings.Fields(expr) {
		if n, err := strconv.Atoi(tok); err == nil {
			st = append(st, n)
			continue
		}
		b, err1 := pop()
		a, err2 := pop()
		if err := errors.Join(err1, err2); err != nil {
			return 0, fmt.Errorf("at %q: %w", tok, err)
		}
		switch tok {
		case "+":
			st = append(st, a+b)
		case "-":
			st = append(st, a-b)
		case "*":
			st = append(st, a*b)
		case "/":
			if b == 0 {
				return 0, fmt.Errorf("at %q: division by zero", tok)
			}
			st = append(st, a/b)
		default:
			return 0, fmt.Errorf("unknown token %q", tok)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("%d values left", len(st))
	}
	return st[0], nil
}

//cell

const bootCode = `nop +0
acc +1
jmp +4
acc +3
jmp -3
acc -99
acc +1
jmp -4
acc +6`

const regProgram = `
b inc 5 if a > 1
a inc 1 if b < 5
c dec -10 if a >= 1
c inc -20 if c == 10
d dec 3 if zz != 0
e inc 7 if zz <= 0
`

func main() {
	prog, err := parse(bootCode)
	fmt.Println(len(prog), err, prog[:3])
	r := run(prog)
	fmt.Printf("%+v\n", r)
	i, fixed, ok := repair(prog)
	fmt.Printf("flip %d (%v) -> %+v %v\n", i, prog[i].Op, fixed, ok)

	_, err = parse("nop +0\nmul 3")
	fmt.Println(err)
	_, err = parse("acc x1")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))

	regs, hi := registers(regProgram)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range regs {
			if !yield(k) {
				return
			}
		}
	})
	for _, n := range names {
		fmt.Printf("%s=%d ", n, regs[n])
	}
	fmt.Println("| max now", slices.Max(func() []int {
		var vs []int
		for _, v := range regs {
			vs = append(vs, v)
		}
		return vs
	}()), "ever", hi)

	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 +", "4 0 /", "2 3", "2 3 ^"} {
		v, err := rpn(e)
		fmt.Printf("%q => %d, %v (underflow: %v)\n", e, v, err, errors.Is(err, ErrStack))
	}
}
