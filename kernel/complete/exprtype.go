package complete

import (
	"go/ast"
	"go/doc"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Completion after an expression that is not a plain name (gcd(p).,
// time.Now()., Pair{}.): the kernel works out the expression's type from
// the notebook's declarations and the standard library's sources, without
// running anything, and lists the type's fields and methods.

// receiverBefore returns the expression that ends just before the
// selector's dot at byte offset dot of code: names, dots and balanced
// (...), [...] and {...} groups, as in "time.Now()" or "Pair{1, 2}".
// Brackets inside strings, runes and comments do not count: the code is
// scanned as Go tokens.
func receiverBefore(code string, dot int) string {
	type tok struct {
		off int
		t   token.Token
	}
	var toks []tok
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, dot)
	var sc scanner.Scanner
	sc.Init(file, []byte(code[:dot]), func(token.Position, string) {}, 0)
	for {
		pos, t, lit := sc.Scan()
		if t == token.EOF {
			break
		}
		if t == token.SEMICOLON && lit == "\n" {
			continue // inserted at a line end, maybe inside a group
		}
		toks = append(toks, tok{file.Offset(pos), t})
	}
	start := dot
	depth := 0
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := toks[i].t; {
		case t == token.RPAREN || t == token.RBRACK || t == token.RBRACE:
			depth++
		case t == token.LPAREN || t == token.LBRACK || t == token.LBRACE:
			if depth == 0 {
				return strings.TrimSpace(code[start:dot])
			}
			depth--
		case depth > 0:
		case t == token.IDENT || t == token.PERIOD:
		default:
			return strings.TrimSpace(code[start:dot])
		}
		start = toks[i].off
	}
	return strings.TrimSpace(code[start:dot])
}

// typeRef names a type: Path is its package's import path, "" for a type
// declared in the notebook.
type typeRef struct{ Path, Name string }

// typer resolves expression types against the notebook's declarations.
type typer struct {
	decls []*cell.Decl
	pkgs  map[string]string // notebook import name -> path
	vars  map[string]string // variable -> type, as session.Session.Types reports it
}

// members lists the exported fields and methods of the type of expr (and
// the notebook's own unexported ones), or nil when it cannot be told.
func (t typer) members(expr string) []string {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		return nil
	}
	ref, ok := t.typeOf(e)
	if !ok {
		return nil
	}
	if ref.Path == "" {
		return t.notebookMembers(ref.Name)
	}
	return stdMembers(ref.Path, ref.Name)
}

// typeOf tells the type of the calls and composite literals it knows.
func (t typer) typeOf(e ast.Expr) (typeRef, bool) {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return t.typeOf(e.X)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return t.typeOf(e.X)
		}
	case *ast.CompositeLit:
		return t.typeName(e.Type, nil)
	case *ast.Ident:
		return parseTypeRef(t.vars[e.Name])
	case *ast.SelectorExpr:
		// a field of a value of known type
		if x, ok := t.typeOf(e.X); ok {
			return t.fieldType(x, e.Sel.Name)
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			// a method of a value of known type
			if x, ok := t.typeOf(sel.X); ok {
				return t.methodResult(x, sel.Sel.Name)
			}
		}
		switch fn := e.Fun.(type) {
		case *ast.Ident:
			if fn.Name == "new" && len(e.Args) == 1 {
				return t.typeName(e.Args[0], nil)
			}
			if d := t.decl(cell.Func, fn.Name); d != nil {
				if pd, err := cell.ParseDecl(d.Src); err == nil {
					if fd := pd.Func(fn.Name); fd != nil {
						return t.result(fd, nil)
					}
				}
			}
		case *ast.SelectorExpr:
			pkg, ok := fn.X.(*ast.Ident)
			if !ok {
				return typeRef{}, false
			}
			p := t.stdPackageNamed(pkg.Name)
			if p == nil {
				return typeRef{}, false
			}
			if f := docFunc(p, fn.Sel.Name); f != nil {
				return t.result(f.Decl, p)
			}
		}
	}
	return typeRef{}, false
}

// parseTypeRef reads "import/path.Name" or a notebook "Name".
func parseTypeRef(s string) (typeRef, bool) {
	s = strings.TrimLeft(s, "*") // a pointer has its element's members
	if s == "" {
		return typeRef{}, false
	}
	if i := strings.LastIndexByte(s, '.'); i > 0 {
		return typeRef{s[:i], s[i+1:]}, true
	}
	return typeRef{"", s}, true
}

// methodResult is the type of the first result of method name of x.
func (t typer) methodResult(x typeRef, name string) (typeRef, bool) {
	if x.Path == "" {
		for _, d := range t.decls {
			if d.Kind != cell.Method || !slices.Contains(d.Names, x.Name+"."+name) {
				continue
			}
			if f := parseCell(d.Src); f != nil {
				for _, decl := range f.Decls {
					if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == name {
						return t.result(fd, nil)
					}
				}
			}
		}
		return typeRef{}, false
	}
	p := stdPackage(x.Path)
	if p == nil {
		return typeRef{}, false
	}
	for _, ty := range p.Types {
		if ty.Name != x.Name {
			continue
		}
		for _, m := range ty.Methods {
			if m.Name == name && m.Decl != nil {
				return t.result(m.Decl, p)
			}
		}
	}
	return typeRef{}, false
}

// fieldType is the type of field name of struct type x.
func (t typer) fieldType(x typeRef, name string) (typeRef, bool) {
	var st *ast.StructType
	var p *doc.Package
	if x.Path == "" {
		if d := t.decl(cell.Type, x.Name); d != nil {
			st = structOf(d.Src, x.Name)
		}
	} else if p = stdPackage(x.Path); p != nil {
		for _, ty := range p.Types {
			if ty.Name != x.Name || ty.Decl == nil {
				continue
			}
			for _, spec := range ty.Decl.Specs {
				if ts, ok := spec.(*ast.TypeSpec); ok && ts.Name.Name == x.Name {
					st, _ = ts.Type.(*ast.StructType)
				}
			}
		}
	}
	if st == nil {
		return typeRef{}, false
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.Name == name {
				return t.typeName(f.Type, p)
			}
		}
	}
	return typeRef{}, false
}

// result returns the type of fd's first result; p is the standard package
// it belongs to, nil for the notebook.
func (t typer) result(fd *ast.FuncDecl, p *doc.Package) (typeRef, bool) {
	if fd.Type.Results == nil || len(fd.Type.Results.List) == 0 {
		return typeRef{}, false
	}
	return t.typeName(fd.Type.Results.List[0].Type, p)
}

// typeName resolves a type expression (T, *T, pkg.T) written in the
// notebook (p nil) or in standard package p.
func (t typer) typeName(e ast.Expr, p *doc.Package) (typeRef, bool) {
	switch e := e.(type) {
	case *ast.StarExpr:
		return t.typeName(e.X, p)
	case *ast.ParenExpr:
		return t.typeName(e.X, p)
	case *ast.Ident:
		if p != nil {
			return typeRef{p.ImportPath, e.Name}, true
		}
		if t.decl(cell.Type, e.Name) != nil {
			return typeRef{"", e.Name}, true
		}
	case *ast.SelectorExpr:
		x, ok := e.X.(*ast.Ident)
		if !ok {
			return typeRef{}, false
		}
		if p != nil {
			// inside the standard library a package is named by its path's
			// last element
			for _, imp := range p.Imports {
				if path.Base(imp) == x.Name {
					return typeRef{imp, e.Sel.Name}, true
				}
			}
			return typeRef{}, false
		}
		if sp := t.stdPackageNamed(x.Name); sp != nil {
			return typeRef{sp.ImportPath, e.Sel.Name}, true
		}
	}
	return typeRef{}, false
}

// stdPackageNamed returns the standard package a cell calls name: the one
// the notebook imported as name, or, not imported yet, the one at path name.
func (t typer) stdPackageNamed(name string) *doc.Package {
	if p, ok := t.pkgs[name]; ok {
		return stdPackage(p)
	}
	return stdPackage(name)
}

// decl returns the newest declaration of kind and name.
func (t typer) decl(kind cell.DeclKind, name string) *cell.Decl {
	for i := len(t.decls) - 1; i >= 0; i-- {
		d := t.decls[i]
		if d.Kind == kind && slices.Contains(d.Names, name) {
			return d
		}
	}
	return nil
}

// notebookMembers lists the fields and methods of the notebook type name.
func (t typer) notebookMembers(name string) []string {
	var out []string
	if d := t.decl(cell.Type, name); d != nil {
		if st := structOf(d.Src, name); st != nil {
			out = append(out, fieldNames(st, false)...)
		}
	}
	for _, d := range t.decls {
		if d.Kind != cell.Method {
			continue
		}
		for _, n := range d.Names {
			if recv, m, ok := strings.Cut(n, "."); ok && recv == name {
				out = append(out, m)
			}
		}
	}
	sort.Strings(out)
	return dedupe(out)
}

// stdMembers lists the exported fields and methods of path.name.
func stdMembers(path, name string) []string {
	p := stdPackage(path)
	if p == nil {
		return nil
	}
	for _, ty := range p.Types {
		if ty.Name != name {
			continue
		}
		var out []string
		for _, m := range ty.Methods {
			out = append(out, m.Name)
		}
		for _, spec := range ty.Decl.Specs {
			if ts, ok := spec.(*ast.TypeSpec); ok && ts.Name.Name == name {
				if st, ok := ts.Type.(*ast.StructType); ok {
					out = append(out, fieldNames(st, true)...)
				}
			}
		}
		sort.Strings(out)
		return dedupe(out)
	}
	return nil
}

// fieldNames lists a struct's field names (an embedded field is named by
// its type), only the exported ones if exported.
func fieldNames(st *ast.StructType, exported bool) []string {
	var out []string
	for _, f := range st.Fields.List {
		names := f.Names
		if len(names) == 0 {
			typ := f.Type
			if s, ok := typ.(*ast.StarExpr); ok {
				typ = s.X
			}
			switch x := typ.(type) {
			case *ast.Ident:
				names = []*ast.Ident{x}
			case *ast.SelectorExpr:
				names = []*ast.Ident{x.Sel}
			}
		}
		for _, n := range names {
			if !exported || ast.IsExported(n.Name) {
				out = append(out, n.Name)
			}
		}
	}
	return out
}

// docFunc finds the function name of a standard package, constructors
// (which go/doc files under their type) included.
func docFunc(p *doc.Package, name string) *doc.Func {
	for _, f := range p.Funcs {
		if f.Name == name {
			return f
		}
	}
	for _, ty := range p.Types {
		for _, f := range ty.Funcs {
			if f.Name == name {
				return f
			}
		}
	}
	return nil
}

// parseCell parses a declaration's source, or returns nil.
func parseCell(src string) *ast.File {
	pd, err := cell.ParseDecl(src)
	if err != nil {
		return nil
	}
	return pd.File
}

// structOf returns the struct type name declares in src, if it is one.
func structOf(src, name string) *ast.StructType {
	f := parseCell(src)
	if f == nil {
		return nil
	}
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			if ts, ok := spec.(*ast.TypeSpec); ok && ts.Name.Name == name {
				st, _ := ts.Type.(*ast.StructType)
				return st
			}
		}
	}
	return nil
}

// memberDoc documents the field or method name of the value of the
// expression recv: the method's declaration and doc comment, or the
// field's line in its struct, for a notebook type; the method's signature
// and doc for a standard-library type. It is "" when recv's type is not
// known.
func (t typer) memberDoc(recv, name string) string {
	e, err := parser.ParseExpr(recv)
	if err != nil {
		return ""
	}
	ref, ok := t.typeOf(e)
	if !ok {
		return ""
	}
	ref.Name = strings.TrimLeft(ref.Name, "*")
	if ref.Path != "" {
		return methodDoc(ref.Path, ref.Name, name)
	}
	if d := t.decl(cell.Method, ref.Name+"."+name); d != nil {
		return declDoc(d)
	}
	d := t.decl(cell.Type, ref.Name)
	if d == nil {
		return ""
	}
	st := structOf(d.Source(), ref.Name)
	if st == nil {
		return ""
	}
	for _, f := range st.Fields.List {
		for _, n := range f.Names {
			if n.Name == name {
				var b strings.Builder
				_ = format.Node(&b, token.NewFileSet(), f.Type)
				text := "field " + name + " " + b.String() + " of " + ref.Name
				if f.Doc != nil {
					text = "// " + strings.ReplaceAll(strings.TrimSpace(f.Doc.Text()), "\n", "\n// ") + "\n" + text
				}
				return text + "\n\n(" + ref.Name + " declared in cell " + strconv.Itoa(d.Cell) + ")"
			}
		}
	}
	return ""
}

// methodDoc returns the signature and doc comment of the method name of
// the standard-library type path.typ.
func methodDoc(path, typ, name string) string {
	p := stdPackage(path)
	if p == nil {
		return ""
	}
	for _, ty := range p.Types {
		if ty.Name != typ {
			continue
		}
		for _, m := range ty.Methods {
			if m.Name == name {
				m.Decl.Body = nil
				var b strings.Builder
				_ = format.Node(&b, token.NewFileSet(), m.Decl)
				return b.String() + "\n\n" + m.Doc
			}
		}
	}
	return ""
}
