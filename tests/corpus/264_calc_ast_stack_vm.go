//go:build ignore

// A small language in three cells: a recursive-descent parser producing an
// AST of cell interface types, a tree-walking evaluator with variables and
// errors, and a compiler to a stack machine whose instructions are structs
// in a slice; both agree on every program. A later cell adds a builtin.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Call struct {
	Fn  string
	Arg Node
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined: %s", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

var ErrDivZero = errors.New("division by zero")

func (b Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	return apply(b.Op, l, r)
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func apply(op byte, l, r float64) (float64, error) {
	switch op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDivZero
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %q", op)
}

var builtins = map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := builtins[c.Fn]
	if !ok {
		return 0, fmt.Errorf("no function %s", c.Fn)
	}
	x, err := c.Arg.Eval(env)
	return f(x), err
}
func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

//cell

type parser struct {
	toks []string
	pos  int
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() Node {
	n := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		n = Bin{op, n, p.term()}
	}
	return n
}

func (p *parser) term() Node {
	n := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		n = Bin{op, n, p.factor()}
	}
	return n
}

func (p *parser) factor() Node {
	t := p.next()
	if t == "(" {
		n := p.expr()
		p.next()
		return n
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return Num(f)
	}
	if p.peek() == "(" {
		p.next()
		arg := p.expr()
		p.next()
		return Call{t, arg}
	}
	return Var(t)
}

func parse(src string) Node {
	for _, c := range "()+-*/" {
		src = strings.ReplaceAll(src, string(c), " "+string(c)+" ")
	}
	p := &parser{toks: strings.Fields(src)}
	return p.expr()
}

var programs = []string{"1 + 2 * 3", "(1 + 2) * 3", "x / (y - 2)", "sqrt(x * x + y * y)", "z + 1", "cube(2) - 1", "abs(1 - x) / 2"}
var env = map[string]float64{"x": 3, "y": 4}

func init() {
	for _, src := range programs {
		n := parse(src)
		v, err := n.Eval(env)
		fmt.Printf("%-22s %-26v %v %v\n", src, n, v, err)
	}
}

//cell

type Instr struct {
	Op  string
	Num float64
	Arg string
}

func compile(n Node, code []Instr) []Instr {
	switch n := n.(type) {
	case Num:
		return append(code, Instr{Op: "push", Num: float64(n)})
	case Var:
		return append(code, Instr{Op: "load", Arg: string(n)})
	case Bin:
		code = compile(n.L, code)
		code = compile(n.R, code)
		return append(code, Instr{Op: "bin", Arg: string(n.Op)})
	case Call:
		return append(compile(n.Arg, code), Instr{Op: "call", Arg: n.Fn})
	}
	panic(fmt.Sprintf("cannot compile %T", n))
}

func exec(code []Instr, env map[string]float64) (float64, error) {
	var stack []float64
	for pc, in := range code {
		switch in.Op {
		case "push":
			stack = append(stack, in.Num)
		case "load":
			v, ok := env[in.Arg]
			if !ok {
				return 0, fmt.Errorf("pc %d: undefined: %s", pc, in.Arg)
			}
			stack = append(stack, v)
		case "bin":
			l, r := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			v, err := apply(in.Arg[0], l, r)
			if err != nil {
				return 0, fmt.Errorf("pc %d: %w", pc, err)
			}
			stack = append(stack, v)
		case "call":
			f, ok := builtins[in.Arg]
			if !ok {
				return 0, fmt.Errorf("pc %d: no function %s", pc, in.Arg)
			}
			stack[len(stack)-1] = f(stack[len(stack)-1])
		}
	}
	return stack[0], nil
}

//cell

func init() {
	builtins["cube"] = func(x float64) float64 { return x * x * x }
}

func main() {
	env["y"] = 2
	for _, src := range programs {
		n := parse(src)
		code := compile(n, nil)
		a, errA := n.Eval(env)
		b, errB := exec(code, env)
		same := a == b && (errA == nil) == (errB == nil)
		fmt.Printf("%-22s %2d instrs  tree=%v vm=%v same=%v div0=%v\n", src, len(code), a, b, same, errors.Is(errB, ErrDivZero))
		if errB != nil {
			fmt.Println("   ", errA, "|", errB)
		}
	}
	fmt.Println(compile(parse("2*(x+1)"), nil))
	var nodes []Node = []Node{Num(1), Var("x"), Bin{'+', Num(1), Num(2)}}
	fmt.Println(nodes, nodes[2] == Bin{'+', Num(1), Num(2)}, nodes[0] == Num(1))
}
