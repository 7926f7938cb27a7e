//go:build ignore

// A lexer driven by state functions, as in Rob Pike's talk: a state is
// a function of a recursive function type (type stateFn func(*lexer)
// stateFn) returning the next state, emitting tokens of a cell type
// with a Stringer kind.
package main

import (
	"fmt"
	"unicode"
)

//cell

type TokenKind int

const (
	Number TokenKind = iota
	Ident
	Op
)

func (k TokenKind) String() string { return [...]string{"Number", "Ident", "Op"}[k] }

type Token struct {
	Kind TokenKind
	Text string
}

type lexer struct {
	input  string
	start  int
	pos    int
	tokens []Token
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(k TokenKind) {
	l.tokens = append(l.tokens, Token{k, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	l.start = l.pos
	if l.pos >= len(l.input) {
		return nil
	}
	c := rune(l.input[l.pos])
	switch {
	case unicode.IsDigit(c):
		return lexNumber
	case unicode.IsLetter(c):
		return lexIdent
	}
	l.pos++
	l.emit(Op)
	return lexAny
}

func lexNumber(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit(Number)
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsLetter(rune(l.input[l.pos])) || unicode.IsDigit(rune(l.input[l.pos]))) {
		l.pos++
	}
	l.emit(Ident)
	return lexAny
}

func lex(s string) []Token {
	l := &lexer{input: s}
	for state := stateFn(lexAny); state != nil; {
		state = state(l)
	}
	return l.tokens
}

//cell

func main() {
	for _, t := range lex("x1 = 42+ foo*7") {
		fmt.Printf("%v(%q) ", t.Kind, t.Text)
	}
	fmt.Println()
	fmt.Printf("%v\n", lex("a+b"))
}
