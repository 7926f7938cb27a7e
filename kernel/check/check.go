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
	"maps"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
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
	info := newInfo()
	topVars := topLevelVars(stmtFile)
	var cellErrs []*Error
	broken := map[*cell.Decl]*Error{}
	badVars := map[*nbVar]bool{}
	undefPos := map[token.Pos]string{}
	undefDecl := map[*Error]undefAt{}   // undefined names in declarations
	rangeErrs := map[*Error]token.Pos{} // "cannot range over x": where x is
	// lineCol is the line and column in its cell of pos, in one of the
	// check's files
	lineCol := func(pos token.Position) (int, int) {
		l, col := pos.Line, pos.Column
		if l == 1 {
			if pos.Filename == stmtsFile {
				col -= len(stmtHead)
			} else {
				col -= len(prefix)
			}
		}
		return l, max(col, 1)
	}
	// place names pos as the kernel names a place in a cell, or as
	// go/types does when it is in none
	place := func(pos token.Position) string {
		count := p.Count
		switch pos.Filename {
		case declsFile, stmtsFile:
		default:
			d := fileDecl[pos.Filename]
			if d == nil || d.Cell <= 0 {
				return pos.String()
			}
			count = d.Cell
		}
		l, col := lineCol(pos)
		return fmt.Sprintf("Cell In[%d], line %d, column %d", count, l, col)
	}
	var lastErr *Error            // the error reported last, when it is the cell's
	targeted := map[string]bool{} // labels of invalid branch statements
	conf := types.Config{
		GoVersion: goVersion,
		Importer:  c.imp,
		Error: func(err error) {
			te, ok := err.(types.Error)
			last := lastErr
			lastErr = nil
			if !ok || unusedImport(te) || notebookVarUnused(te, topVars) {
				return
			}
			if trailing != nil && te.Pos == trailing.Pos() && strings.HasSuffix(te.Msg, " is not used") {
				return // the value the cell shows
			}
			if more, ok := strings.CutPrefix(te.Msg, "\t"); ok {
				// the second place of the error before (previous case,
				// other declaration): go build writes it on a line of its own
				if last != nil {
					last.Msg += "\n\t" + place(fset.Position(te.Pos)) + ": " + more
					lastErr = last
				}
				return
			}
			var f *ast.File
			switch fset.Position(te.Pos).Filename {
			case declsFile:
				f = declFile
			case stmtsFile:
				f = stmtFile
			}
			at, msg := goBuildError(f, te)
			for _, kind := range []string{"break", "continue"} {
				if name, ok := strings.CutPrefix(msg, "invalid "+kind+" label "); ok {
					targeted[name] = true
				}
			}
			if name, ok := strings.CutPrefix(msg, "label "); ok && strings.HasSuffix(name, " defined and not used") && targeted[strings.Fields(name)[0]] {
				return // go build's parser counts a label targeted out of place as used
			}
			msg = filePos.ReplaceAllStringFunc(msg, func(s string) string {
				m := filePos.FindStringSubmatch(s)
				l, _ := strconv.Atoi(m[2])
				col, _ := strconv.Atoi(m[3])
				return place(token.Position{Filename: m[1], Line: l, Column: col})
			})
			pos := fset.Position(at)
			switch pos.Filename {
			case declsFile, stmtsFile:
				l, col := lineCol(pos)
				if last := strings.Count(p.Stmts, "\n") + 1; pos.Filename == stmtsFile && l > last {
					l = last
				}
				e := &Error{Line: l, Col: max(col, 1), Msg: msg}
				cellErrs = append(cellErrs, e)
				lastErr = e
				if strings.HasPrefix(te.Msg, "cannot range over ") {
					rangeErrs[e] = te.Pos
				}
				if n, ok := strings.CutPrefix(te.Msg, "undefined: "); ok {
					undefPos[te.Pos] = n
					if pos.Filename == declsFile {
						undefDecl[e] = undefAt{n, te.Pos}
					}
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
	// An earlier declaration the cell breaks (a method whose type the
	// cell redefines) is removed when the cell runs: the cell is checked
	// again without it, so that neither the cell nor its lowering relies
	// on it (a printer's table calling a method that is gone), and the
	// declarations it breaks in turn are found.
	for {
		kept := files[:0:0]
		for _, f := range files {
			if d := fileDecl[fset.File(f.Pos()).Name()]; d != nil && broken[d] != nil {
				continue
			}
			kept = append(kept, f)
		}
		if len(kept) == len(files) {
			break
		}
		files = kept
		info, cellErrs, lastErr = newInfo(), nil, nil
		clear(undefPos)
		clear(undefDecl)
		clear(rangeErrs)
		clear(targeted)
		pkg, _ = conf.Check("main", fset, files, info)
	}
	rangeHints(rangeErrs, files, info)
	removedUses(cellErrs, broken)
	if at, msg := mainSignature(declFile); msg != "" {
		l, col := lineCol(fset.Position(at))
		cellErrs = append(cellErrs, &Error{Line: l, Col: col, Msg: msg})
	}
	if len(cellErrs) == 0 {
		at, msgs := recursiveTypes(declFile, info)
		for i, msg := range msgs {
			l, col := lineCol(fset.Position(at[i]))
			cellErrs = append(cellErrs, &Error{Line: l, Col: col, Msg: msg, Interp: true})
		}
	}
	var stmtVars []*ast.GenDecl // var declarations that would be statements in main
	if len(undefDecl) > 0 && stmtFile != nil {
		stmtVars = hintStmtVars(undefDecl, declFile, stmtFile)
	}
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
		var r *Result
		if ev := c.earlyVars(undefDecl, declFile, stmtFile, info, imports); len(ev) > 0 {
			r = &Result{early: ev}
		}
		if len(stmtVars) > 0 && !c.rewriting {
			if src := varsAsStatements(p.Src, fset, stmtVars, len(prefix)); src != "" {
				if r == nil {
					r = &Result{}
				}
				r.varStmts = src
			}
		}
		return r, sortErrors(cellErrs), undef
	}
	if !c.hoisting {
		local := map[*ast.File]int{}
		if declFile != nil {
			local[declFile] = len(prefix)
		}
		if stmtFile != nil {
			local[stmtFile] = len(stmtHead)
		}
		if src := c.hoistLocalTypes(p, fset, local, pkg, info); src != "" {
			return &Result{hoisted: src}, nil, nil
		}
	}
	// Lowered once; again, with the notebook's earlier functions too,
	// when the cell puts values of new composite types in interfaces
	// (anycomp.go)
	again := c.typeSetDependents(decls, broken, false)
	comps := c.anyComps
	info0, pkg0 := info, pkg
	var (
		r       *Result
		lw      *lowerer
		again2  []relowered
		made    map[string]earlierCopy // the copies of instances (earliercopies.go)
		newVars []*nbVar
	)
	forced := again != nil
	for pass := 0; ; pass++ {
		info, pkg = info0, pkg0
		specialised := []*ast.File{declFile, stmtFile}
		for _, e := range again {
			specialised = append(specialised, e.file)
		}
		gen, err := c.specialise(fset, files, specialised, c.sources(fset, prefix, stmtHead, p, decls), pkg, info)
		if err != nil {
			return nil, genError(err, len(stmtHead), len(prefix)), nil
		}
		if !forced && gen.newTypes(c.copies) {
			// a copy of an instance of a generic type is a new type,
			// as a declared one is: the functions that looked at the
			// set of types are lowered again with it (printing a
			// value of it through its String method)
			forced = true
			if again = c.typeSetDependents(decls, broken, true); len(again) > 0 {
				pass--
				continue
			}
		}
		if gen != nil {
			info, pkg = gen.info, gen.pkg
			gen.locate(fset, files, func(f *ast.File) int {
				if f == declFile {
					return p.Count
				}
				for _, e := range c.decls {
					if e.file == f {
						return e.decl.Cell
					}
				}
				return 0
			})
		}
		var ci *compiledInstances
		if c.imp.module != "" {
			ci = &compiledInstances{imp: c.imp, repl: map[ast.Node]string{}, wrappers: c.wrappers}
			if gen != nil {
				ci.copied = gen.repl
			}
			// the earlier declarations lowered again too: their uses of
			// compiled instantiations (the program has them) are replaced
			// as when they were first lowered
			found := []*ast.File{declFile, stmtFile}
			for _, e := range again {
				found = append(found, e.file)
			}
			if errs := ci.find(fset, found, info, cellPos(fset, len(prefix), len(stmtHead))); len(errs) > 0 {
				return nil, errs, nil
			}
		}
		r = &Result{Vars: map[string]string{}}
		for _, e := range c.decls {
			if b := broken[e.decl]; b != nil {
				r.Broken = append(r.Broken, Broken{Decl: e.decl, Err: b})
			}
		}
		lw = &lowerer{info: info, pkg: pkg, copies: c.copies, fset: fset, imports: imports, cfg: c.cfg, counter: &c.counter, compiled: c.compiled, inst: ci}
		lw.anyComps = comps
		lw.copyNames = c.copyNames
		lw.earlier = c.earlier
		if gen != nil {
			lw.mono = gen.repl
			lw.copyNames = gen.copyNames(c.copyNames)
		}
		lw.compiledBases = compiledBases(files, info)
		lw.reserveBases(declFile)
		lw.planInitOrder(declFile)
		for _, d := range decls {
			r.Decls = append(r.Decls, lw.lowerDecl(d, declFile, len(prefix)))
		}
		var relowImports []Import
		again2, relowImports = lw.relower(again, r)
		newVars = nil
		if stmtFile != nil {
			body := stmtFile.Decls[len(stmtFile.Decls)-1].(*ast.FuncDecl).Body
			newVars = c.stmtVars(body, info, imports)
			simple := simpleStmts(body)
			sl := stmtsLowering{wrap: !simple, newVars: map[string]string{}, existing: c.valueNames()}
			old := c.Vars()
			for _, v := range newVars {
				r.Vars[v.name] = v.typ
				if !spellable(v.typ) {
					sl.wrap = false
				}
				if old[v.name] != v.typ {
					sl.newVars[v.name] = lw.spellCopies(v.t, lw.spellInstances(v.t, v.typ, v.qual), v.qual)
					sl.order = append(sl.order, v.name)
				}
				for a, path := range v.imports {
					lw.extraImport(a, path)
				}
			}
			r.Stmts, r.Prelude = lw.lowerStmts(p.Stmts, body, len(stmtHead), sl)
			r.Wrapped, r.TopLevel = sl.wrap, simple
			r.Trailing = lw.trailing
			r.Redeclared = lw.redeclared
		}
		if gen != nil {
			r.Generated, r.GeneratedImports = gen.lower(lw)
		}
		made = nil
		if gen != nil {
			made = gen.instanceCopies()
		}
		if len(lw.fmtDecls) > 0 {
			r.Generated = append(r.Generated, lw.fmtDecls...)
			r.GeneratedImports = append(r.GeneratedImports, Import{Name: rtName, Path: rt.Path})
		}
		r.Generated = append(r.Generated, lw.gen...)
		r.GeneratedImports = append(r.GeneratedImports, relowImports...)
		if len(lw.hidden) > 0 {
			r.Prelude = strings.TrimPrefix(r.Prelude+"\n"+strings.Join(lw.hidden, "\n"), "\n")
		}
		if ci != nil && len(ci.missing) > 0 {
			return &Result{Instances: ci.missing}, nil, nil
		}
		if errs := refusedErrors(lw.refused, fset, lineCol); len(errs) > 0 {
			return nil, errs, nil
		}
		added, changed := lw.newAnyComps()
		if len(added) > 0 {
			comps = append(slices.Clone(comps), added...)
		}
		if pass == 0 && changed {
			again = c.typeSetDependents(decls, broken, true)
			continue
		}
		break
	}
	lowered := r.Decls
	r.commit = func() {
		c.commit(decls, imports, newVars, broken, badVars)
		for _, d := range r.Generated {
			for _, n := range d.Names {
				if c.copies == nil {
					c.copies = map[string]bool{}
				}
				c.copies[n] = true
			}
			c.noteCopyName(d)
		}
		if len(made) > 0 {
			c.earlier = maps.Clone(c.earlier)
			if c.earlier == nil {
				c.earlier = map[string]earlierCopy{}
			}
			maps.Copy(c.earlier, made)
		}
		c.noteLowered(decls, lowered, again2)
		c.anyComps = comps
	}
	return r, nil, nil
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
