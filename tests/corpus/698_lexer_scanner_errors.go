//go:build ignore

// A tiny config language: a hand-written lexer over runes with a state
// switch, bufio.Scanner with ScanWords and ScanRunes splits, position-
// carrying errors (pointer receiver, errors.As, errors.Join of all
// problems), method expressions over the lexer, and a report of the
// tokens with %v, %q and %-*s.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	Ident Kind = iota
	Number
	String
	Punct
	EOF
)

var kindNames = map[Kind]string{Ident: "ident", Number: "number", String: "string", Punct: "punct", EOF: "eof"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

type PosError struct {
	Line, Col int
	Msg       string
}

func (e *PosError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

type Lexer struct {
	src       []rune
	i         int
	line, col int
	errs      []error
}

func NewLexer(s string) *Lexer { return &Lexer{src: []rune(s), line: 1, col: 1} }

//cell

func (l *Lexer) peek() rune {
	if l.i >= len(l.src) {
		return 0
	}
	return l.src[l.i]
}

func (l *Lexer) advance() rune {
	r := l.src[l.i]
	l.i++
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *Lexer) Next() Token {
	for unicode.IsSpace(l.peek()) {
		l.advance()
	}
	line, col := l.line, l.col
	var b strings.Builder
	switch r := l.peek(); {
	case r == 0:
		return Token{EOF, "", line, col}
	case unicode.IsLetter(r) || r == '_':
		for unicode.IsLetter(l.peek()) || unicode.IsDigit(l.peek()) || l.peek() == '_' {
			b.WriteRune(l.advance())
		}
		return Token{Ident, b.String(), line, col}
	case unicode.IsDigit(r):
		for unicode.IsDigit(l.peek()) || l.peek() == '.' {
			b.WriteRune(l.advance())
		}
		if _, err := strconv.ParseFloat(b.String(), 64); err != nil {
			l.errs = append(l.errs, &PosError{line, col, fmt.Sprintf("bad number %q", b.String())})
		}
		return Token{Number, b.String(), line, col}
	case r == '"':
		l.advance()
		for l.peek() != '"' {
			if l.peek() == 0 || l.peek() == '\n' {
				l.errs = append(l.errs, &PosError{line, col, "unterminated string"})
				return Token{String, b.String(), line, col}
			}
			b.WriteRune(l.advance())
		}
		l.advance()
		return Token{String, b.String(), line, col}
	default:
		l.advance()
		if !strings.ContainsRune("=;{}[],", r) {
			l.errs = append(l.errs, &PosError{line, col, fmt.Sprintf("unexpected %q", r)})
		}
		return Token{Punct, string(r), line, col}
	}
}

func (l *Lexer) All() []Token {
	var ts []Token
	for t := l.Next(); t.Kind != EOF; t = l.Next() {
		ts = append(ts, t)
	}
	return ts
}

func (l *Lexer) Err() error { return errors.Join(l.errs...) }

//cell

const conf = `name = "gofutures";
version = 1.26;
ports = [8888, 8889];
bad = 1.2.3 @ "open
ünï = 7;`

func main() {
	lx := NewLexer(conf)
	toks := lx.All()
	width := 0
	for _, t := range toks {
		width = max(width, len(t.Text))
	}
	counts := map[Kind]int{}
	for i, t := range toks {
		counts[t.Kind]++
		if i < 8 || t.Line >= 4 {
			fmt.Printf("%2d:%-2d %-6v %-*s|%q\n", t.Line, t.Col, t.Kind, width, t.Text, t.Text)
		}
	}
	fmt.Println(counts)
	err := lx.Err()
	fmt.Println(err)
	var pe *PosError
	if errors.As(err, &pe) {
		fmt.Printf("first: line %d col %d %q\n", pe.Line, pe.Col, pe.Msg)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			fmt.Printf("  %T %v\n", e, e)
		}
	}
	next := (*Lexer).Next
	l2 := NewLexer("a=1;")
	fmt.Printf("%+v %v\n", next(l2), next(l2))
	all := l2.All
	fmt.Println(all(), l2.Err() == nil)
	sc := bufio.NewScanner(strings.NewReader(conf))
	sc.Split(bufio.ScanWords)
	n := 0
	var longest string
	for sc.Scan() {
		n++
		if len(sc.Text()) > len(longest) {
			longest = sc.Text()
		}
	}
	fmt.Println(n, longest)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Printf("%q %d\n", runes, len(runes))
}
