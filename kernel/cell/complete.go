package cell

import (
	"go/scanner"
	"go/token"
	"strings"
)

// Completeness answers is_complete_request for Go code: "complete" when
// the code can run as it is, "incomplete" (with the indent for the next
// line) when brackets, a raw string or a trailing operator show that more
// is coming, "invalid" when it cannot become valid by adding lines.
func Completeness(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(code))
	var s scanner.Scanner
	unterminated := false
	s.Init(file, []byte(code), func(pos token.Position, msg string) {
		if strings.Contains(msg, "raw string literal not terminated") || strings.Contains(msg, "comment not terminated") {
			unterminated = true
		}
	}, 0)
	// the closing brackets the code owes, innermost last: a closing
	// bracket that is not the one owed can never be mended by more lines
	var open []token.Token
	closer := map[token.Token]token.Token{token.LBRACE: token.RBRACE, token.LPAREN: token.RPAREN, token.LBRACK: token.RBRACK}
	var last token.Token
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			open = append(open, closer[tok])
		case token.RBRACE, token.RPAREN, token.RBRACK:
			if len(open) == 0 || open[len(open)-1] != tok {
				return "invalid", ""
			}
			open = open[:len(open)-1]
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		last = tok
	}
	if unterminated {
		return "incomplete", ""
	}
	if depth := len(open); depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	switch {
	case last.IsOperator() && last != token.RPAREN && last != token.RBRACE && last != token.RBRACK &&
		last != token.INC && last != token.DEC && last != token.SEMICOLON:
		return "incomplete", ""
	case last.IsKeyword() && last != token.BREAK && last != token.CONTINUE && last != token.FALLTHROUGH && last != token.RETURN:
		// else, func, go, defer, if, for, ...: more must follow
		return "incomplete", ""
	}
	if _, err := Split(code, 0); err != nil {
		return "invalid", ""
	}
	return "complete", ""
}
