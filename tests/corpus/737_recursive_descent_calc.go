//go:build ignore

// A lexer and recursive-descent parser for arithmetic with variables,
// unary minus, exponent (right associative), function calls and
// assignments; the AST is notebook types behind an interface, printed
// with String methods, evaluated against an environment, with
// positioned errors that carry a notebook error type.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	EOF Kind = iota
	Num
	Ident
	Op
	LParen
	RParen
	Comma
)

func (k Kind) String() string {
	return [...]string{"EOF", "Num", "Ident", "Op", "(", ")", ","}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

func lex(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := rune(src[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c) || c == '.':
			j := i
			for j < len(src) && (unicode.IsDigit(rune(src[j])) || src[j] == '.' || src[j] == 'e') {
				j++
			}
			toks = append(toks, Token{Num, src[i:j], i})
			i = j
		case unicode.IsLetter(c) || c == '_':
			j := i
			for j < len(src) && (unicode.IsLetter(rune(src[j])) || unicode.IsDigit(rune(src[j])) || src[j] == '_') {
				j++
			}
			toks = append(toks, Token{Ident, src[i:j], i})
			i = j
		case strings.ContainsRune("+-*/^%=", c):
			toks = append(toks, Token{Op, string(c), i})
			i++
		case c == '(':
			toks = append(toks, Token{LParen, "(", i})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")", i})
			i++
		case c == ',':
			toks = append(toks, Token{Comma, ",", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return append(toks, Token{EOF, "", len(src)}), nil
}

//cell

type Node interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type NumLit float64
type VarRef string
type Unary struct {
	Op string
	X  Node
}
type Binary struct {
	Op   string
	L, R Node
}
type Call struct {
	Fn   string
	Args []Node
}
type Assign struct {
	Name string
	X    Node
}

func (n NumLit) String() string { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v VarRef) String() string { return string(v) }
func (u Unary) String() string  { return "(" + u.Op + u.X.String() + ")" }
func (b Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}
func (a Assign) String() string { return a.Name + " = " + a.X.String() }

var ErrUndefined = errors.New("undefined")

func (n NumLit) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (v VarRef) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("variable %s: %w", v, ErrUndefined)
	}
	return x, nil
}
func (u Unary) Eval(env map[string]float64) (float64, error) {
	x, err := u.X.Eval(env)
	return -x, err
}
func (b Binary) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
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
	return 0, fmt.Errorf("bad op %s", b.Op)
}

var funcs = map[string]func(...float64) (float64, error){
	"sqrt": func(a ...float64) (float64, error) {
		if len(a) != 1 {
			return 0, fmt.Errorf("sqrt wants 1 argument, got %d", len(a))
		}
		return math.Sqrt(a[0]), nil
	},
	"max": func(a ...float64) (float64, error) {
		if len(a) == 0 {
			return 0, errors.New("max of nothing")
		}
		m := a[0]
		for _, x := range a[1:] {
			m = math.Max(m, x)
		}
		return m, nil
	},
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	f, ok := funcs[c.Fn]
	if !ok {
		return 0, fmt.Errorf("function %s: %w", c.Fn, ErrUndefined)
	}
	var args []float64
	for _, a := range c.Args {
		x, err := a.Eval(env)
		if err != nil {
			return 0, err
		}
		args = append(args, x)
	}
	return f(args...)
}

func (a Assign) Eval(env map[string]float64) (float64, error) {
	x, err := a.X.Eval(env)
	if err == nil {
		env[a.Name] = x
	}
	return x, err
}

//cell

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token {
	t := p.toks[p.pos]
	if t.Kind != EOF {
		p.pos++
	}
	return t
}

func (p *parser) expect(k Kind) (Token, error) {
	t := p.next()
	if t.Kind != k {
		return t, &SyntaxError{t.Pos, fmt.Sprintf("expected %v, found %v %q", k, t.Kind, t.Text)}
	}
	return t, nil
}

func (p *parser) statement() (Node, error) {
	if p.peek().Kind == Ident && p.toks[p.pos+1].Kind == Op && p.toks[p.pos+1].Text == "=" {
		name := p.next().Text
		p.next()
		x, err := p.expr()
		return Assign{name, x}, err
	}
	return p.expr()
}

func (p *parser) expr() (Node, error) {
	l, err := p.term()
	for err == nil && p.peek().Kind == Op && (p.peek().Text == "+" || p.peek().Text == "-") {
		op := p.next().Text
		var r Node
		r, err = p.term()
		l = Binary{op, l, r}
	}
	return l, err
}

func (p *parser) term() (Node, error) {
	l, err := p.unary()
	for err == nil && p.peek().Kind == Op && strings.Contains("*/%", p.peek().Text) {
		op := p.next().Text
		var r Node
		r, err = p.unary()
		l = Binary{op, l, r}
	}
	return l, err
}

func (p *parser) unary() (Node, error) {
	if t := p.peek(); t.Kind == Op && t.Text == "-" {
		p.next()
		x, err := p.unary()
		return Unary{"-", x}, err
	}
	return p.power()
}

func (p *parser) power() (Node, error) {
	base, err := p.primary()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind == Op && t.Text == "^" {
		p.next()
		exp, err := p.unary()
		return Binary{"^", base, exp}, err
	}
	return base, nil
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.Kind {
	case Num:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return nil, &SyntaxError{t.Pos, err.Error()}
		}
		return NumLit(f), nil
	case Ident:
		if p.peek().Kind != LParen {
			return VarRef(t.Text), nil
		}
		p.next()
		var args []Node
		for p.peek().Kind != RParen {
			a, err := p.expr()
			if err != nil {
				return nil, err
			}
			args = append(args, a)
			if p.peek().Kind != Comma {
				break
			}
			p.next()
		}
		if _, err := p.expect(RParen); err != nil {
			return nil, err
		}
		return Call{t.Text, args}, nil
	case LParen:
		x, err := p.expr()
		if err != nil {
			return nil, err
		}
		_, err = p.expect(RParen)
		return x, err
	}
	return nil, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v %q", t.Kind, t.Text)}
}

func parse(src string) (Node, error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	n, err := p.statement()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.Kind != EOF {
		return nil, &SyntaxError{t.Pos, fmt.Sprintf("trailing %q", t.Text)}
	}
	return n, nil
}

//cell

func main() {
	env := map[string]float64{"pi": math.Pi}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"-2 ^ 2",
		"2 ^ 3 ^ 2",
		"x = sqrt(16) + max(1, 7, 3)",
		"x % 4 - -x",
		"r = 2.5e0",
		"pi * r ^ 2",
		"y + 1",
		"foo(1)",
		"1 / (x - 11)",
		"3 +",
		"4 $ 5",
		"(1 + 2",
		"max()",
		"sqrt(1, 2)",
		"1.2.3",
		"7 8",
	}
	for _, l := range lines {
		n, err := parse(l)
		if err != nil {
			var se *SyntaxError
			fmt.Printf("%-28s syntax error %v (%T, as=%v)\n", l, err, err, errors.As(err, &se))
			continue
		}
		v, err := n.Eval(env)
		if err != nil {
			fmt.Printf("%-28s %v => error: %v undefined=%v\n", l, n, err, errors.Is(err, ErrUndefined))
			continue
		}
		fmt.Printf("%-28s %v => %.6g\n", l, n, v)
	}
	fmt.Println(env["x"], env["r"], len(env))
	toks, _ := lex("a=(b+1)")
	fmt.Printf("%v\n%+v\n", toks, toks[2])
}
