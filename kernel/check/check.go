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
	"go/token"
	"go/types"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Checker type-checks the cells of one notebook. Its methods must not be
// called concurrently.
type Checker struct {
	hoisting  bool // checking a cell hoistLocalTypes wrote
	rewriting bool // checking a cell varsAsStatements wrote
	imp       *Importer
	decls     []*entry          // committed declarations, in order
	vars      []*nbVar          // notebook variables
	imports   map[string]string // committed imports: name -> path
	fset      *token.FileSet
	nfiles    int // files parsed, for unique names
	cfg       Config
	counter   int // of fresh names in lowered code

	off bool // a cell imported what the checker cannot see: see Check

	compiled map[string]bool // the %%compile cells' functions, declared as variables
	wrappers map[string]bool // the %%compile cells' generic functions, declared as wrappers
	blank    map[string]bool // paths imported for their side effects (import _ "image/png")
	// importAt are the committed imports by name: where each was
	// written (cell.Decl's Cell, ImportLine and ImportCol)
	importAt map[string]*cell.Decl

	varsSrc  string    // the file declaring the notebook variables
	varsFile *ast.File // parsed, cached

	anyComps []string // composite types of cell types put in an "any" (anycomp.go)

	// copies are the names of the declarations generated with committed
	// cells (Result.Generated: mono's copies of generic code), which the
	// interpreter has: a later cell may name a copy through a type an
	// earlier one declared (type Distances = Series[Meters]).
	copies map[string]bool
	// copyNames are, by the names of mono's copies of instances of the
	// notebook's generic types, what Go calls the instances
	// (cell.Decl.GoName): main.Pair[string,int].
	copyNames map[string]string
	// earlier are, by their names, the copies of instances of the
	// notebook's generic types that committed cells made, which a later
	// cell's fmt tables list (earliercopies.go).
	earlier map[string]earlierCopy
	// copyKeys are, by their names, the keys (mono.Decl.Key) of the
	// copies committed cells made: a cell that names no generic but uses
	// a variable of an instance whose generic type a later cell gave a
	// method has the instance copied anew (mono's heldInstances), and
	// only then.
	copyKeys map[string]string
}

type entry struct {
	decl   *cell.Decl
	prefix string    // the import prefix file was parsed with
	file   *ast.File // parsed prefix + decl.Source(), cached
	// lastLowered is the declaration as the lowering left it, when it
	// was lowered by this Checker (not seeded); typeSet tells whether
	// that lowering looked at the notebook's set of types: 1 yes, -1 no,
	// 0 unknown (relower.go).
	lastLowered string
	typeSet     int8
}

// nbVar is a variable statements declared: its type as Go source in
// package main, which may name packages by the aliases in imports.
type nbVar struct {
	name, typ string
	imports   map[string]string // alias -> path
	cell      int
	// of a check's new variable only: its type, and the qualifier typ
	// was written with
	t    types.Type
	qual types.Qualifier
}

// New returns a Checker of an empty notebook that imports packages with
// imp (shared by Checkers: it caches what it read) and lowers cells for
// the helpers cfg names. The Checker parses cells into imp's file set,
// so that the places of imported declarations go/types writes in a
// message (a type parameter it cannot infer) are theirs, not a cell's.
func New(imp *Importer, cfg Config) *Checker {
	c := &Checker{imp: imp, imports: map[string]string{}, fset: imp.fset, cfg: cfg}
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
	if err != nil {
		return
	}
	c.Seed(p.Decls)
	c.compiled = map[string]bool{}
	for _, d := range p.Decls {
		switch d.Kind {
		case cell.Var:
			c.compiled[d.Names[0]] = true // its functions: see CheckerSource
		case cell.Func, cell.Type: // a generic function's or type's wrapper (aliases are not Type decls here)
			if d.Kind == cell.Type && !strings.Contains(d.Src, "[") {
				continue // type Pair = gfcells.Pair
			}
			if c.wrappers == nil {
				c.wrappers = map[string]bool{}
			}
			c.wrappers[d.Names[0]] = true
		}
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
	r, err := c.checkCell(p)
	return r, spellMain(err)
}

// checkCell is Check, its messages naming func main by the name the
// lowering gives it (cell.MainName).
func (c *Checker) checkCell(p *cell.Parsed) (*Result, error) {
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
	var notStd Errors
	for _, d := range p.Decls {
		if d.Kind != cell.Import {
			decls = append(decls, d)
			continue
		}
		if d.ImportPath == toolchain.CompiledPackage && d.ImportName == "." {
			continue // its declarations are in the model (seedCompiled)
		}
		if !c.imp.Known(d.ImportPath) {
			if e := notInStd(d); e != nil {
				notStd = append(notStd, e)
				continue
			}
			return &Result{Unchecked: true}, nil
		}
		if _, err := c.imp.Import(d.ImportPath); err != nil {
			line, col := firstNonSpace(d.Src)
			return nil, Errors{{Line: line, Col: col, Msg: fmt.Sprintf("could not import %s (%v)", d.ImportPath, err)}}
		}
		imports[d.ImportName] = d.ImportPath
		cellImports = append(cellImports, Import{Name: d.ImportName, Path: d.ImportPath})
	}
	if len(notStd) > 0 {
		return nil, byImportPath(notStd)
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
		if len(errs) > 0 && r != nil && len(r.early) > 0 {
			// the cell's declarations use variables its statements
			// declare: checked again with them declared first
			saved := c.vars
			c.vars = append(slices.Clone(saved), r.early...)
			r2, errs2, undef2 := c.check(p, decls, imports)
			c.vars = saved
			if len(errs2) == 0 {
				if r2.hoisted == "" {
					for _, v := range r.early {
						r2.EarlyPrelude += "var " + v.name + " " + v.typ + "\n"
					}
				}
				r, errs, undef = r2, nil, undef2
			}
		}
		if len(errs) > 0 && r != nil && r.varStmts != "" {
			// var declarations initialized from the statements beside
			// them: the statements they are in Go's main, in their
			// places; their errors, if that does not compile either
			return c.checkRewritten(r.varStmts, p.Count)
		}
		if len(errs) == 0 && r.hoisted != "" {
			return c.checkHoisted(r.hoisted, p.Count)
		}
		if len(errs) == 0 {
			if imps := cell.Imports(p.Decls); len(imps) > 0 {
				commit := r.commit
				r.commit = func() {
					commit()
					c.addImportDecls(imps)
				}
			}
			if blank := blankImports(p.Decls); len(blank) > 0 {
				commit := r.commit
				r.commit = func() {
					commit()
					c.addBlank(blank)
				}
			}
			r.AutoImports = auto
			for _, a := range auto {
				r.Notes = append(r.Notes, fmt.Sprintf("imported %q automatically", a.Path))
			}
			return r, nil
		}
		if src, ok := c.mainCalls(p, errs); ok {
			return c.checkRewritten(src, p.Count)
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

// valueNames returns the names of the notebook's variables and constants.
func (c *Checker) valueNames() map[string]bool {
	out := map[string]bool{}
	for _, v := range c.vars {
		out[v.name] = true
	}
	for _, e := range c.decls {
		if e.decl.Kind == cell.Var || e.decl.Kind == cell.Const {
			for _, n := range e.decl.Names {
				out[n] = true
			}
		}
	}
	return out
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
	return cell.LineCol(src, i)
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

// newInfo returns the record a type-check of a cell keeps: types,
// definitions, uses, implicit objects, instances and selections.
func newInfo() *types.Info {
	return &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Implicits:  map[ast.Node]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
}

// refusedErrors are the lowering's refusals in the cell's own files (an
// earlier cell's function lowered again was refused, if at all, in its
// own cell), as interpreter errors at their lines and columns.
func refusedErrors(rs []refusal, fset *token.FileSet, lineCol func(token.Position) (int, int)) Errors {
	var errs Errors
	for _, r := range rs {
		pos := fset.Position(r.pos)
		if pos.Filename != declsFile && pos.Filename != stmtsFile {
			continue
		}
		l, col := lineCol(pos)
		errs = append(errs, &Error{Line: l, Col: col, Msg: r.msg, Interp: true})
	}
	return errs
}
