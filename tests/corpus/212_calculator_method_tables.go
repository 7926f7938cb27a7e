//go:build ignore

// A tiny stack calculator driven by tables of functions: method
// expressions (Stack.Peek, (*Stack).Push) called with explicit receivers,
// method values bound to one stack stored in a map by operator, and a
// command table of func(*Stack) error built in a later cell.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stack struct {
	name  string
	items []float64
}

var ErrEmpty = errors.New("stack empty")

func (s *Stack) Push(x float64) { s.items = append(s.items, x) }

func (s *Stack) Pop() (float64, error) {
	if len(s.items) == 0 {
		return 0, fmt.Errorf("%s: pop: %w", s.name, ErrEmpty)
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, nil
}

func (s Stack) Peek() float64 {
	if len(s.items) == 0 {
		return 0
	}
	return s.items[len(s.items)-1]
}

func (s Stack) Len() int { return len(s.items) }

func (s Stack) String() string {
	parts := make([]string, len(s.items))
	for i, x := range s.items {
		parts[i] = strconv.FormatFloat(x, 'g', -1, 64)
	}
	return s.name + "[" + strings.Join(parts, " ") + "]"
}

//cell

func (s *Stack) binary(f func(a, b float64) float64) error {
	b, err := s.Pop()
	if err != nil {
		return err
	}
	a, err := s.Pop()
	if err != nil {
		s.Push(b)
		return err
	}
	s.Push(f(a, b))
	return nil
}

func (s *Stack) Add() error { return s.binary(func(a, b float64) float64 { return a + b }) }
func (s *Stack) Sub() error { return s.binary(func(a, b float64) float64 { return a - b }) }
func (s *Stack) Mul() error { return s.binary(func(a, b float64) float64 { return a * b }) }
func (s *Stack) Div() error {
	if s.Peek() == 0 && s.Len() > 0 {
		return errors.New("division by zero")
	}
	return s.binary(func(a, b float64) float64 { return a / b })
}

func (s *Stack) Dup() error {
	if s.Len() == 0 {
		return fmt.Errorf("%s: dup: %w", s.name, ErrEmpty)
	}
	s.Push(s.Peek())
	return nil
}

//cell

var (
	push  = (*Stack).Push
	peek  = Stack.Peek
	size  = Stack.Len
	asStr = Stack.String
)

var commands = map[string]func(*Stack) error{
	"+":   (*Stack).Add,
	"-":   (*Stack).Sub,
	"*":   (*Stack).Mul,
	"/":   (*Stack).Div,
	"dup": (*Stack).Dup,
}

func eval(s *Stack, line string) error {
	for _, tok := range strings.Fields(line) {
		if cmd, ok := commands[tok]; ok {
			if err := cmd(s); err != nil {
				return fmt.Errorf("at %q: %w", tok, err)
			}
			continue
		}
		x, err := strconv.ParseFloat(tok, 64)
		if err != nil {
			return fmt.Errorf("bad token %q", tok)
		}
		push(s, x)
	}
	return nil
}

//cell

func main() {
	s := &Stack{name: "main"}
	for _, line := range []string{"2 3 +", "4 *", "dup *", "1 0 /", "x", "+ + + +"} {
		err := eval(s, line)
		fmt.Printf("%-10q -> %v peek=%v len=%d err=%v empty=%t\n", line, asStr(*s), peek(*s), size(*s), err, errors.Is(err, ErrEmpty))
	}
	other := &Stack{name: "other"}
	bound := map[string]func() error{
		"dup": other.Dup,
		"add": other.Add,
	}
	pushOther := other.Push
	pushOther(5)
	pushOther(6)
	names := make([]string, 0, len(bound))
	for k := range bound {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, bound[n](), other)
	}
	snapshot := *other
	peekSnap := snapshot.Peek
	other.Push(100)
	fmt.Println(peekSnap(), other.Peek(), snapshot.Len(), other.Len())
	fs := []func(Stack) int{Stack.Len, func(s Stack) int { return int(s.Peek()) }}
	for i, f := range fs {
		fmt.Println(i, f(*other))
	}
	fmt.Printf("%T | %T\n", peek, commands["+"])
}
