package check

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// A checkRun is one type-check of a cell against the notebook: the files
// it checks (the earlier declarations, the notebook's variables, the
// cell's declarations and its statements in a function), then what
// go/types reported, sorted into the cell's errors and the earlier
// declarations the cell breaks.
type checkRun struct {
	c                  *Checker
	p                  *cell.Parsed
	decls              []*cell.Decl // the cell's, but imports
	imports            map[string]string
	prefix, stmtHead   string // the first line of every file; the statements' function head
	fset               *token.FileSet
	files              []*ast.File
	fileDecl           map[string]*cell.Decl // an earlier declaration by its file's name
	varLine            map[int]*nbVar        // a notebook variable by its line in varsFile
	declFile, stmtFile *ast.File             // the cell's, nil when it has none
	dropped            bool                  // report dropped an error go build does not give
	trailing           ast.Expr              // the cell's last statement when an expression: shown, not "not used"

	info      *types.Info
	pkg       *types.Package
	cellErrs  []*Error
	broken    map[*cell.Decl]*Error // earlier declarations the cell breaks
	badVars   map[*nbVar]bool       // notebook variables whose type the cell breaks
	undefPos  map[token.Pos]string
	undefDecl map[*Error]undefAt   // undefined names in declarations
	rangeErrs map[*Error]token.Pos // "cannot range over x": where x is
	lastErr   *Error               // the error reported last, when it is the cell's
	targeted  map[string]bool      // labels of invalid branch statements
	topVars   map[token.Pos]string
}

// check runs one type-check. It returns the cell's errors, and for
// auto-import the undefined names used as X in X.Sel, with their Sels.
func (c *Checker) check(p *cell.Parsed, decls []*cell.Decl, imports map[string]string) (*Result, Errors, map[string][]string) {
	run, syntax := c.parseCell(p, decls, imports)
	if len(syntax) > 0 {
		return nil, sortErrors(syntax), nil
	}
	run.typeCheck()
	if len(run.cellErrs) > 0 {
		r, undef := run.rejected()
		return r, sortErrors(run.cellErrs), undef
	}
	if !c.hoisting {
		local := map[*ast.File]int{}
		if run.declFile != nil {
			local[run.declFile] = len(run.prefix)
		}
		if run.stmtFile != nil {
			local[run.stmtFile] = len(run.stmtHead)
		}
		if src := c.hoistLocalTypes(p, run.fset, local, run.files, run.pkg, run.info); src != "" {
			return &Result{hoisted: src}, nil, nil
		}
		if r := localGenericRefusal(local, run.info, run.pkg); r != nil {
			return nil, refusedErrors([]refusal{*r}, run.fset, run.lineCol), nil
		}
	}
	r, errs := run.lower()
	return r, errs, nil
}

// parseCell makes the files of a check: the earlier declarations the cell
// does not replace (parsed once, again when the imports change), the
// notebook's variables the cell does not declare, the cell's
// declarations and its statements as the body of func _. It returns the
// cell's syntax errors.
func (c *Checker) parseCell(p *cell.Parsed, decls []*cell.Decl, imports map[string]string) (*checkRun, Errors) {
	run := &checkRun{c: c, p: p, decls: decls, imports: imports, fset: c.fset,
		prefix: importPrefix(imports), fileDecl: map[string]*cell.Decl{}, varLine: map[int]*nbVar{}}
	run.stmtHead = run.prefix + "func _() {"
	fset, prefix := run.fset, run.prefix
	cellNames := map[string]bool{}
	for _, d := range decls {
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				cellNames[n] = true
			}
		}
	}
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
		run.files = append(run.files, e.file)
		run.fileDecl[fset.File(e.file.Pos()).Name()] = e.decl
	}
	if f := c.varsFileFor(prefix, imports, cellNames, run.varLine); f != nil {
		run.files = append(run.files, f)
	}
	var syntax Errors
	if len(decls) > 0 {
		f, err := parser.ParseFile(fset, declsFile, prefix+overlay(decls), parser.SkipObjectResolution)
		if err != nil {
			syntax = append(syntax, c.syntaxErrors(err, len(prefix))...)
		} else {
			run.declFile = f
			run.files = append(run.files, f)
		}
	}
	if p.Stmts != "" {
		f, err := parser.ParseFile(fset, stmtsFile, run.stmtHead+p.Stmts+"\n}", parser.SkipObjectResolution)
		if err != nil {
			syntax = append(syntax, c.syntaxErrors(err, len(run.stmtHead))...)
		} else {
			run.stmtFile = f
			run.files = append(run.files, f)
			if list := f.Decls[len(f.Decls)-1].(*ast.FuncDecl).Body.List; len(list) > 0 {
				if es, ok := list[len(list)-1].(*ast.ExprStmt); ok {
					run.trailing = es.X
				}
			}
		}
	}
	return run, syntax
}

// varsFileFor returns the file declaring the notebook's variables but
// those named in skip (the cell declares them), with the imports their
// types need, parsed again only when its source changes; varLine gets
// each variable by its line. Nil when it does not parse.
func (c *Checker) varsFileFor(prefix string, imports map[string]string, skip map[string]bool, varLine map[int]*nbVar) *ast.File {
	var vb strings.Builder
	vb.WriteString(prefix)
	aliases := map[string]string{}
	for _, v := range c.vars {
		if skip[v.name] {
			continue
		}
		for a, path := range v.imports {
			if _, ok := imports[a]; !ok && aliases[a] == "" {
				aliases[a] = path
				fmt.Fprintf(&vb, "import %s %q;", a, path)
			}
		}
	}
	line := 1
	for _, v := range c.vars {
		if skip[v.name] {
			continue
		}
		line++
		fmt.Fprintf(&vb, "\nvar %s %s", v.name, v.typ)
		varLine[line] = v
	}
	if vb.String() != c.varsSrc || c.varsFile == nil {
		c.varsFile, c.varsSrc = nil, vb.String()
		if f, err := parser.ParseFile(c.fset, varsFile, c.varsSrc, parser.SkipObjectResolution); err == nil {
			c.varsFile = f
		}
	}
	return c.varsFile
}

// lineCol is the line and column in its cell of pos, in one of the
// check's files.
func (run *checkRun) lineCol(pos token.Position) (int, int) {
	l, col := pos.Line, pos.Column
	if l == 1 {
		if pos.Filename == stmtsFile {
			col -= len(run.stmtHead)
		} else {
			col -= len(run.prefix)
		}
	}
	return l, max(col, 1)
}

// importPlace names the place of the second part more of an error (an
// "other declaration of x"): when it is an import of the line every file
// starts with, the place in its cell where the import was written.
func (run *checkRun) importPlace(pos token.Position, more string) string {
	name, ok := strings.CutPrefix(more, "other declaration of ")
	if !ok || pos.Line != 1 || pos.Column > len(run.prefix) {
		return run.place(pos)
	}
	d := run.c.importAt[name]
	for _, cd := range run.p.Decls {
		if cd.Kind == cell.Import && cd.ImportName == name {
			d = cd // the cell's own
		}
	}
	if d == nil || d.ImportLine == 0 {
		return run.place(pos)
	}
	count := d.Cell
	if count <= 0 {
		count = run.p.Count
	}
	return fmt.Sprintf("Cell In[%d], line %d, column %d", count, d.ImportLine, d.ImportCol)
}

// place names pos as the kernel names a place in a cell, or as go/types
// does when it is in none.
func (run *checkRun) place(pos token.Position) string {
	count := run.p.Count
	switch pos.Filename {
	case declsFile, stmtsFile:
	default:
		d := run.fileDecl[pos.Filename]
		if d == nil || d.Cell <= 0 {
			return pos.String()
		}
		count = d.Cell
	}
	l, col := run.lineCol(pos)
	return fmt.Sprintf("Cell In[%d], line %d, column %d", count, l, col)
}

// typeCheck type-checks the files. An earlier declaration the cell
// breaks (a method whose type the cell redefines) is removed when the
// cell runs: the cell is checked again without it, so that neither the
// cell nor its lowering relies on it (a printer's table calling a method
// that is gone), and the declarations it breaks in turn are found. Then
// the errors go/types does not give, or gives otherwise than go build.
func (run *checkRun) typeCheck() {
	run.topVars = topLevelVars(run.stmtFile)
	run.broken = map[*cell.Decl]*Error{}
	run.badVars = map[*nbVar]bool{}
	run.undefPos = map[token.Pos]string{}
	run.undefDecl = map[*Error]undefAt{}
	run.rangeErrs = map[*Error]token.Pos{}
	run.targeted = map[string]bool{}
	// an unused import is no error of a cell (report drops it), and
	// go/types checks instantiation cycles only when it reported no
	// error at all: it must not count
	conf := types.Config{GoVersion: goVersion, Importer: run.c.imp, Error: run.report, DisableUnusedImportCheck: true}
	run.info = newInfo()
	run.pkg, _ = conf.Check("main", run.fset, run.files, run.info)
	for {
		kept := run.files[:0:0]
		for _, f := range run.files {
			if d := run.fileDecl[run.fset.File(f.Pos()).Name()]; d != nil && run.broken[d] != nil {
				continue
			}
			kept = append(kept, f)
		}
		if len(kept) == len(run.files) {
			break
		}
		run.files = kept
		run.info, run.cellErrs, run.lastErr = newInfo(), nil, nil
		clear(run.undefPos)
		clear(run.undefDecl)
		clear(run.rangeErrs)
		clear(run.targeted)
		run.pkg, _ = conf.Check("main", run.fset, run.files, run.info)
	}
	if len(run.cellErrs) == 0 && run.dropped && declaresGeneric(run.declFile) {
		run.instantiationCycles(conf)
	}
	rangeHints(run.rangeErrs, run.files, run.info)
	removedUses(run.cellErrs, run.broken)
	if at, msg := mainSignature(run.declFile); msg != "" {
		l, col := run.lineCol(run.fset.Position(at))
		run.cellErrs = append(run.cellErrs, &Error{Line: l, Col: col, Msg: msg})
	}
	if len(run.cellErrs) == 0 {
		// go build's compiler, after its type checker
		at, msgs := compilerErrors(run.info, run.declFile, run.stmtFile)
		for i, msg := range msgs {
			l, col := run.lineCol(run.fset.Position(at[i]))
			run.cellErrs = append(run.cellErrs, &Error{Line: l, Col: col, Msg: msg})
		}
	}
	if len(run.cellErrs) == 0 {
		at, msgs := recursiveTypes(run.declFile, run.info)
		cat, cmsgs := collidingFields(run.declFile, run.info) // (blanks.go)
		at, msgs = append(at, cat...), append(msgs, cmsgs...)
		for i, msg := range msgs {
			l, col := run.lineCol(run.fset.Position(at[i]))
			run.cellErrs = append(run.cellErrs, &Error{Line: l, Col: col, Msg: msg, Interp: true})
		}
	}
}

// report sorts one error of go/types: the cell's (in go build's words, at
// its line and column), an earlier declaration's the cell breaks, a
// notebook variable's whose type it breaks; what go build does not
// report in a cell (an unused import or notebook variable, the cell's
// trailing value) is dropped.
func (run *checkRun) report(err error) {
	te, ok := err.(types.Error)
	last := run.lastErr
	run.lastErr = nil
	if !ok || unusedImport(te) || notebookVarUnused(te, run.topVars) {
		run.dropped = true
		return
	}
	if run.trailing != nil && te.Pos == run.trailing.Pos() && strings.HasSuffix(te.Msg, " is not used") {
		run.dropped = true
		return // the value the cell shows
	}
	fset := run.fset
	if more, ok := strings.CutPrefix(te.Msg, "\t"); ok {
		// the second place of the error before (previous case, other
		// declaration): go build writes it on a line of its own
		if last != nil {
			last.Msg += "\n\t" + run.importPlace(fset.Position(te.Pos), more) + ": " + more
			run.lastErr = last
		}
		return
	}
	var f *ast.File
	switch fset.Position(te.Pos).Filename {
	case declsFile:
		f = run.declFile
	case stmtsFile:
		f = run.stmtFile
	}
	at, msg := goBuildError(f, te)
	if strings.HasPrefix(msg, "break label not defined: ") || strings.HasPrefix(msg, "continue label not defined: ") {
		// the label, of the function around a function literal, that
		// only the literal's branch targets: go build's parser counts
		// it unused
		name := msg[strings.Index(msg, ": ")+2:]
		if lp := unusedOuterLabel(f, te.Pos, name); lp.IsValid() {
			run.report(types.Error{Fset: te.Fset, Pos: lp, Msg: "label " + name + " declared and not used", Soft: true})
		}
	}
	for _, kind := range []string{"break", "continue"} {
		if name, ok := strings.CutPrefix(msg, "invalid "+kind+" label "); ok {
			run.targeted[name] = true
		}
	}
	if name, ok := strings.CutPrefix(msg, "label "); ok && strings.HasSuffix(name, " defined and not used") && run.targeted[strings.Fields(name)[0]] {
		return // go build's parser counts a label targeted out of place as used
	}
	msg = filePos.ReplaceAllStringFunc(gorootColumns(msg), func(s string) string {
		m := filePos.FindStringSubmatch(s)
		l, _ := strconv.Atoi(m[2])
		col, _ := strconv.Atoi(m[3])
		return run.place(token.Position{Filename: m[1], Line: l, Column: col})
	})
	pos := fset.Position(at)
	switch pos.Filename {
	case declsFile, stmtsFile:
		l, col := run.lineCol(pos)
		if last := strings.Count(run.p.Stmts, "\n") + 1; pos.Filename == stmtsFile && l > last {
			l = last
		}
		e := &Error{Line: l, Col: max(col, 1), Msg: msg}
		run.cellErrs = append(run.cellErrs, e)
		if !strings.HasPrefix(te.Msg, "label ") || !strings.HasSuffix(te.Msg, " already declared") || msg == te.Msg {
			run.lastErr = e // (go build names a label's first place in its message)
		}
		if strings.HasPrefix(te.Msg, "cannot range over ") {
			run.rangeErrs[e] = te.Pos
		}
		if n, ok := strings.CutPrefix(te.Msg, "undefined: "); ok {
			run.undefPos[te.Pos] = n
			if pos.Filename == declsFile {
				run.undefDecl[e] = undefAt{n, te.Pos}
			}
		}
	case varsFile:
		if v := run.varLine[pos.Line]; v != nil {
			run.badVars[v] = true
		}
	default:
		if d := run.fileDecl[pos.Filename]; d != nil && run.broken[d] == nil {
			col := pos.Column
			if pos.Line == 1 {
				col -= len(run.prefix)
			}
			run.broken[d] = &Error{Line: pos.Line, Col: max(col, 1), Msg: te.Msg}
		}
	}
}

// rejected is what a cell that does not compile gives back beside its
// errors: the undefined names used as X in X.Sel, with their Sels (for
// auto-import), and a Result when checking it otherwise may compile
// (variables its declarations use declared early, var declarations
// beside the statements they read as statements).
func (run *checkRun) rejected() (*Result, map[string][]string) {
	var stmtVars []*ast.GenDecl // var declarations that would be statements in main
	if len(run.undefDecl) > 0 && run.stmtFile != nil {
		stmtVars = hintStmtVars(run.undefDecl, run.declFile, run.stmtFile)
	}
	undef := map[string][]string{}
	for _, f := range []*ast.File{run.declFile, run.stmtFile} {
		if f == nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && run.undefPos[id.Pos()] == id.Name {
					undef[id.Name] = append(undef[id.Name], sel.Sel.Name)
				}
			}
			return true
		})
	}
	var r *Result
	if ev := run.c.earlyVars(run.undefDecl, run.declFile, run.stmtFile, run.info, run.imports); len(ev) > 0 {
		r = &Result{early: ev}
	}
	if len(stmtVars) > 0 && !run.c.rewriting {
		if src := varsAsStatements(run.p.Src, run.fset, stmtVars, len(run.prefix)); src != "" {
			if r == nil {
				r = &Result{}
			}
			r.varStmts = src
		}
	}
	return r, undef
}

// instantiationCycles reports the instantiation cycles of the cell's
// declarations. go/types looks for them only when it reported no error,
// and it did report one that go build does not give (a notebook
// variable the cell does not use, the cell's value): the declarations
// are checked again without the cell's statements.
func (run *checkRun) instantiationCycles(conf types.Config) {
	var files []*ast.File
	for _, f := range run.files {
		if f != run.stmtFile {
			files = append(files, f)
		}
	}
	var errs []types.Error
	conf.Error = func(err error) {
		if te, ok := err.(types.Error); ok {
			errs = append(errs, te)
		}
	}
	conf.Check("main", run.fset, files, nil)
	for i, te := range errs {
		if te.Msg == "instantiation cycle:" {
			run.report(te)
			for _, more := range errs[i+1:] {
				if !strings.HasPrefix(more.Msg, "\t") {
					break
				}
				run.report(more)
			}
		}
	}
}

// declaresGeneric reports whether f declares a generic function or a
// method of a generic type.
func declaresGeneric(f *ast.File) bool {
	if f == nil {
		return false
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			if fd.Type.TypeParams != nil {
				return true
			}
			if fd.Recv != nil && len(fd.Recv.List) == 1 && isIndexExpr(ast.Unparen(starless(fd.Recv.List[0].Type))) {
				return true
			}
		}
	}
	return false
}

// starless is e without a leading *.
func starless(e ast.Expr) ast.Expr {
	if s, ok := e.(*ast.StarExpr); ok {
		return s.X
	}
	return e
}
