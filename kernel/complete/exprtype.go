package complete

import (
	"go/ast"
	"go/doc"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"regexp"
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
		eol bool // a semicolon inserted at a line's end
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
		eol := t == token.SEMICOLON && lit == "\n"
		if eol && file.Offset(pos) >= dot {
			break // the one the scanner adds at the end of the text
		}
		toks = append(toks, tok{file.Offset(pos), t, eol})
	}
	start := dot
	depth := 0
	for i := len(toks) - 1; i >= 0; i-- {
		switch t := toks[i].t; {
		case toks[i].eol:
			if depth == 0 {
				// the end of the statement before: q := Pair{}⏎q.
				return strings.TrimSpace(code[start:dot])
			}
			continue // inside a group
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

// String is the type as a cell writes it: Pair, time.Time.
func (r typeRef) String() string {
	if r.Path == "" {
		return r.Name
	}
	return path.Base(r.Path) + "." + r.Name
}

// typer resolves expression types against the notebook's declarations.
type typer struct {
	decls []*cell.Decl
	pkgs  map[string]string // notebook import name -> path
	vars  map[string]string // variable -> type, as session.Session.Types reports it
	// locals are the variables declared earlier in the code being
	// completed (see localVars); resolving marks those it is resolving,
	// so that x := x.f() does not loop.
	locals    map[string]localVar
	resolving map[string]bool
}

// localVar is a variable declared by a line of the code being completed:
// its type as written (var x T), or the expression whose idx-th value it
// is (x := e, _, x := f()).
type localVar struct {
	typ, val ast.Expr
	idx      int
}

var (
	shortVarDecl = regexp.MustCompile(`^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*:=\s*(.+)$`)
	varDecl      = regexp.MustCompile(`^var\s+([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+(.+)$`)
)

// localVars finds the variables the lines of code declare, one
// declaration a line (x := e, a, b := f(), var x T, var x T = e, var x =
// e), wherever the line is: a later declaration of a name wins.
func localVars(code string) map[string]localVar {
	out := map[string]localVar{}
	for _, line := range strings.Split(code, "\n") {
		line = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), ";"))
		var names []string
		var typ, val string
		if m := shortVarDecl.FindStringSubmatch(line); m != nil {
			names, val = strings.Split(m[1], ","), m[2]
		} else if m := varDecl.FindStringSubmatch(line); m != nil {
			names = strings.Split(m[1], ",")
			typ, val, _ = strings.Cut(m[2], "=")
			if strings.HasPrefix(val, "=") { // x == y
				continue
			}
		} else {
			continue
		}
		var lv localVar
		if typ = strings.TrimSpace(typ); typ != "" {
			e, err := parser.ParseExpr(typ)
			if err != nil {
				continue
			}
			lv.typ = e
		}
		if val = strings.TrimSpace(val); val != "" && lv.typ == nil {
			e, err := parser.ParseExpr(val)
			if err != nil {
				continue
			}
			lv.val = e
		}
		for i, n := range names {
			if n = strings.TrimSpace(n); n != "_" {
				lv.idx = i
				out[n] = lv
			}
		}
	}
	return out
}

// predeclared are the predeclared types and the methods of their values.
var predeclared = map[string][]string{
	"error": {"Error"}, "any": {}, "bool": {}, "string": {}, "byte": {}, "rune": {},
	"int": {}, "int8": {}, "int16": {}, "int32": {}, "int64": {},
	"uint": {}, "uint8": {}, "uint16": {}, "uint32": {}, "uint64": {}, "uintptr": {},
	"float32": {}, "float64": {}, "complex64": {}, "complex128": {},
}

// members lists the exported fields and methods of the type of expr (and
// the notebook's own unexported ones), or nil when it cannot be told; a
// type without any gives an empty list.
func (t typer) members(expr string) []string {
	e, err := parser.ParseExpr(expr)
	if err != nil {
		return nil
	}
	ref, ok := t.typeOf(e)
	if !ok {
		return nil
	}
	if ms, ok := predeclared[ref.Name]; ok && ref.Path == "" && t.decl(cell.Type, ref.Name) == nil {
		return ms
	}
	if ref.Path == "" {
		return t.notebookMembers(ref.Name)
	}
	return stdMembers(ref.Path, ref.Name)
}

// typeOf tells the type of the calls and composite literals it knows.
func (t typer) typeOf(e ast.Expr) (typeRef, bool) { return t.typeOfValue(e, 0) }

// typeOfValue tells the type of the idx-th value of e (a call's results).
func (t typer) typeOfValue(e ast.Expr, idx int) (typeRef, bool) {
	if _, ok := e.(*ast.CallExpr); !ok && idx > 0 {
		return typeRef{}, false
	}
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
		if lv, ok := t.locals[e.Name]; ok {
			if t.resolving[e.Name] {
				return typeRef{}, false
			}
			if t.resolving == nil {
				t.resolving = map[string]bool{}
			}
			t.resolving[e.Name] = true
			defer delete(t.resolving, e.Name)
			if lv.typ != nil {
				return t.typeName(lv.typ, nil)
			}
			return t.typeOfValue(lv.val, lv.idx)
		}
		if ref, ok := parseTypeRef(t.vars[e.Name]); ok {
			return ref, true
		}
		return t.declaredVar(e.Name)
	case *ast.SelectorExpr:
		// a field of a value of known type
		if x, ok := t.typeOf(e.X); ok {
			return t.fieldType(x, e.Sel.Name)
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			// a method of a value of known type
			if x, ok := t.typeOf(sel.X); ok {
				return t.methodResult(x, sel.Sel.Name, idx)
			}
		}
		switch fn := e.Fun.(type) {
		case *ast.Ident:
			if fn.Name == "new" && len(e.Args) == 1 && idx == 0 {
				return t.typeName(e.Args[0], nil)
			}
			if d := t.decl(cell.Func, fn.Name); d != nil {
				if pd, err := cell.ParseDecl(d.Src); err == nil {
					if fd := pd.Func(fn.Name); fd != nil {
						return t.result(fd, nil, idx)
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
				return t.result(f.Decl, p, idx)
			}
		}
	}
	return typeRef{}, false
}

// declaredVar is the type of the notebook's package-level variable name
// (var x T, var x = e), from its newest declaration.
func (t typer) declaredVar(name string) (typeRef, bool) {
	d := t.decl(cell.Var, name)
	if d == nil {
		return typeRef{}, false
	}
	f := parseCell(d.Source())
	if f == nil {
		return typeRef{}, false
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				switch {
				case n.Name != name:
				case vs.Type != nil:
					return t.typeName(vs.Type, nil)
				case len(vs.Values) == len(vs.Names):
					return t.typeOf(vs.Values[i])
				case len(vs.Values) == 1:
					return t.typeOfValue(vs.Values[0], i)
				}
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

// methodResult is the type of the idx-th result of method name of x.
func (t typer) methodResult(x typeRef, name string, idx int) (typeRef, bool) {
	if x.Path == "" {
		for _, d := range t.decls {
			if d.Kind != cell.Method || !slices.Contains(d.Names, x.Name+"."+name) {
				continue
			}
			if f := parseCell(d.Src); f != nil {
				for _, decl := range f.Decls {
					if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv != nil && fd.Name.Name == name {
						return t.result(fd, nil, idx)
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
				return t.result(m.Decl, p, idx)
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

// result returns the type of fd's idx-th result; p is the standard
// package it belongs to, nil for the notebook.
func (t typer) result(fd *ast.FuncDecl, p *doc.Package, idx int) (typeRef, bool) {
	if fd.Type.Results == nil {
		return typeRef{}, false
	}
	for _, f := range fd.Type.Results.List {
		n := max(1, len(f.Names))
		if idx < n {
			return t.typeName(f.Type, p)
		}
		idx -= n
	}
	return typeRef{}, false
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
		if _, ok := predeclared[e.Name]; ok {
			return typeRef{"", e.Name}, true
		}
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
