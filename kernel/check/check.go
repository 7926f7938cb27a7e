// Package check type-checks notebook cells with go/types against the
// notebook so far, as the Go compiler would check the same code in a
// program, and lowers each cell that compiles into Go that yaegi v0.16.1
// runs correctly.
//
// A Checker holds the notebook's model: the declarations of the cells that
// succeeded (their Go source) and the variables that earlier statements
// declared, with their types as Go source. Check type-checks a cell split
// by package cell: its statements as the body of a function, whose :=
// names become notebook variables; its declarations at package level,
// replacing earlier ones of the same names. A variable or import not used
// is not an error in a cell. A cell that does not compile is described by
// Errors, with go build's messages at the cell's lines and columns, and
// changes nothing; one that compiles changes the model when its Result is
// committed (after it ran).
//
// The lowering (see Lowered) rewrites what the interpreter gets wrong
// into what it gets right, keeping lines where they are.
package check

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Checker type-checks the cells of one notebook. Its methods must not be
// called concurrently.
type Checker struct {
	imp     *Importer
	decls   []*entry          // committed declarations, in order
	vars    []*nbVar          // notebook variables
	imports map[string]string // committed imports: name -> path
	fset    *token.FileSet
	nfiles  int // files parsed, for unique names
	cfg     Config
	counter int // of fresh names in lowered code

	off bool // a cell imported what the checker cannot see: see Check

	varsSrc  string    // the file declaring the notebook variables
	varsFile *ast.File // parsed, cached
}

type entry struct {
	decl   *cell.Decl
	prefix string    // the import prefix file was parsed with
	file   *ast.File // parsed prefix + decl.Src, cached
}

// nbVar is a variable statements declared: its type as Go source in
// package main, which may name packages by the aliases in imports.
type nbVar struct {
	name, typ string
	imports   map[string]string // alias -> path
	cell      int
}

// New returns a Checker of an empty notebook that imports packages with
// imp (shared by Checkers: it caches what it read) and lowers cells for
// the helpers cfg names.
func New(imp *Importer, cfg Config) *Checker {
	c := &Checker{imp: imp, imports: map[string]string{}, fset: token.NewFileSet(), cfg: cfg}
	c.seedCompiled()
	return c
}

// seedCompiled puts the names of the %%compile cells of the program this
// process runs (see kernel/build) into the model, with the types of their
// compiled package: cells use them unqualified, through a dot import whose
// unexported names a type checker would not see (toolchain.CheckerSource).
func (c *Checker) seedCompiled() {
	if c.imp.module == "" {
		return
	}
	src := c.imp.compiled
	if !c.imp.listed {
		var err error
		if src, err = toolchain.CheckerSource(c.imp.module); err != nil {
			return
		}
	}
	if src == "" {
		return
	}
	p, err := cell.Split(fmt.Sprintf("import %s %q\n", toolchain.CheckerImportName, toolchain.CompiledPackage)+src, 0)
	if err == nil {
		c.Seed(p.Decls)
	}
}

// Import is an import a cell needs evaluated.
type Import struct {
	Name, Path string
	Auto       bool // added by the checker: the cell used it without importing it
}

// Source returns the import declaration.
func (i Import) Source() string {
	if i.Name == pathBase(i.Path) {
		return "import " + strconv.Quote(i.Path)
	}
	return "import " + i.Name + " " + strconv.Quote(i.Path)
}

// Result is what Check found out about a cell that compiles.
type Result struct {
	// Wrapped is set when Stmts run in a function literal (see stmts.go):
	// Go's semantics at the top level of a cell (defer runs at its end).
	// Otherwise the statements keep the top level, because the type of a
	// variable they declare cannot be written in package main.
	Wrapped bool
	// TopLevel is set when Stmts are simple statements (expressions,
	// assignments, sends; no function literals, no type assertions),
	// which yaegi runs right at the top level: cheaper than a function
	// literal.
	TopLevel bool
	// Unchecked is set when the cell imports a package the checker cannot
	// see (one the interpreter got from elsewhere): nothing was checked or
	// lowered, and the cell should run as written.
	Unchecked bool
	// Notes are one-line messages for the user (automatic imports).
	Notes []string
	// AutoImports are the imports the checker added.
	AutoImports []Import
	// Decls are the cell's non-import declarations lowered, in the order
	// of cell.Parsed.Decls (imports left out); each keeps its Decl's
	// offsets.
	Decls []*Lowered
	// Stmts are the cell's statements lowered, or nil.
	Stmts *Lowered
	// Prelude declares, after Decls and before Stmts are evaluated, the
	// notebook variables the statements set whose type is new and the
	// hidden variables of the lowering (Go declarations, one per line),
	// or "".
	Prelude string
	// Vars are the notebook variables the statements declare, with their
	// types as Go source.
	Vars map[string]string
	// Trailing describes the value of the cell's last expression, or nil.
	Trailing *Trailing
	// Broken are earlier declarations that this cell makes fail to
	// compile (a changed signature); committing drops them.
	Broken []Broken
	// Generated are declarations the cell needs that the checker made
	// (specialised generic standard-library code, see generic.go),
	// lowered, to evaluate with Decls; GeneratedImports are the imports
	// they need.
	Generated        []*cell.Decl
	GeneratedImports []Import

	commit func()
}

// Broken is an earlier declaration that no longer compiles.
type Broken struct {
	Decl *cell.Decl
	Err  *Error // in the coordinates of the cell that declared it
}

// Trailing is the value a cell shows: its last statement, when that is an
// expression with a value.
type Trailing struct {
	// Show is set when there is a value to show.
	Show bool
	// IsError is set when the value is an error, shown only when non-nil.
	IsError bool
	// ErrVar, when set, names a variable the lowered statements assign
	// the error result of a trailing call with several results: when it
	// is non-nil, it is what the cell shows.
	ErrVar string
	// Type is the value's type, as Go source in package main.
	Type string
	// Rendered is set when the value is what Config.Render returned.
	Rendered bool
}

// Commit records the cell in the notebook's model. Call it after the
// cell ran; a cell that failed to check has no Result to commit.
func (r *Result) Commit() {
	if r != nil && r.commit != nil {
		r.commit()
		r.commit = nil
	}
}

// goVersion is the language version cells are checked against: that of
// the toolchain that built the kernel.
var goVersion = func() string {
	if m := regexp.MustCompile(`^go1\.\d+`).FindString(runtime.Version()); m != "" {
		return m
	}
	return "go1.26"
}()

// file names of the parts of a check
const (
	varsFile  = "gofutures-vars.go"
	declsFile = "cell-decls.go"
	stmtsFile = "cell-stmts.go"
)

// Check type-checks the cell p (split by cell.Split) against the notebook.
// It returns Errors when the cell does not compile.
//
// After Disable, every cell is Unchecked.
func (c *Checker) Check(p *cell.Parsed) (*Result, error) {
	if c.off {
		return &Result{Unchecked: true}, nil
	}
	imports := make(map[string]string, len(c.imports))
	for n, path := range c.imports {
		imports[n] = path
	}
	var cellImports []Import
	var decls []*cell.Decl
	var paths []string
	for _, d := range p.Decls {
		if d.Kind == cell.Import {
			paths = append(paths, d.ImportPath)
		}
	}
	c.imp.Prefetch(paths...)
	for _, d := range p.Decls {
		if d.Kind != cell.Import {
			decls = append(decls, d)
			continue
		}
		if d.ImportPath == toolchain.CompiledPackage && d.ImportName == "." {
			continue // its declarations are in the model (seedCompiled)
		}
		if !c.imp.Known(d.ImportPath) {
			return &Result{Unchecked: true}, nil
		}
		if _, err := c.imp.Import(d.ImportPath); err != nil {
			line, col := firstNonSpace(d.Src)
			return nil, Errors{{Line: line, Col: col, Msg: fmt.Sprintf("could not import %s (%v)", d.ImportPath, err)}}
		}
		imports[d.ImportName] = d.ImportPath
		cellImports = append(cellImports, Import{Name: d.ImportName, Path: d.ImportPath})
	}
	for n, path := range imports {
		if !c.imp.Known(path) {
			_ = n
			return &Result{Unchecked: true}, nil
		}
	}
	var auto []Import
	for round := 0; ; round++ {
		r, errs, undef := c.check(p, decls, imports)
		if len(errs) == 0 {
			r.AutoImports = auto
			for _, a := range auto {
				r.Notes = append(r.Notes, fmt.Sprintf("imported %q automatically", a.Path))
			}
			return r, nil
		}
		if round > 0 || len(undef) == 0 {
			return nil, errs
		}
		added := false
		for name, sels := range undef {
			if path := c.stdFor(name, sels); path != "" {
				imports[name] = path
				auto = append(auto, Import{Name: name, Path: path, Auto: true})
				added = true
			}
		}
		if !added {
			return nil, errs
		}
	}
}

// importPrefix is the first line of every file of a check: the package
// clause and the imports, on one line so that the lines of what follows
// stay those of the cell.
func importPrefix(imports map[string]string) string {
	names := make([]string, 0, len(imports))
	for n := range imports {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("package main;")
	for _, n := range names {
		p := imports[n]
		if !token.IsIdentifier(n) || (n == p[strings.LastIndexByte(p, '/')+1:] && n != "." && n != "_") {
			// the cell front end names an import by its path's last
			// element (go-humanize, yaml.v3, v2): the package's own name
			// is the one cells use
			fmt.Fprintf(&b, "import %q;", p)
			continue
		}
		fmt.Fprintf(&b, "import %s %q;", n, p)
	}
	return b.String()
}

// replaced reports whether the committed declaration d is replaced by one
// of decls (a name in the same space) or by a new notebook variable.
func replaced(d *cell.Decl, decls []*cell.Decl) bool {
	for _, nd := range decls {
		if sameSpace(nd.Kind, d.Kind) && overlaps(nd.Names, d.Names) {
			return true
		}
	}
	return false
}

func sameSpace(a, b cell.DeclKind) bool {
	group := func(k cell.DeclKind) int {
		switch k {
		case cell.Method:
			return 1
		case cell.Import:
			return 2
		}
		return 0
	}
	return group(a) == group(b)
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && x != "_" {
				return true
			}
		}
	}
	return false
}

// check runs one type-check. It returns the cell's errors, and for
// auto-import the undefined names used as X in X.Sel, with their Sels.
func (c *Checker) check(p *cell.Parsed, decls []*cell.Decl, imports map[string]string) (*Result, Errors, map[string][]string) {
	prefix := importPrefix(imports)
	fset := c.fset
	var files []*ast.File
	fileDecl := map[string]*cell.Decl{}
	cellNames := map[string]bool{}
	for _, d := range decls {
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				cellNames[n] = true
			}
		}
	}
	var syntax Errors
	for _, e := range c.decls {
		if replaced(e.decl, decls) {
			continue
		}
		if e.file == nil || e.prefix != prefix {
			c.nfiles++
			f, err := parser.ParseFile(fset, fmt.Sprintf("decl%d.go", c.nfiles), prefix+e.decl.Source(), parser.SkipObjectResolution)
			if err != nil {
				continue // cannot happen: it compiled before
			}
			e.file, e.prefix = f, prefix
		}
		files = append(files, e.file)
		fileDecl[fset.File(e.file.Pos()).Name()] = e.decl
	}
	// notebook variables
	var vb strings.Builder
	vb.WriteString(prefix)
	aliases := map[string]string{}
	for _, v := range c.vars {
		if cellNames[v.name] {
			continue
		}
		for a, path := range v.imports {
			if _, ok := imports[a]; !ok && aliases[a] == "" {
				aliases[a] = path
				fmt.Fprintf(&vb, "import %s %q;", a, path)
			}
		}
	}
	varLine := map[int]*nbVar{}
	line := 1
	for _, v := range c.vars {
		if cellNames[v.name] {
			continue
		}
		line++
		fmt.Fprintf(&vb, "\nvar %s %s", v.name, v.typ)
		varLine[line] = v
	}
	if vb.String() != c.varsSrc || c.varsFile == nil {
		c.varsFile, c.varsSrc = nil, vb.String()
		if f, err := parser.ParseFile(fset, varsFile, c.varsSrc, parser.SkipObjectResolution); err == nil {
			c.varsFile = f
		}
	}
	if c.varsFile != nil {
		files = append(files, c.varsFile)
	}
	// the cell
	var declFile, stmtFile *ast.File
	if len(decls) > 0 {
		f, err := parser.ParseFile(fset, declsFile, prefix+overlay(decls), parser.SkipObjectResolution)
		if err != nil {
			syntax = append(syntax, c.syntaxErrors(err, len(prefix))...)
		} else {
			declFile = f
			files = append(files, f)
		}
	}
	stmtHead := prefix + "func _() {"
	var trailing ast.Expr // the cell's last statement when an expression: shown, not "not used"
	if p.Stmts != "" {
		f, err := parser.ParseFile(fset, stmtsFile, stmtHead+p.Stmts+"\n}", parser.SkipObjectResolution)
		if err != nil {
			syntax = append(syntax, c.syntaxErrors(err, len(stmtHead))...)
		} else {
			stmtFile = f
			files = append(files, f)
			if list := f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body.List; len(list) > 0 {
				if es, ok := list[len(list)-1].(*ast.ExprStmt); ok {
					trailing = es.X
				}
			}
		}
	}
	if len(syntax) > 0 {
		return nil, sortErrors(syntax), nil
	}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	var cellErrs []*Error
	broken := map[*cell.Decl]*Error{}
	badVars := map[*nbVar]bool{}
	undefPos := map[token.Pos]string{}
	conf := types.Config{
		GoVersion: goVersion,
		Importer:  c.imp,
		Error: func(err error) {
			te, ok := err.(types.Error)
			if !ok || unusedInCell(te) {
				return
			}
			if trailing != nil && te.Pos == trailing.Pos() && strings.HasSuffix(te.Msg, " is not used") {
				return // the value the cell shows
			}
			pos := fset.Position(te.Pos)
			switch pos.Filename {
			case declsFile, stmtsFile:
				l, col := pos.Line, pos.Column
				if l == 1 {
					if pos.Filename == declsFile {
						col -= len(prefix)
					} else {
						col -= len(stmtHead)
					}
				}
				if last := strings.Count(p.Stmts, "\n") + 1; pos.Filename == stmtsFile && l > last {
					l = last
				}
				cellErrs = append(cellErrs, &Error{Line: l, Col: max(col, 1), Msg: te.Msg})
				if n, ok := strings.CutPrefix(te.Msg, "undefined: "); ok {
					undefPos[te.Pos] = n
				}
			case varsFile:
				if v := varLine[pos.Line]; v != nil {
					badVars[v] = true
				}
			default:
				if d := fileDecl[pos.Filename]; d != nil && broken[d] == nil {
					col := pos.Column
					if pos.Line == 1 {
						col -= len(prefix)
					}
					broken[d] = &Error{Line: pos.Line, Col: max(col, 1), Msg: te.Msg}
				}
			}
		},
	}
	pkg, _ := conf.Check("main", fset, files, info)
	if len(cellErrs) > 0 {
		undef := map[string][]string{}
		for _, f := range []*ast.File{declFile, stmtFile} {
			if f == nil {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && undefPos[id.Pos()] == id.Name {
						undef[id.Name] = append(undef[id.Name], sel.Sel.Name)
					}
				}
				return true
			})
		}
		return nil, sortErrors(cellErrs), undef
	}
	gen, err := c.specialise(fset, files, []*ast.File{declFile, stmtFile}, c.sources(fset, prefix, stmtHead, p, decls), pkg, info)
	if err != nil {
		return nil, genError(err, len(stmtHead), len(prefix)), nil
	}
	if gen != nil {
		info, pkg = gen.info, gen.pkg
	}
	r := &Result{Vars: map[string]string{}}
	for _, e := range c.decls {
		if b := broken[e.decl]; b != nil {
			r.Broken = append(r.Broken, Broken{Decl: e.decl, Err: b})
		}
	}
	lw := &lowerer{info: info, pkg: pkg, fset: fset, imports: imports, cfg: c.cfg, counter: &c.counter}
	if gen != nil {
		lw.mono = gen.repl
	}
	for _, d := range decls {
		r.Decls = append(r.Decls, lw.lowerDecl(d, declFile, len(prefix)))
	}
	var newVars []*nbVar
	if stmtFile != nil {
		body := stmtFile.Decls[len(stmtFile.Decls)-1].(*ast.FuncDecl).Body
		newVars = c.stmtVars(body, info, imports)
		simple := simpleStmts(body)
		sl := stmtsLowering{wrap: !simple, newVars: map[string]string{}}
		old := c.Vars()
		for _, v := range newVars {
			r.Vars[v.name] = v.typ
			if !spellable(v.typ) {
				sl.wrap = false
			}
			if old[v.name] != v.typ {
				sl.newVars[v.name] = v.typ
				sl.order = append(sl.order, v.name)
			}
			for a, path := range v.imports {
				lw.extraImport(a, path)
			}
		}
		r.Stmts, r.Prelude = lw.lowerStmts(p.Stmts, body, len(stmtHead), sl)
		r.Wrapped, r.TopLevel = sl.wrap, simple
		r.Trailing = lw.trailing
	}
	if gen != nil {
		r.Generated, r.GeneratedImports = gen.lower(lw)
	}
	if len(lw.hidden) > 0 {
		r.Prelude = strings.TrimPrefix(r.Prelude+"\n"+strings.Join(lw.hidden, "\n"), "\n")
	}
	r.commit = func() { c.commit(decls, imports, newVars, broken, badVars) }
	return r, nil, nil
}

// stmtVars returns the variables the top-level statements in body declare.
func (c *Checker) stmtVars(body *ast.BlockStmt, info *types.Info, imports map[string]string) []*nbVar {
	byPath := map[string]string{}
	for n, path := range imports {
		byPath[path] = n
	}
	var out []*nbVar
	seen := map[string]int{}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE {
			continue
		}
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			obj := info.Defs[id]
			if obj == nil {
				continue // redeclared in the same statement list: already recorded
			}
			v := &nbVar{name: id.Name, imports: map[string]string{}}
			v.typ = types.TypeString(obj.Type(), func(pkg *types.Package) string {
				if pkg.Path() == "main" {
					return ""
				}
				if n, ok := byPath[pkg.Path()]; ok {
					return n
				}
				alias := "gofuturesimp_" + strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(pkg.Path())
				v.imports[alias] = pkg.Path()
				return alias
			})
			if i, ok := seen[id.Name]; ok {
				out[i] = v
				continue
			}
			seen[id.Name] = len(out)
			out = append(out, v)
		}
	}
	return out
}

// commit records a cell that compiled (and ran).
func (c *Checker) commit(decls []*cell.Decl, imports map[string]string, vars []*nbVar, broken map[*cell.Decl]*Error, badVars map[*nbVar]bool) {
	c.imports = imports
	var kept []*entry
	stmtNames := map[string]bool{}
	for _, v := range vars {
		stmtNames[v.name] = true
	}
	for _, e := range c.decls {
		if replaced(e.decl, decls) || broken[e.decl] != nil {
			continue
		}
		if e.decl.Kind != cell.Method && overlaps(e.decl.Names, keys(stmtNames)) {
			continue // a statement's := redefined the name
		}
		kept = append(kept, e)
	}
	for _, d := range decls {
		kept = append(kept, &entry{decl: d})
	}
	c.decls = kept
	declNames := map[string]bool{}
	for _, d := range decls {
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				declNames[n] = true
			}
		}
	}
	var vs []*nbVar
	for _, v := range c.vars {
		if badVars[v] || declNames[v.name] || stmtNames[v.name] {
			continue
		}
		vs = append(vs, v)
	}
	c.vars = append(vs, vars...)
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// Decls returns the declarations of the notebook's model, in an order
// that resolves when they are evaluated one by one: each after those it
// refers to, as far as references go one way.
func (c *Checker) Decls() []*cell.Decl {
	out := make([]*cell.Decl, len(c.decls))
	for i, e := range c.decls {
		out[i] = e.decl
	}
	return Order(out)
}

// Disable makes every later cell Unchecked: call it when a cell the
// checker could not see (Result.Unchecked) ran, since the model no longer
// knows the notebook.
func (c *Checker) Disable() { c.off = true }

// Seed puts declarations into the model without checking them: the log of
// a session being restored (their Source, as the user wrote them).
// Imports under the kernel's reserved names are left out.
func (c *Checker) Seed(log []*cell.Decl) {
	for _, d := range log {
		if d.Kind == cell.Import {
			if !strings.HasPrefix(d.ImportName, "gofutures") && !(d.ImportPath == toolchain.CompiledPackage && d.ImportName == ".") {
				c.imports[d.ImportName] = d.ImportPath
			}
			continue
		}
		var kept []*entry
		for _, e := range c.decls {
			if !replaced(e.decl, []*cell.Decl{d}) {
				kept = append(kept, e)
			}
		}
		c.decls = append(kept, &entry{decl: d})
	}
}

// Vars returns the notebook variables and their types (Go source).
func (c *Checker) Vars() map[string]string {
	out := map[string]string{}
	for _, v := range c.vars {
		out[v.name] = v.typ
	}
	return out
}

// Forget drops notebook variables (their values were lost: a restored
// interpreter, a rebuild), so that cells using them are errors.
func (c *Checker) Forget(names ...string) {
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	var vs []*nbVar
	for _, v := range c.vars {
		if !drop[v.name] {
			vs = append(vs, v)
		}
	}
	c.vars = vs
}

// syntaxErrors converts parse errors of a check's file.
func (c *Checker) syntaxErrors(err error, shift int) []*Error {
	var out []*Error
	if list, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range list.Unwrap() {
			out = append(out, c.syntaxErrors(e, shift)...)
		}
		return out
	}
	msg := err.Error()
	if m := regexp.MustCompile(`^[^:]*:(\d+):(\d+): (.*)$`).FindStringSubmatch(msg); m != nil {
		l, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		if l == 1 {
			col -= shift
		}
		return []*Error{{Line: l, Col: max(col, 1), Msg: "syntax error: " + m[3]}}
	}
	return []*Error{{Line: 1, Col: 1, Msg: msg}}
}

// overlay merges declarations of one cell into one source (each Src is
// the cell with everything else blanked).
func overlay(decls []*cell.Decl) string {
	b := []byte(decls[0].Src)
	for _, d := range decls[1:] {
		for i := 0; i < len(b) && i < len(d.Src); i++ {
			if ch := d.Src[i]; ch != ' ' && ch != '\n' {
				b[i] = ch
			}
		}
	}
	return string(b)
}

func firstNonSpace(src string) (int, int) {
	i := strings.IndexFunc(src, func(r rune) bool { return r != ' ' && r != '\n' && r != '\t' })
	if i < 0 {
		return 1, 1
	}
	return 1 + strings.Count(src[:i], "\n"), i - strings.LastIndexByte(src[:i], '\n')
}

func pathBase(p string) string {
	b := p[strings.LastIndexByte(p, '/')+1:]
	if len(b) >= 2 && b[0] == 'v' && b[1] >= '0' && b[1] <= '9' && strings.Contains(p, "/") {
		q := p[:strings.LastIndexByte(p, '/')]
		return q[strings.LastIndexByte(q, '/')+1:]
	}
	return b
}

// stdFor returns the standard-library package named name that exports
// all of sels, preferring the shortest path; "" if none.
func (c *Checker) stdFor(name string, sels []string) string {
	for _, path := range c.imp.StdPackages()[name] {
		if pref, ok := preferred[name]; ok && pref != path {
			continue
		}
		pkg, err := c.imp.Import(path)
		if err != nil {
			continue
		}
		all := true
		for _, s := range sels {
			if pkg.Scope().Lookup(s) == nil {
				all = false
				break
			}
		}
		if all {
			return path
		}
	}
	return ""
}

// preferred picks among standard-library packages of one name.
var preferred = map[string]string{
	"rand":     "math/rand",
	"template": "text/template",
	"scanner":  "text/scanner",
	"pprof":    "runtime/pprof",
	"big":      "math/big",
}

// SeedVars puts notebook variables into the model without checking them:
// those a restore brought back, with their types as Go source in the
// notebook's import names. A variable of the model with one of those
// names is replaced.
func (c *Checker) SeedVars(vars map[string]string) {
	var vs []*nbVar
	for _, v := range c.vars {
		if _, ok := vars[v.name]; !ok {
			vs = append(vs, v)
		}
	}
	names := make([]string, 0, len(vars))
	for n := range vars {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		vs = append(vs, &nbVar{name: n, typ: vars[n], imports: map[string]string{}})
	}
	c.vars = vs
}

// simpleStmts reports whether the statements of body are ones yaegi
// v0.16.1 runs right at the top level of a cell: expressions,
// assignments, ++ and --, sends, without function literals or type
// assertions in them.
func simpleStmts(body *ast.BlockStmt) bool {
	for _, st := range body.List {
		switch st.(type) {
		case *ast.ExprStmt, *ast.AssignStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.EmptyStmt:
		default:
			return false
		}
		ok := true
		ast.Inspect(st, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit, *ast.TypeAssertExpr:
				ok = false
			}
			return ok
		})
		if !ok {
			return false
		}
	}
	return true
}
