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
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"sort"
	"strings"
)

// DeclKind classifies a top-level declaration.
type DeclKind string

// Kinds of declarations.
const (
	Import DeclKind = "import"
	Const  DeclKind = "const"
	Var    DeclKind = "var"
	Type   DeclKind = "type"
	Func   DeclKind = "func"
	Method DeclKind = "method"
)

// Decl is one top-level declaration of a cell. Src is the whole cell with
// everything but this declaration blanked (newlines kept), so positions in
// yaegi's messages are positions in the cell.
type Decl struct {
	Kind  DeclKind `json:"kind"`
	Names []string `json:"names"` // declared names; methods are "Type.Method"
	Src   string   `json:"src"`
	Cell  int      `json:"cell"` // execution count of the cell that declared it
	Refs  []string `json:"refs"` // identifiers the declaration mentions
	// ImportPath and ImportName are set for imports.
	ImportPath string `json:"import_path,omitempty"`
	ImportName string `json:"import_name,omitempty"`
	Doc        string `json:"doc,omitempty"`
	// FuncArgs are identifiers passed as the function of an executor
	// call inside this declaration (offsets in Src).
	FuncArgs []FuncArg `json:"func_args,omitempty"`
	// Orig is the declaration as the user wrote it when Src is what the
	// session made of it for the interpreter (kernel/check's lowering).
	Orig string `json:"orig,omitempty"`
}

// Source returns the declaration as the user wrote it: Orig, or Src.
func (d *Decl) Source() string {
	if d.Orig != "" {
		return d.Orig
	}
	return d.Src
}

// FuncArg is an identifier passed where an executor expects a function:
// the first argument of a call of a method named Submit, Map or MapIter,
// or of WithInitializer. If it names a notebook function, the session
// passes the function's name along with it, so that a process pool can
// find the same function in its workers.
type FuncArg struct {
	Name  string `json:"name"`
	Start int    `json:"start"` // byte offsets of the identifier
	End   int    `json:"end"`
}

// DisplayCall is a call pkg.Display(arg) with one argument. If pkg is the
// display package, the session routes it through interpreted code that
// sees the methods of cell-declared types.
type DisplayCall struct {
	Pkg      string `json:"pkg"`
	Stmt     int    `json:"stmt"`      // start of the top-level statement holding the call
	Start    int    `json:"start"`     // of the call
	ArgStart int    `json:"arg_start"` // of its argument
	ArgEnd   int    `json:"arg_end"`
	End      int    `json:"end"` // of the call
}

// displayCalls finds the DisplayCalls in the top-level statement st, not
// inside function literals; offsets are shifted by -shift.
func displayCalls(fset *token.FileSet, st ast.Stmt, shift int) []DisplayCall {
	var out []DisplayCall
	off := func(p token.Pos) int { return fset.Position(p).Offset - shift }
	switch st.(type) {
	case *ast.ExprStmt, *ast.AssignStmt:
	default:
		return nil // the temporary goes in front of the statement: not into blocks
	}
	ast.Inspect(st, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() {
			return true
		}
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Display" {
			if pkg, ok := sel.X.(*ast.Ident); ok {
				out = append(out, DisplayCall{Pkg: pkg.Name, Stmt: off(st.Pos()), Start: off(call.Pos()),
					ArgStart: off(call.Args[0].Pos()), ArgEnd: off(call.Args[0].End()), End: off(call.End())})
			}
		}
		return true
	})
	return out
}

// funcArgCallees are the calls whose first argument is a task function.
var funcArgCallees = map[string]bool{"Submit": true, "Map": true, "MapIter": true, "WithInitializer": true,
	"WithProcessInitializer": true}

// funcArgs finds FuncArgs in n; offsets are shifted by -shift.
func funcArgs(fset *token.FileSet, n ast.Node, shift int) []FuncArg {
	var out []FuncArg
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 {
			return true
		}
		var name string
		switch f := call.Fun.(type) {
		case *ast.SelectorExpr:
			name = f.Sel.Name
		case *ast.Ident:
			name = f.Name
		}
		if !funcArgCallees[name] {
			return true
		}
		if id, ok := call.Args[0].(*ast.Ident); ok {
			out = append(out, FuncArg{Name: id.Name,
				Start: fset.Position(id.Pos()).Offset - shift, End: fset.Position(id.End()).Offset - shift})
		}
		return true
	})
	return out
}

// Key identifies what a declaration defines, for replacement in a log.
func (d *Decl) Key() string { return string(d.Kind) + " " + strings.Join(d.Names, ",") }

// Trailing describes a cell's last statement when it is an expression whose
// value the notebook shows.
type Trailing struct {
	// Callee is the source of the called function when the expression is
	// a call of an identifier or selector (e.g. "fmt.Println"); the session
	// shows the value only if that function returns exactly one value.
	Callee string
	// IsCall is set for any call expression (including builtins and
	// conversions, which have no simple callee).
	IsCall bool
	// Start and End are the byte offsets of the expression in Stmts.
	Start, End int
}

// Parsed is a split cell.
type Parsed struct {
	Decls []*Decl // in source order
	// Stmts is the cell with declarations blanked, or "" when the cell has
	// no statements.
	Stmts string
	// StmtNames are names the statements assign at top level (x := ..., x = ...).
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
	src = blankPackageClause(src)
	spans, err := topLevel(src)
	if err != nil {
		return nil, err
	}
	p := &Parsed{}
	var stmtSpans []span
	for _, sp := range spans {
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

// blankPackageClause removes a leading "package x" so whole Go files can be
// pasted into a cell.
func blankPackageClause(src string) string {
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
		return src[:start] + blank(src[start:end]) + src[end:]
	}
}

// blank replaces every byte of s but newlines with a space, so that byte
// offsets (and go/token columns, which count bytes) stay the same.
func blank(s string) string {
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
		b.WriteString(blank(src[last:sp.start]))
		b.WriteString(src[sp.start:sp.end])
		last = sp.end
	}
	b.WriteString(blank(src[last:]))
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
		return nil, &Error{Line: e.Pos.Line, Col: e.Pos.Column, Msg: e.Msg}
	}
	var spans []span
	depth := 0
	start := -1
	for i, t := range toks {
		if start < 0 {
			if t.tok == token.SEMICOLON {
				continue
			}
			start = i
		}
		switch t.tok {
		case token.LBRACE, token.LPAREN, token.LBRACK:
			depth++
		case token.RBRACE, token.RPAREN, token.RBRACK:
			depth--
		}
		endHere := depth <= 0 && t.tok == token.SEMICOLON
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

// parseDecl parses one declaration span into Decls (a grouped import or a
// var block yields one Decl per spec for imports, one per group otherwise).
func parseDecl(src string, sp span, count int) ([]*Decl, error) {
	text := keep(src, []span{sp})
	fset := token.NewFileSet()
	// The package clause goes on a line of its own in front, so lines shift
	// by one; fix positions in errors by subtracting it.
	f, err := parser.ParseFile(fset, "cell", "package main;"+text, parser.ParseComments)
	if err != nil {
		return nil, shiftErr(err)
	}
	if len(f.Decls) != 1 {
		return nil, &Error{Line: lineOf(src, sp.start), Col: 1, Msg: "expected one declaration"}
	}
	refs := identRefs(f.Decls[0])
	fargs := funcArgs(fset, f.Decls[0], len("package main;"))
	switch d := f.Decls[0].(type) {
	case *ast.FuncDecl:
		decl := &Decl{Kind: Func, Names: []string{d.Name.Name}, Src: text, Cell: count, Refs: refs, FuncArgs: fargs}
		if d.Doc != nil {
			decl.Doc = d.Doc.Text()
		}
		if d.Recv != nil && len(d.Recv.List) == 1 {
			decl.Kind = Method
			decl.Names = []string{recvType(d.Recv.List[0].Type) + "." + d.Name.Name}
		}
		return []*Decl{decl}, nil
	case *ast.GenDecl:
		if d.Tok == token.IMPORT {
			var out []*Decl
			for _, s := range d.Specs {
				is := s.(*ast.ImportSpec)
				path := strings.Trim(is.Path.Value, "\"`")
				name := path[strings.LastIndex(path, "/")+1:]
				if is.Name != nil {
					name = is.Name.Name
				}
				start := fset.Position(is.Pos()).Offset - len("package main;")
				end := fset.Position(is.End()).Offset - len("package main;")
				spec := keep(src, []span{{start: start, end: end}})
				// re-add the keyword in front of the spec, keeping columns
				spec = withImportKeyword(spec, start)
				out = append(out, &Decl{Kind: Import, Names: []string{name}, Src: spec, Cell: count, ImportPath: path, ImportName: name})
			}
			return out, nil
		}
		decl := &Decl{Src: text, Cell: count, Refs: refs, FuncArgs: fargs}
		switch d.Tok {
		case token.CONST:
			decl.Kind = Const
		case token.VAR:
			decl.Kind = Var
		case token.TYPE:
			decl.Kind = Type
		}
		if d.Doc != nil {
			decl.Doc = d.Doc.Text()
		}
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.ValueSpec:
				for _, n := range s.Names {
					decl.Names = append(decl.Names, n.Name)
				}
			case *ast.TypeSpec:
				decl.Names = append(decl.Names, s.Name.Name)
			}
		}
		return []*Decl{decl}, nil
	}
	return nil, &Error{Line: lineOf(src, sp.start), Col: 1, Msg: "unsupported declaration"}
}

// withImportKeyword turns a blanked source holding one import spec at
// offset start into a standalone import declaration, writing the keyword
// into the blank space before the spec when there is room and prepending
// it on the same line otherwise (columns then shift on that line only).
func withImportKeyword(spec string, start int) string {
	const kw = "import "
	lineStart := strings.LastIndex(spec[:start], "\n") + 1
	if start-lineStart >= len(kw) {
		return spec[:start-len(kw)] + kw + spec[start:]
	}
	return spec[:lineStart] + kw + spec[lineStart:]
}

func recvType(e ast.Expr) string {
	switch t := e.(type) {
	case *ast.StarExpr:
		return recvType(t.X)
	case *ast.IndexExpr:
		return recvType(t.X)
	case *ast.IndexListExpr:
		return recvType(t.X)
	case *ast.Ident:
		return t.Name
	}
	return "?"
}

// identRefs lists the distinct identifiers used in n (an over-approximation
// of its references to other top-level names).
func identRefs(n ast.Node) []string {
	seen := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			seen[id.Name] = true
		}
		return true
	})
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
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
		return &Error{Line: e.Pos.Line, Col: col, Msg: e.Msg}
	}
	return err
}

// stmtPrefix wraps statements so go/parser accepts them; it sits on line 1
// before the cell's first character.
const stmtPrefix = "package main;func _(){"

func (p *Parsed) analyzeStmts() error {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "cell", stmtPrefix+p.Stmts+"\n}", 0)
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			e := list[0]
			line, col, msg := e.Pos.Line, e.Pos.Column, e.Msg
			if line == 1 {
				col -= len(stmtPrefix)
			}
			if last := strings.Count(p.Stmts, "\n") + 1; line > last {
				// the closing brace we added: the cell ended too early
				line = last
				col = len(p.Stmts) - strings.LastIndex(p.Stmts, "\n")
				msg = strings.Replace(msg, "found '}'", "found end of cell", 1)
			}
			return &Error{Line: line, Col: col, Msg: msg}
		}
		return err
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	p.StmtFuncArgs = funcArgs(fset, f.Decls[0], len(stmtPrefix))
	for _, st := range body {
		if _, empty := st.(*ast.EmptyStmt); !empty {
			p.StmtStarts = append(p.StmtStarts, fset.Position(st.Pos()).Offset-len(stmtPrefix))
		}
		if _, ok := st.(*ast.DeferStmt); ok {
			p.StmtDefers = append(p.StmtDefers, fset.Position(st.Pos()).Offset-len(stmtPrefix))
		}
		p.StmtDisplayCalls = append(p.StmtDisplayCalls, displayCalls(fset, st, len(stmtPrefix))...)
		if es, ok := st.(*ast.ExprStmt); ok {
			start := fset.Position(es.Pos()).Offset - len(stmtPrefix)
			if strings.HasPrefix(p.Stmts[start:], "func") {
				p.StmtFuncLits = append(p.StmtFuncLits, [2]int{start, fset.Position(es.End()).Offset - len(stmtPrefix)})
			}
		}
		switch st.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
			*ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
			p.StmtBlocks = append(p.StmtBlocks, [2]int{
				fset.Position(st.Pos()).Offset - len(stmtPrefix), fset.Position(st.End()).Offset - len(stmtPrefix)})
		}
	}
	names := map[string]bool{}
	for _, st := range body {
		if as, ok := st.(*ast.AssignStmt); ok {
			for i, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					names[id.Name] = true
					if len(as.Rhs) == len(as.Lhs) {
						if t := litType(as.Rhs[i]); t != "" {
							if p.StmtTypes == nil {
								p.StmtTypes = map[string]string{}
							}
							p.StmtTypes[id.Name] = t
						}
					}
				}
			}
		}
	}
	for n := range names {
		p.StmtNames = append(p.StmtNames, n)
	}
	sort.Strings(p.StmtNames)
	if len(body) == 0 {
		return nil
	}
	last, ok := body[len(body)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	t := &Trailing{
		Start: fset.Position(last.X.Pos()).Offset - len(stmtPrefix),
		End:   fset.Position(last.X.End()).Offset - len(stmtPrefix),
	}
	if call, ok := ast.Unparen(last.X).(*ast.CallExpr); ok {
		t.IsCall = true
		if simpleSelector(call.Fun) {
			off := fset.Position(call.Fun.Pos()).Offset - len(stmtPrefix)
			end := fset.Position(call.Fun.End()).Offset - len(stmtPrefix)
			t.Callee = p.Stmts[off:end]
		}
	}
	p.Trailing = t
	return nil
}

// litType returns T for T{...} and &T{...}.
func litType(e ast.Expr) string {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	if cl, ok := e.(*ast.CompositeLit); ok {
		if id, ok := cl.Type.(*ast.Ident); ok {
			return id.Name
		}
	}
	return ""
}

// simpleSelector reports whether e is an identifier, or selectors and
// index expressions on one (fs[0].AddDoneCallback), whose evaluation has no
// side effects.
func simpleSelector(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return simpleSelector(x.X)
	case *ast.IndexExpr:
		_, lit := x.Index.(*ast.BasicLit)
		return simpleSelector(x.X) && (lit || simpleSelector(x.Index))
	case *ast.ParenExpr:
		return simpleSelector(x.X)
	}
	return false
}

// ParsedDecl is a declaration's Src parsed as a Go file.
type ParsedDecl struct {
	Fset *token.FileSet
	File *ast.File
	text string // what was parsed
}

// ParseDecl parses the Src of a Decl (the cell with everything else
// blanked) as a Go file.
func ParseDecl(src string) (*ParsedDecl, error) {
	text := "package main;" + src
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	return &ParsedDecl{Fset: fset, File: f, text: text}, nil
}

// Text returns the source text of n, a node of p.File.
func (p *ParsedDecl) Text(n ast.Node) string {
	return p.text[p.Fset.Position(n.Pos()).Offset:p.Fset.Position(n.End()).Offset]
}

// Func returns the declaration of function name (not a method), or nil.
func (p *ParsedDecl) Func(name string) *ast.FuncDecl {
	for _, d := range p.File.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == name {
			return fd
		}
	}
	return nil
}
