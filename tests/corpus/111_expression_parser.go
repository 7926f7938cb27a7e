//go:build ignore

// A recursive-descent parser and evaluator for arithmetic, with errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

type parser struct {
	toks []string
	pos  int
}

var ErrSyntax = errors.New("syntax error")

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && (unicode.IsDigit(rune(s[j])) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		case c == '+' || c == '-' || c == '*' || c == '/' || c == '(' || c == ')':
			toks = append(toks, string(c))
			i++
		default:
			return nil, fmt.Errorf("%w: unexpected %q at %d", ErrSyntax, c, i)
		}
	}
	return toks, nil
}

//cell

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.next()
		var r float64
		r, err = p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v, err
}

func (p *parser) term() (float64, error) {
	v, err := p.factor()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.next()
		var r float64
		r, err = p.factor()
		if err != nil {
			break
		}
		if op == "*" {
			v *= r
		} else if r == 0 {
			return 0, errors.New("division by zero")
		} else {
			v /= r
		}
	}
	return v, err
}

func (p *parser) factor() (float64, error) {
	t := p.next()
	switch {
	case t == "(":
		v, err := p.expr()
		if err != nil {
			return 0, err
		}
		if p.next() != ")" {
			return 0, fmt.Errorf("%w: missing )", ErrSyntax)
		}
		return v, nil
	case t == "-":
		v, err := p.factor()
		return -v, err
	case t == "":
		return 0, fmt.Errorf("%w: unexpected end", ErrSyntax)
	}
	return strconv.ParseFloat(t, 64)
}

//cell

func eval(s string) (float64, error) {
	toks, err := tokenize(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	v, err := p.expr()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("%w: trailing %q", ErrSyntax, p.peek())
	}
	return v, err
}

func main() {
	for _, s := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3", "7 / 0", "1 $ 2", "3 4", "1.5*4"} {
		v, err := eval(s)
		fmt.Printf("%-12s = %v, err=%v, syntax=%v\n", s, v, err, errors.Is(err, ErrSyntax))
	}
}
