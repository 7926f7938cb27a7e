//go:build ignore

// A calculator language built cell by cell as in a compilers tutorial: a
// lexer producing tokens with a Kind enum (iota and a String method), a
// Pratt parser to an AST of interface nodes, an evaluator with
// variables, functions and error values carrying positions, a pretty
// printer via a type switch, and a REPL loop over script lines; a later
// cell adds a node type and redefines the evaluator's builtins table.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

//cell

type Kind int

const (
	EOF Kind = iota
	NUM
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
	ASSIGN
)

var kindNames = [...]string{"EOF", "NUM", "IDENT", "OP", "(", ")", ",", "="}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%d: %s", e.Pos, e.Msg) }

func Lex(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, src[i:j], i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j]))) {
				j++
			}
			toks = append(toks, Token{IDENT, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(' || c == ')' || c == ',' || c == '=':
			k := map[rune]Kind{'(': LPAREN, ')': RPAREN, ',': COMMA, '=': ASSIGN}[c]
			toks = append(toks, Token{k, string(c), i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

//cell

type Node interface{ node() }

type (
	Num   float64
	Var   string
	Unary struct {
		Op string
		X  Node
	}
	Binary struct {
		Op   string
		L, R Node
	}
	Call struct {
		Fn   string
		Args []Node
	}
	Assign struct {
		Name string
		X    Node
	}
)

func (Num) node()    {}
func (Var) node()    {}
func (Unary) node()  {}
func (Binary) node() {}
func (Call) node()   {}
func (Assign) node() {}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}

func (p *parser) expr(minPrec int) (Node, error) {
	left, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		pr, ok := prec[t.Text]
		if t.Kind != OP || !ok || pr < minPrec {
			return left, nil
		}
		p.next()
		nextMin := pr + 1
		if t.Text == "^" {
			nextMin = pr // right associative
		}
		right, err := p.expr(nextMin)
		if err != nil {
			return nil, err
		}
		left = Binary{t.Text, left, right}
	}
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return Num(v), nil
	case IDENT:
		if p.peek().Kind == LPAREN {
			p.next()
			var args []Node
			for p.peek().Kind != RPAREN {
				a, err := p.expr(1)
				if err != nil {
					return nil, err
				}
				args = append(args, a)
				if p.peek().Kind == COMMA {
					p.next()
				}
			}
			p.next()
			return Call{t.Text, args}, nil
		}
		return Var(t.Text), nil
	case OP:
		if t.Text == "-" {
			x, err := p.expr(3)
			return Unary{"-", x}, err
		}
	case LPAREN:
		x, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if c := p.next(); c.Kind != RPAREN {
			return nil, &SyntaxError{c.Pos, "expected ) got " + c.Kind.String()}
		}
		return x, nil
	}
	return nil, &SyntaxError{t.Pos, "unexpected " + t.Kind.String()}
}

func Parse(src string) (Node, error) {
	toks, err := Lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if len(toks) > 2 && toks[0].Kind == IDENT && toks[1].Kind == ASSIGN {
		p.pos = 2
		x, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		return Assign{toks[0].Text, x}, nil
	}
	n, err := p.expr(1)
	if err == nil && p.peek().Kind != EOF {
		err = &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
	}
	return n, err
}

//cell

var ErrUndefined = errors.New("undefined")

type Env struct {
	vars  map[string]float64
	funcs map[string]func(...float64) (float64, error)
}

func (e *Env) Eval(n Node) (float64, error) {
	switch n := n.(type) {
	case Num:
		return float64(n), nil
	case Var:
		v, ok := e.vars[string(n)]
		if !ok {
			return 0, fmt.Errorf("variable %s: %w", n, ErrUndefined)
		}
		return v, nil
	case Unary:
		x, err := e.Eval(n.X)
		return -x, err
	case Binary:
		l, err := e.Eval(n.L)
		if err != nil {
			return 0, err
		}
		r, err := e.Eval(n.R)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case "+":
			return l + r, nil
		case "-":
			return l - r, nil
		case "*":
			return l * r, nil
		case "/":
			if r == 0 {
				return 0, errors.New("division by zero")
			}
			return l / r, nil
		case "%":
			return math.Mod(l, r), nil
		case "^":
			return math.Pow(l, r), nil
		}
	case Call:
		f, ok := e.funcs[n.Fn]
		if !ok {
			return 0, fmt.Errorf("function %s: %w", n.Fn, ErrUndefined)
		}
		args := make([]float64, len(n.Args))
		for i, a := range n.Args {
			v, err := e.Eval(a)
			if err != nil {
				return 0, err
			}
			args[i] = v
		}
		return f(args...)
	case Assign:
		v, err := e.Eval(n.X)
		if err == nil {
			e.vars[n.Name] = v
		}
		return v, err
	}
	return 0, fmt.Errorf("unknown node %T", n)
}

func Show(n Node) string {
	switch n := n.(type) {
	case Num:
		return strconv.FormatFloat(float64(n), 'g', -1, 64)
	case Var:
		return string(n)
	case Unary:
		return "(-" + Show(n.X) + ")"
	case Binary:
		return "(" + Show(n.L) + " " + n.Op + " " + Show(n.R) + ")"
	case Call:
		parts := make([]string, len(n.Args))
		for i, a := range n.Args {
			parts[i] = Show(a)
		}
		return n.Fn + "(" + strings.Join(parts, ", ") + ")"
	case Assign:
		return n.Name + " := " + Show(n.X)
	}
	return "?"
}

//cell

func unary(f func(float64) float64) func(...float64) (float64, error) {
	return func(a ...float64) (float64, error) {
		if len(a) != 1 {
			return 0, fmt.Errorf("want 1 argument, got %d", len(a))
		}
		return f(a[0]), nil
	}
}

var env = &Env{
	vars: map[string]float64{"pi": math.Pi},
	funcs: map[string]func(...float64) (float64, error){
		"sqrt": unary(math.Sqrt),
		"abs":  unary(math.Abs),
		"max": func(a ...float64) (float64, error) {
			m := math.Inf(-1)
			for _, v := range a {
				m = max(m, v)
			}
			return m, nil
		},
	},
}

func run(lines ...string) {
	for _, line := range lines {
		n, err := Parse(line)
		if err != nil {
			var se *SyntaxError
			if errors.As(err, &se) {
				fmt.Printf("%-18s syntax error at %d: %s\n", line, se.Pos, se.Msg)
			}
			continue
		}
		v, err := env.Eval(n)
		switch {
		case errors.Is(err, ErrUndefined):
			fmt.Printf("%-18s %s -> undefined (%v)\n", line, Show(n), err)
		case err != nil:
			fmt.Printf("%-18s %s -> error: %v\n", line, Show(n), err)
		default:
			fmt.Printf("%-18s %s = %.6g\n", line, Show(n), v)
		}
	}
}

//cell

func main() {
	toks, _ := Lex("x = 3*(y+2)")
	for _, t := range toks {
		fmt.Print(t.Kind, ":", t.Text, " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %s\n", toks[0], toks[1].Kind, Kind(4))
	run(
		"1 + 2 * 3",
		"2 ^ 3 ^ 2",
		"-(4 - 6) * 2",
		"x = 10 % 4",
		"y = x * pi",
		"sqrt(y) + abs(-3)",
		"max(1, x, 7, 2)",
		"z + 1",
		"foo(2)",
		"1 / (x - 2)",
		"3 $ 4",
		"(1 + 2",
		"sqrt(1, 2)",
		"1 2",
	)
	env.funcs["hyp"] = func(a ...float64) (float64, error) { return math.Hypot(a[0], a[1]), nil }
	env.vars["x"] = 5
	run("hyp(x, 12)", "x = x + 1", "x")
	fmt.Println(len(env.vars), env.vars["x"])
}
