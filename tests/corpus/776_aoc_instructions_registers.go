//go:build ignore

// A tiny assembly interpreter in the Advent-of-Code manner: a program
// text parsed line by line with strings.Fields and strconv.Atoi into a
// slice of Instr structs, operands that are either a register name or
// a number, a loop detector with a map of seen program counters, and
// a repair search that flips one jmp/nop at a time. Parse errors are
// wrapped with the line number and unwrapped with errors.As.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

//cell

const program = `
set a 5
set b 0
add b a
sub a 1
jnz a -2
out b
nop 3
jmp 2
out a
jmp -7
out 99
`

type Op string

type Instr struct {
	Op   Op
	Args []string
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *ParseError) Unwrap() error { return e.Err }

var ErrUnknownOp = errors.New("unknown op")

var arity = map[Op]int{"set": 2, "add": 2, "sub": 2, "jnz": 2, "out": 1, "nop": 1, "jmp": 1}

func parse(src string) ([]Instr, error) {
	var prog []Instr
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		op := Op(f[0])
		n, ok := arity[op]
		if !ok {
			return nil, &ParseError{i + 1, fmt.Errorf("%w %q", ErrUnknownOp, op)}
		}
		if len(f)-1 != n {
			return nil, &ParseError{i + 1, fmt.Errorf("%s wants %d args, got %d", op, n, len(f)-1)}
		}
		prog = append(prog, Instr{op, f[1:]})
	}
	return prog, nil
}

//cell

type Machine struct {
	Regs map[string]int
	Out  []int
}

func (m *Machine) val(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return m.Regs[s]
}

// Run returns whether the program ended (false: a loop).
func (m *Machine) Run(prog []Instr, limit int) (bool, int) {
	seen := map[int]int{}
	pc, steps := 0, 0
	for pc >= 0 && pc < len(prog) {
		seen[pc]++
		if seen[pc] > limit {
			return false, steps
		}
		steps++
		in := prog[pc]
		switch in.Op {
		case "set":
			m.Regs[in.Args[0]] = m.val(in.Args[1])
		case "add":
			m.Regs[in.Args[0]] += m.val(in.Args[1])
		case "sub":
			m.Regs[in.Args[0]] -= m.val(in.Args[1])
		case "jnz":
			if m.val(in.Args[0]) != 0 {
				pc += m.val(in.Args[1])
				continue
			}
		case "jmp":
			pc += m.val(in.Args[0])
			continue
		case "out":
			m.Out = append(m.Out, m.val(in.Args[0]))
		}
		pc++
	}
	return true, steps
}

//cell

func main() {
	prog, err := parse(program)
	fmt.Println(len(prog), err)
	m := &Machine{Regs: map[string]int{}}
	done, steps := m.Run(prog, 10)
	fmt.Println(done, steps, m.Out, m.Regs["a"], m.Regs["b"])

	for i, in := range prog {
		swap := map[Op]Op{"jmp": "nop", "nop": "jmp"}[in.Op]
		if swap == "" {
			continue
		}
		fixed := append([]Instr(nil), prog...)
		fixed[i] = Instr{swap, in.Args}
		m := &Machine{Regs: map[string]int{}}
		ok, steps := m.Run(fixed, 10)
		fmt.Printf("flip %d %-3s -> %-3s ended=%-5v steps=%3d out=%v\n", i, in.Op, swap, ok, steps, m.Out)
	}

	for _, bad := range []string{"set a 1\nmul a 2", "set a 1\nout"} {
		_, err := parse(bad)
		var pe *ParseError
		fmt.Println(err, errors.As(err, &pe), pe.Line, errors.Is(err, ErrUnknownOp))
	}
}
