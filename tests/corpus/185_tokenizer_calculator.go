//go:build ignore

// A tokenizer and calculator over runes: a token kind enum with String,
// a scanner struct with methods that peek and advance, unicode classes,
// strconv for numbers, a recursive-descent evaluator with precedence,
// errors that carry the position, and a switch with fallthrough.
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
)

var kindNames = [...]string{"EOF", "Num", "Ident", "Op", "(", ")"}

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

func (e *SyntaxError) Error() string { return fmt.Sprintf("col %d: %s", e.Pos+1, e.Msg) }

//cell

type Lexer struct {
	src []rune
	pos int
}

func (l *Lexer) peek() rune {
	if l.pos >= len(l.src) {
		return 0
	}
	return l.src[l.pos]
}

func (l *Lexer) Next() (Token, error) {
	for unicode.IsSpace(l.peek()) {
		l.pos++
	}
	start := l.pos
	r := l.peek()
	switch {
	case r == 0:
		return Token{EOF, "", start}, nil
	case unicode.IsDigit(r) || r == '.':
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			l.pos++
		}
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			l.pos++
		}
		return Token{Ident, string(l.src[start:l.pos]), start}, nil
	case strings.ContainsRune("+-*/^%", r):
		l.pos++
		return Token{Op, string(r), start}, nil
	case r == '(' || r == ')':
		l.pos++
		k := LParen
		if r == ')' {
			k = RParen
		}
		return Token{k, string(r), start}, nil
	default:
		return Token{}, &SyntaxError{start, fmt.Sprintf("unexpected %q", r)}
	}
	return Token{Num, string(l.src[start:l.pos]), start}, nil
}

func Tokenize(s string) ([]Token, error) {
	l := &Lexer{src: []rune(s)}
	var out []Token
	for {
		t, err := l.Next()
		if err != nil {
			return out, err
		}
		out = append(out, t)
		if t.Kind == EOF {
			return out, nil
		}
	}
}

//cell

type Parser struct {
	toks []Token
	i    int
	vars map[string]float64
}

func (p *Parser) cur() Token { return p.toks[p.i] }

func precedence(op string) int {
	switch op {
	case "^":
		return 3
	case "*", "/", "%":
		return 2
	case "+", "-":
		return 1
	}
	return 0
}

func (p *Parser) primary() (float64, error) {
	t := p.cur()
	p.i++
	switch t.Kind {
	case Num:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			return 0, &SyntaxError{t.Pos, "bad number " + t.Text}
		}
		return v, nil
	case Ident:
		v, ok := p.vars[t.Text]
		if !ok {
			return 0, &SyntaxError{t.Pos, "unknown name " + t.Text}
		}
		return v, nil
	case Op:
		if t.Text == "-" {
			v, err := p.primary()
			return -v, err
		}
	case LParen:
		v, err := p.expr(1)
		if err != nil {
			return 0, err
		}
		if p.cur().Kind != RParen {
			return 0, &SyntaxError{p.cur().Pos, "missing )"}
		}
		p.i++
		return v, nil
	}
	return 0, &SyntaxError{t.Pos, fmt.Sprintf("unexpected %v %q", t.Kind, t.Text)}
}

func (p *Parser) expr(minPrec int) (float64, error) {
	lhs, err := p.primary()
	if err != nil {
		return 0, err
	}
	for {
		t := p.cur()
		prec := precedence(t.Text)
		if t.Kind != Op || prec < minPrec {
			return lhs, nil
		}
		p.i++
		next := prec + 1
		if t.Text == "^" {
			next = prec
		}
		rhs, err := p.expr(next)
		if err != nil {
			return 0, err
		}
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			if rhs == 0 {
				return 0, &SyntaxError{t.Pos, "division by zero"}
			}
			lhs /= rhs
		case "%":
			lhs = math.Mod(lhs, rhs)
		case "^":
			lhs = math.Pow(lhs, rhs)
		}
	}
}

func Eval(s string, vars map[string]float64) (float64, error) {
	toks, err := Tokenize(s)
	if err != nil {
		return 0, fmt.Errorf("tokenize: %w", err)
	}
	p := &Parser{toks: toks, vars: vars}
	v, err := p.expr(1)
	if err == nil && p.cur().Kind != EOF {
		err = &SyntaxError{p.cur().Pos, "trailing " + p.cur().Text}
	}
	if err != nil {
		return 0, fmt.Errorf("eval %q: %w", s, err)
	}
	return v, nil
}

//cell

func describe(r rune) string {
	var kinds []string
	switch {
	case unicode.IsUpper(r):
		kinds = append(kinds, "upper")
		fallthrough
	case unicode.IsLetter(r):
		kinds = append(kinds, "letter")
	case unicode.IsDigit(r):
		kinds = append(kinds, "digit")
		fallthrough
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		kinds = append(kinds, "sym-or-digit")
	default:
		kinds = append(kinds, "other")
	}
	return strings.Join(kinds, "+")
}

func main() {
	toks, err := Tokenize("2*(x + 3.5) ^ 2")
	fmt.Println(toks, err)
	fmt.Printf("%v|%+v|%d\n", toks[1], toks[2], toks[0].Kind)
	vars := map[string]float64{"x": 1.5, "pi": math.Pi, "big": 1e300}
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 4", "10 % 4 - 7 / 2", "2 * pi", "big * big", "1 / 0", "3 + ", "4 $ 4", "y + 1", "(1 + 2", "1 2", "1.2.3"} {
		v, err := Eval(s, vars)
		var se *SyntaxError
		switch {
		case errors.As(err, &se):
			fmt.Printf("%-16q error at %d: %v\n", s, se.Pos, err)
		case err != nil:
			fmt.Printf("%-16q %v\n", s, err)
		default:
			fmt.Printf("%-16q = %g\n", s, v)
		}
	}
	for _, r := range "Aa7%é ," {
		fmt.Printf("%q:%s ", r, describe(r))
	}
	fmt.Println()
}
