//go:build ignore

// An arithmetic expression language: a lexer that is an iter.Seq of
// cell Token values, a recursive-descent parser that reads it through
// iter.Pull with one token of look-ahead, an AST of cell types behind an
// Expr interface (Eval, String), variables in a map, errors with
// positions collected by errors.Join, and the AST walked by an iterator.
package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

//cell

type Kind int

const (
	EOF Kind = iota
	Num
	Ident
	Op
	LParen
	RParen
)

func (k Kind) String() string {
	return [...]string{"EOF", "Num", "Ident", "Op", "(", ")"}[k]
}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func Lex(src string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		i := 0
		for i < len(src) {
			c := rune(src[i])
			start := i
			switch {
			case unicode.IsSpace(c):
				i++
				continue
			case unicode.IsDigit(c):
				for i < len(src) && (unicode.IsDigit(rune(src[i])) || src[i] == '.') {
					i++
				}
				if !yield(Token{Num, src[start:i], start}) {
					return
				}
			case unicode.IsLetter(c):
				for i < len(src) && unicode.IsLetter(rune(src[i])) {
					i++
				}
				if !yield(Token{Ident, src[start:i], start}) {
					return
				}
			case c == '(' || c == ')':
				i++
				k := LParen
				if c == ')' {
					k = RParen
				}
				if !yield(Token{k, string(c), start}) {
					return
				}
			default:
				i++
				if !yield(Token{Op, string(c), start}) {
					return
				}
			}
		}
		yield(Token{EOF, "", len(src)})
	}
}

//cell

type Env map[string]float64

type Expr interface {
	Eval(env Env) (float64, error)
	String() string
}

type NumLit float64
type VarRef string
type Binary struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n NumLit) Eval(Env) (float64, error) { return float64(n), nil }
func (n NumLit) String() string            { return strconv.FormatFloat(float64(n), 'g', -1, 64) }

func (v VarRef) Eval(env Env) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %q", string(v))
	}
	return x, nil
}
func (v VarRef) String() string { return string(v) }

func (b *Binary) Eval(env Env) (float64, error) {
	l, errL := b.L.Eval(env)
	r, errR := b.R.Eval(env)
	if err := errors.Join(errL, errR); err != nil {
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
			return 0, errors.New("division by zero in " + b.String())
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad operator %c", b.Op)
}
func (b *Binary) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env Env) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

//cell

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

type parser struct {
	next func() (Token, bool)
	tok  Token
	errs []error
}

func (p *parser) advance() {
	if t, ok := p.next(); ok {
		p.tok = t
	}
}

func (p *parser) fail(msg string) { p.errs = append(p.errs, &ParseError{p.tok.Pos, msg}) }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/":
		return 2
	}
	return 0
}

func (p *parser) primary() Expr {
	t := p.tok
	switch t.Kind {
	case Num:
		p.advance()
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			p.fail("bad number " + t.Text)
		}
		return NumLit(f)
	case Ident:
		p.advance()
		return VarRef(t.Text)
	case LParen:
		p.advance()
		e := p.expr(1)
		if p.tok.Kind != RParen {
			p.fail("missing )")
		} else {
			p.advance()
		}
		return e
	case Op:
		if t.Text == "-" {
			p.advance()
			return Neg{p.primary()}
		}
	}
	p.fail("unexpected " + t.Kind.String() + " " + strconv.Quote(t.Text))
	p.advance()
	return NumLit(0)
}

func (p *parser) expr(min int) Expr {
	left := p.primary()
	for p.tok.Kind == Op && prec(p.tok.Text) >= min {
		op := p.tok.Text
		p.advance()
		right := p.expr(prec(op) + 1)
		left = &Binary{op[0], left, right}
	}
	return left
}

func Parse(src string) (Expr, error) {
	next, stop := iter.Pull(Lex(src))
	defer stop()
	p := &parser{next: next}
	p.advance()
	e := p.expr(1)
	if p.tok.Kind != EOF {
		p.fail("trailing " + p.tok.Text)
	}
	return e, errors.Join(p.errs...)
}

func Walk(e Expr) iter.Seq[Expr] {
	return func(yield func(Expr) bool) {
		var rec func(Expr) bool
		rec = func(e Expr) bool {
			if !yield(e) {
				return false
			}
			switch n := e.(type) {
			case *Binary:
				return rec(n.L) && rec(n.R)
			case Neg:
				return rec(n.X)
			}
			return true
		}
		rec(e)
	}
}

//cell

func main() {
	var toks []string
	for t := range Lex("rate*(x + 2.5)") {
		toks = append(toks, t.Kind.String()+":"+t.Text)
	}
	fmt.Println(strings.Join(toks, " "))
	env := Env{"x": 1.5, "rate": 4, "n": 0}
	for _, src := range []string{"1 + 2 * 3", "rate*(x + 2.5)", "-(x - 4) / 2", "10 / n", "y + 1", "2 * (3 + ", "4 $ 4", "1 2"} {
		e, err := Parse(src)
		if err != nil {
			fmt.Printf("%-16s parse error: %v\n", src, strings.ReplaceAll(err.Error(), "\n", "; "))
			var pe *ParseError
			if errors.As(err, &pe) {
				fmt.Println("  first at", pe.Pos)
			}
			continue
		}
		v, err := e.Eval(env)
		fmt.Printf("%-16s %-22v = %v err=%v\n", src, e, v, err)
	}
	e, _ := Parse("a*b + a*c - -d")
	vars := map[string]int{}
	nodes := 0
	for n := range Walk(e) {
		nodes++
		if v, ok := n.(VarRef); ok {
			vars[string(v)]++
		}
	}
	fmt.Println(e, nodes, slices.Sorted(maps.Keys(vars)), vars["a"])
	for n := range Walk(e) {
		if b, ok := n.(*Binary); ok && b.Op == '*' {
			fmt.Println("first product:", b)
			break
		}
	}
}
