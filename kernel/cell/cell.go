// Package cell is the front end for notebook cells: it splits a cell written
// as a Go programmer writes it — imports, declarations and statements mixed —
// into the parts yaegi can evaluate one after the other, keeping every line
// and column where the user wrote it so that errors point into the cell.
//
// yaegi evaluates either declarations or statements in one Eval (the first
// token decides), rejects a repeated import, re-runs func main on every Eval
// and keeps stale callers of a redefined function. The Split result carries
// what the session needs to work around each of these.
package cell

import (
	"fmt"
	"go/scanner"
	"go/token"
	"strings"
)

// Parsed is a split cell.
type Parsed struct {
	Decls []*Decl // in source order
	// Stmts is the cell with declarations blanked, or "" when the cell has
	// no statements. A var declaration after the cell's first statement
	// is one of its statements, as in Go's main, not one of Decls.
	Stmts string
	// StmtNames are names the statements assign or declare at top level
	// (x := ..., x = ..., var x ...).
	StmtNames []string
	// StmtTypes guesses the named type of variables the statements set
	// from composite literals (x := T{...} or &T{...}), for completion.
	StmtTypes map[string]string
	// StmtFuncArgs are the FuncArgs of the statements (offsets in Stmts).
	StmtFuncArgs []FuncArg
	// StmtStarts are the byte offsets (in Stmts) where top-level statements
	// start, in order.
	StmtStarts []int
	// StmtDefers are the byte offsets of top-level defer statements, which
	// yaegi v0.16.1 runs twice at the end of the cell and again after every
	// later one.
	StmtDefers []int
	// StmtBlocks are the byte ranges (in Stmts) of top-level statements
	// with blocks: for, if, switch, select, {...}. yaegi v0.16.1 mishandles
	// variables declared inside blocks at top level (#1053: "undefined: r"
	// for r, _ := f() in a loop body; j := j never ends), so the session
	// runs each of them inside (func() { ... })().
	StmtBlocks [][2]int
	// StmtFuncLits are the byte ranges of top-level expression statements
	// that start with a function literal (func() { ... }()). The session
	// puts them in parentheses: yaegi v0.16.1 takes statements that start
	// with "func" for declarations and runs them again on every later
	// evaluation.
	StmtFuncLits [][2]int
	// StmtDisplayCalls are the calls pkg.Display(x) in top-level statements.
	StmtDisplayCalls []DisplayCall
	Trailing         *Trailing
	// HasMain is set when the cell declares func main; it has been renamed
	// to MainName in its Decl so it runs once, at the end of the cell.
	HasMain bool
	// Src is the cell's text as split (a package clause blanked), and
	// Count its number.
	Src   string
	Count int
}

// MainName is what func main of a cell is renamed to: the same length, so
// columns stay right, and not a name yaegi runs on every evaluation.
const MainName = "_ain"

// Error is a syntax error at a position in the cell.
type Error struct {
	Line, Col int
	Msg       string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

// span is a region of the cell, in byte offsets.
type span struct {
	start, end int
	decl       bool
	tok        token.Token // first token
}

// Split parses src, the text of cell number count.
func Split(src string, count int) (*Parsed, error) {
	src = BlankPackageClause(src)
	spans, err := topLevel(src)
	if err != nil {
		return nil, err
	}
	p := &Parsed{Src: src, Count: count}
	var stmtSpans []span
	for _, sp := range spans {
		if sp.decl && sp.tok == token.VAR && len(stmtSpans) > 0 {
			// a var after a statement is the statement it is in Go's
			// main, run in its place: its initializer sees what the
			// statements before it did (the checker makes its
			// variables notebook variables, as those of :=)
			sp.decl = false
		}
		if !sp.decl {
			stmtSpans = append(stmtSpans, sp)
			continue
		}
		ds, err := parseDecl(src, sp, count)
		if err != nil {
			return nil, err
		}
		for _, d := range ds {
			if d.Kind == Func && d.Names[0] == "main" {
				p.HasMain = true
				d.Names[0] = MainName
				d.Src = renameMain(d.Src)
			}
		}
		p.Decls = append(p.Decls, ds...)
	}
	if len(stmtSpans) > 0 {
		p.Stmts = keep(src, stmtSpans)
		if err := p.analyzeStmts(); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// renameMain renames the first "func main" in src.
func renameMain(src string) string {
	i := strings.Index(src, "main")
	// the decl source holds only this declaration, whose name follows "func"
	for i >= 0 {
		before := strings.TrimRight(src[:i], " \t")
		if strings.HasSuffix(before, "func") {
			return src[:i] + MainName + src[i+4:]
		}
		j := strings.Index(src[i+4:], "main")
		if j < 0 {
			break
		}
		i += 4 + j
	}
	return src
}

// BlankPackageClause blanks a leading "package x" (spaces in its place,
// lines kept) so whole Go files can be pasted into a cell.
func BlankPackageClause(src string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	s.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, scanner.ScanComments)
	for {
		pos, tok, _ := s.Scan()
		if tok == token.COMMENT {
			continue
		}
		if tok != token.PACKAGE {
			return src
		}
		start := fset.Position(pos).Offset
		_, tok2, _ := s.Scan()
		if tok2 != token.IDENT {
			return src
		}
		pos3, _, _ := s.Scan() // ';' (auto-inserted at newline) or EOF
		end := fset.Position(pos3).Offset
		if end > len(src) || end < start {
			end = len(src)
		}
		return src[:start] + Blank(src[start:end]) + src[end:]
	}
}

// Blank replaces every byte of s but newlines with a space, so that byte
// offsets (and go/token columns, which count bytes) stay the same.
func Blank(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}

// keep returns src with everything outside spans blanked.
func keep(src string, spans []span) string {
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(Blank(src[last:sp.start]))
		b.WriteString(src[sp.start:sp.end])
		last = sp.end
	}
	b.WriteString(Blank(src[last:]))
	return b.String()
}

// topLevel scans src into top-level statements and declarations.
func topLevel(src string) ([]span, error) {
	fset := token.NewFileSet()
	file := fset.AddFile("cell", -1, len(src))
	var errs scanner.ErrorList
	var s scanner.Scanner
	s.Init(file, []byte(src), func(pos token.Position, msg string) { errs.Add(pos, msg) }, scanner.ScanComments)
	type tk struct {
		off int
		tok token.Token
		lit string
	}
	var toks []tk
	// lead[i] is the offset of the comment block right before toks[i],
	// which belongs to the declaration it documents.
	lead := map[int]int{}
	pending := -1
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.COMMENT {
			if pending < 0 {
				pending = file.Offset(pos)
			}
			continue
		}
		if pending >= 0 && tok != token.SEMICOLON {
			lead[len(toks)] = pending
			pending = -1
		}
		toks = append(toks, tk{file.Offset(pos), tok, lit})
	}
	if len(errs) > 0 {
		e := errs[0]
		return nil, &Error{Line: e.Pos.Line, Col: e.Pos.Column, Msg: syntaxMsg(e.Msg)}
	}
	var spans []span
	depth := 0
	start := -1
	// inHeader is set in the header of a for statement, whose semicolons
	// do not end it (for at := p; ; { ... } has two in a row)
	inHeader := false
	// litBrace is set while a brace opened at depth 0 in a for header is
	// open: the body's, or a composite literal's of the init statement
	// (for xs := []int{3, 1}; ; { ... }), which an explicit semicolon
	// right after its closing brace tells
	litBrace := false
	semis := 0 // the header's semicolons so far
	for i, t := range toks {
		if start < 0 {
			if t.tok == token.SEMICOLON {
				continue
			}
			start = i
			inHeader = t.tok == token.FOR ||
				t.tok == token.IDENT && i+2 < len(toks) && toks[i+1].tok == token.COLON && toks[i+2].tok == token.FOR
			litBrace, semis = false, 0
		}
		switch t.tok {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			if t.tok == token.LBRACE && depth == 0 && inHeader {
				inHeader = false // the body
				litBrace = semis < 2
			}
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
			if depth == 0 && litBrace {
				litBrace = false
				if i+1 < len(toks) && toks[i+1].tok == token.SEMICOLON && toks[i+1].lit == ";" {
					inHeader = true // a composite literal's: the header goes on
				}
			}
		case token.SEMICOLON:
			if inHeader && depth == 0 {
				semis++
			}
		}
		endHere := depth <= 0 && t.tok == token.SEMICOLON && !inHeader
		if endHere || i == len(toks)-1 {
			end := len(src)
			if endHere {
				end = t.off
				if t.lit == ";" {
					end++
				}
			}
			first := toks[start]
			sp := span{start: first.off, end: end, tok: first.tok}
			sp.decl = isDecl(toks[start:], func(j int) token.Token { return toks[start+j].tok })
			if c, ok := lead[start]; ok && sp.decl {
				sp.start = c
			}
			spans = append(spans, sp)
			start = -1
			depth = 0
		}
	}
	return spans, nil
}

// isDecl reports whether the tokens starting a top-level element begin a
// declaration (as opposed to a statement such as func(){...}()).
func isDecl[T any](toks []T, at func(int) token.Token) bool {
	switch at(0) {
	case token.IMPORT, token.TYPE, token.CONST, token.VAR:
		return true
	case token.FUNC:
		if len(toks) < 2 {
			return false
		}
		switch at(1) {
		case token.IDENT:
			return true
		case token.LPAREN: // receiver, or a function literal's parameters
			d := 0
			for j := 1; j < len(toks); j++ {
				switch at(j) {
				case token.LPAREN:
					d++
				case token.RPAREN:
					d--
					if d == 0 {
						return j+2 < len(toks) && at(j+1) == token.IDENT &&
							(at(j+2) == token.LPAREN || at(j+2) == token.LBRACK)
					}
				}
			}
		}
	}
	return false
}

func lineOf(src string, off int) int { return strings.Count(src[:off], "\n") + 1 }

// shiftErr converts a parser error on "package main;"+cell into an *Error
// in cell coordinates.
func shiftErr(err error) error {
	if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
		e := list[0]
		col := e.Pos.Column
		if e.Pos.Line == 1 {
			col -= len("package main;")
		}
		return &Error{Line: e.Pos.Line, Col: col, Msg: syntaxMsg(e.Msg)}
	}
	return err
}

// syntaxMsg words go/parser's message msg as go build does ("syntax
// error: ..."); an expression list as a statement (a, b), which a
// notebook user may write to see two values, gets go build's message and
// what to write instead.
func syntaxMsg(msg string) string {
	if msg == "expected 1 expression" {
		return "syntax error: unexpected newline, expected := or = or comma (a cell shows one value: fmt.Println(a, b) prints several)"
	}
	return "syntax error: " + msg
}
