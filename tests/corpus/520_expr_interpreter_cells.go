//go:build ignore

// A tiny expression interpreter grown over cells: tokens with a Stringer
// kind, AST nodes behind an interface (Eval and String), a *Bin whose
// String is declared a cell before its Eval, a map of variadic builtins,
// a precedence-climbing parser, and a driver that wraps, tests and
// unwraps errors (errors.Is through %w, errors.As to a *LexError).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	NUM TokKind = iota
	IDENT
	OP
	LP
	RP
	EOF
)

func (k TokKind) String() string {
	return [...]string{"NUM", "IDENT", "OP", "LP", "RP", "EOF"}[k]
}

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

//cell

type LexError struct {
	Pos int
	Ch  rune
}

func (e *LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^", c):
			toks = append(toks, Token{OP, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LP, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RP, ")", i})
			i++
		default:
			return nil, &LexError{i, c}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

//cell

type Env map[string]float64

type Node interface {
	Eval(env Env) (float64, error)
	fmt.Stringer
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Node
}
type Neg struct{ X Node }
type Call struct {
	Fn   string
	Args []Node
}

var ErrUnknownVar = errors.New("unknown variable")
var ErrDivZero = errors.New("division by zero")

func (n Num) Eval(Env) (float64, error) { return float64(n), nil }
func (n Num) String() string            { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(env Env) (float64, error) {
	if x, ok := env[string(v)]; ok {
		return x, nil
	}
	return 0, fmt.Errorf("%w: %s", ErrUnknownVar, string(v))
}
func (v Var) String() string { return string(v) }
func (b *Bin) String() string {
	return fmt.Sprintf("(%v %c %v)", b.L, b.Op, b.R)
}
func (n Neg) String() string { return fmt.Sprintf("-%v", n.X) }
func (n Neg) Eval(env Env) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}

//cell

func (b *Bin) Eval(env Env) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
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
	case '^':
		res := 1.0
		for range int(r) {
			res *= l
		}
		return res, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}

var funcs = map[string]func(...float64) (float64, error){
	"max": func(xs ...float64) (float64, error) {
		if len(xs) == 0 {
			return 0, errors.New("max of nothing")
		}
		m := xs[0]
		for _, x := range xs[1:] {
			m = max(m, x)
		}
		return m, nil
	},
	"sum": func(xs ...float64) (float64, error) {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s, nil
	},
}

func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func (c *Call) Eval(env Env) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("no function %q", c.Fn)
	}
	vals := make([]float64, 0, len(c.Args))
	for _, a := range c.Args {
		v, err := a.Eval(env)
		if err != nil {
			return 0, fmt.Errorf("in %s: %w", c.Fn, err)
		}
		vals = append(vals, v)
	}
	return f(vals...)
}

//cell

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token {
	t := p.toks[p.pos]
	p.pos++
	return t
}

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func (p *parser) expr(minPrec int) (Node, error) {
	lhs, err := p.unary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.Kind != OP || prec[t.Text] < minPrec {
			return lhs, nil
		}
		p.next()
		next := prec[t.Text] + 1
		if t.Text == "^" {
			next = prec[t.Text]
		}
		rhs, err := p.expr(next)
		if err != nil {
			return nil, err
		}
		lhs = &Bin{t.Text[0], lhs, rhs}
	}
}

func (p *parser) unary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, fmt.Errorf("number at %d: %w", t.Pos, err)
		}
		return Num(f), nil
	case IDENT:
		if p.peek().Kind == LP {
			p.next()
			c := &Call{Fn: t.Text}
			for p.peek().Kind != RP {
				a, err := p.expr(1)
				if err != nil {
					return nil, err
				}
				c.Args = append(c.Args, a)
			}
			p.next()
			return c, nil
		}
		return Var(t.Text), nil
	case OP:
		if t.Text == "-" {
			x, err := p.unary()
			return Neg{x}, err
		}
	case LP:
		n, err := p.expr(1)
		if err != nil {
			return nil, err
		}
		if p.next().Kind != RP {
			return nil, errors.New("missing )")
		}
		return n, nil
	}
	return nil, fmt.Errorf("unexpected %v", t)
}

func parse(src string) (Node, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, fmt.Errorf("lex: %w", err)
	}
	p := &parser{toks: toks}
	return p.expr(1)
}

//cell

func main() {
	env := Env{"x": 3, "y": 4}
	for _, src := range []string{"1 + 2 * 3", "2 ^ 3 ^ 2", "-(x + y) * 2", "max(x y 10) / 2", "sum(1 2 3 z)", "1 / (x - 3)", "3 $ 4", "1.2.3 + 1"} {
		n, err := parse(src)
		if err != nil {
			var le *LexError
			fmt.Printf("%-18s parse error: %v (lex error: %t)\n", src, err, errors.As(err, &le))
			if le != nil {
				fmt.Println("   at", le.Pos, string(le.Ch))
			}
			continue
		}
		v, err := n.Eval(env)
		switch {
		case errors.Is(err, ErrUnknownVar):
			fmt.Printf("%-18s %v: unknown var: %v\n", src, n, err)
		case errors.Is(err, ErrDivZero):
			fmt.Printf("%-18s %v: div zero\n", src, n)
		case err != nil:
			fmt.Printf("%-18s %v: %v\n", src, n, err)
		default:
			fmt.Printf("%-18s %v = %g\n", src, n, v)
		}
	}
	var nodes []Node = []Node{Num(1), Var("x"), &Bin{'+', Num(1), Num(2)}, Neg{Num(2)}, &Call{"sum", nil}}
	for _, n := range nodes {
		switch n := n.(type) {
		case Num, Var:
			fmt.Printf("leaf %T %v\n", n, n)
		case *Bin:
			fmt.Printf("bin %c\n", n.Op)
		default:
			fmt.Printf("other %T %s\n", n, n)
		}
	}
	t := Token{OP, "+", 3}
	fmt.Println(t, []Token{t}, map[TokKind]int{NUM: 1})
	fmt.Printf("%v %+v %d\n", t, t, t.Kind)
}
