package cell

import (
	"go/ast"
	"go/parser"
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

// SameSpace reports whether declarations of kinds k and o share a
// namespace: methods have their own (keyed "Type.Method"), imports their
// own, and the other kinds one.
func (k DeclKind) SameSpace(o DeclKind) bool {
	group := func(k DeclKind) int {
		switch k {
		case Method:
			return 1
		case Import:
			return 2
		}
		return 0
	}
	return group(k) == group(o)
}

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
	// ImportLine and ImportCol are, for an import, the line and column
	// (1-based, in bytes) in its cell of its spec (its name, or its
	// path): where go build names the import that another declaration of
	// the name collides with.
	ImportLine int    `json:"import_line,omitempty"`
	ImportCol  int    `json:"import_col,omitempty"`
	Doc        string `json:"doc,omitempty"`
	// FuncArgs are identifiers passed as the function of an executor
	// call inside this declaration (offsets in Src).
	FuncArgs []FuncArg `json:"func_args,omitempty"`
	// Orig is the declaration as the user wrote it when Src is what the
	// session made of it for the interpreter (kernel/check's lowering).
	Orig string `json:"orig,omitempty"`
	// Sites are, for a function the session lowered, the lines of its
	// body where each kind of runtime panic the interpreter raises itself
	// can come from (kernel/check's Sites): a panic's traceback names the
	// line when its kind has one.
	Sites map[string][]int `json:"sites,omitempty"`
	// Lits are, for a function the session lowered, the function
	// literals in its body (kernel/check's Lits).
	Lits []Lit `json:"lits,omitempty"`
	// Mark is the tag of the marks of the line running its body stores
	// (kernel/check's Config.SiteMarker), 0 when it stores none.
	Mark int `json:"mark,omitempty"`
	// ExitMark is the tag of the marks of the place it returns at that
	// its body stores (kernel/check's Lowered.ExitMark), 0 when none.
	ExitMark int `json:"exit_mark,omitempty"`
	// Calls are, for a function the session lowered, the lines of the
	// calls in its body (not its literals') by what they may call
	// (kernel/check's Calls): a panic's traceback names a caller's line
	// when one call can have made the frame inside it.
	Calls map[string][]int `json:"calls,omitempty"`
	// GoName is, for the session's copy of an instance of a generic type
	// (kernel/cell/mono's mainꞏPairꞏstringꞏint), what Go's reflection
	// and fmt's %T call the instance: main.Pair[string,int].
	GoName string `json:"go_name,omitempty"`
	// Generic and GenericCell are, for the session's copy of an instance
	// of a generic function the notebook declared (kernel/cell/mono's
	// mainꞏfirstꞏint), that function's name and the cell that declared
	// it: a panic's traceback names the copy's frame as Go does
	// (first[...]) in that cell, and its Sites, Lits, Mark and Calls are
	// of that cell's lines.
	Generic     string `json:"generic,omitempty"`
	GenericCell int    `json:"generic_cell,omitempty"`
	// Hook is, for a method lowered again for a later cell's types
	// (kernel/check's methodhook.go), the statement that makes the
	// method declared first run the new body: the interpreter ignores a
	// method declared again. Src is the method as lowered anew, for a
	// fresh interpreter.
	Hook string `json:"-"`
}

// Lit is a function literal in a declared function's body, or in a
// cell's top-level statements (kernel/check's stmtLits).
type Lit struct {
	// Name is Go's name for it after the function's: func1 for the first
	// in the body, func1.2 for the second inside func1.
	Name string `json:"name"`
	// Open and Close are the positions (line, column in bytes, 1-based)
	// of its body's braces in the lowered source (Src); zero when an
	// edit of the lowering replaced one.
	Open  [2]int `json:"open"`
	Close [2]int `json:"close"`
	// Sites are the lines of its own body (not its literals') where each
	// kind of runtime panic the interpreter raises itself can come from.
	Sites map[string][]int `json:"sites,omitempty"`
	// Mark is the tag of the marks its body stores, as Decl's.
	Mark int `json:"mark,omitempty"`
	// Calls are the lines of its own body's calls, as Decl's.
	Calls map[string][]int `json:"calls,omitempty"`
	// Deferred reports whether it is the function of a defer statement
	// (defer func() {...}()): its caller's frame is its function's.
	Deferred bool `json:"deferred,omitempty"`
	// Outlives reports, for a literal of a cell's top-level statements,
	// whether its frames may run after the statements ended: it is not
	// called where it is made (it is kept, passed or returned), or is
	// the function of a go statement, or is inside such a literal.
	Outlives bool `json:"outlives,omitempty"`
}

// Source returns the declaration as the user wrote it: Orig, or Src.
func (d *Decl) Source() string {
	if d.Orig != "" {
		return d.Orig
	}
	return d.Src
}

// Imports returns the imports among decls, in order.
func Imports(decls []*Decl) []*Decl {
	var out []*Decl
	for _, d := range decls {
		if d.Kind == Import {
			out = append(out, d)
		}
	}
	return out
}

// Key identifies what a declaration defines, for replacement in a log.
func (d *Decl) Key() string { return string(d.Kind) + " " + strings.Join(d.Names, ",") }

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
				name := importName(path)
				if is.Name != nil {
					name = is.Name.Name
				}
				start := fset.Position(is.Pos()).Offset - len("package main;")
				end := fset.Position(is.End()).Offset - len("package main;")
				spec := keep(src, []span{{start: start, end: end}})
				// re-add the keyword in front of the spec, keeping columns
				spec = withImportKeyword(spec, start)
				at := fset.Position(is.Pos())
				if at.Line == 1 {
					at.Column -= len("package main;")
				}
				out = append(out, &Decl{Kind: Import, Names: []string{name}, Src: spec, Cell: count, ImportPath: path, ImportName: name, ImportLine: at.Line, ImportCol: at.Column})
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
	f, err := parser.ParseFile(fset, "", text, parser.SkipObjectResolution|parser.ParseComments)
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

// importName is the name an import of path without a name declares, as
// Go names the package: its last element, or the one before it when the
// last is a major version (math/rand/v2 is rand).
func importName(path string) string {
	elems := strings.Split(path, "/")
	last := elems[len(elems)-1]
	if len(elems) > 1 && len(last) > 1 && last[0] == 'v' && strings.Trim(last[1:], "0123456789") == "" {
		return elems[len(elems)-2]
	}
	return last
}
