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
	depth := 0
	var last token.Token
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue
		}
		last = tok
	}
	if unterminated {
		return "incomplete", ""
	}
	if depth < 0 {
		return "invalid", ""
	}
	if depth > 0 {
		return "incomplete", strings.Repeat("\t", depth)
	}
	switch {
	case last.IsOperator() && last != token.RPAREN && last != token.RBRACE && last != token.RBRACK &&
		last != token.INC && last != token.DEC && last != token.SEMICOLON:
		return "incomplete", ""
	}
	if _, err := Split(code, 0); err != nil {
		return "invalid", ""
	}
	return "complete", ""
}
