package check

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/cell/mono"
)

// yaegi v0.16.1 has no generic code of the standard library (slices,
// maps, cmp, iter, atomic.Pointer, errors.AsType, ...) and none newer
// than Go 1.22 (strings.Lines). Package mono makes what a cell uses into
// ordinary declarations from GOROOT's sources; specialise runs it over a
// cell that type-checked and type-checks the declarations with the cell,
// so that the lowerer lowers both. The declarations go to the session
// with the cell's (Result.Generated), the uses in the cell are replaced
// by their names (lowerer.mono).

// specializer is shared by every Checker of the process: it keeps
// GOROOT's packages, parsed and type-checked, and every specialisation.
//
// In a program built for a notebook module ($GOFUTURES_MODULE), the
// generics of its third-party packages are specialised from their
// sources too, where the program cannot have their instantiation
// compiled in (a type argument declared in a cell): see instances.go.
var specializer = sync.OnceValue(func() *mono.Specializer {
	return mono.New(mono.Options{AllNotebookGenerics: true, Provided: interpreterProvides,
		Module: os.Getenv(ModuleEnv), Compiled: compiledInstantiation})
})

// compiledInstantiation reports whether an instantiation of a generic
// of a third-party package with targs can be compiled into the program
// (mono.Options.Compiled): its type arguments name no cell's types.
func compiledInstantiation(_ types.Object, targs []types.Type) bool {
	for _, t := range targs {
		if compilable(t, map[types.Type]bool{}, map[string]types.Type{}) != nil {
			return false
		}
	}
	return true
}

// genFile is the name of the file of generated declarations in a check.
const genFile = "gofutures-generic.go"

// generated is what specialise made of a cell.
type generated struct {
	repl   map[ast.Node]string // cell expressions -> identifiers of copies
	file   *ast.File           // the declarations, parsed
	prefix string              // the file's first line: package clause, imports
	body   string              // the declarations, after the prefix
	decls  []*mono.Decl        // in the order of body
	spans  [][2]int            // each declaration's bytes in body
	names  map[string]string   // import path -> name, of body's imports
	info   *types.Info         // of the check with file
	pkg    *types.Package
	// origins are, by a copy's name, where the generic function of the
	// notebook it copies is declared (locate); methodOrigins, by a copy's
	// name and a method's, where the methods of the generic type are
	methodOrigins map[string]map[string]origin
	origins       map[string]origin
}

// origin is where a generic function of the notebook is declared: the
// cell (its execution count) and the cell line of its func keyword.
type origin struct{ cell, line int }

// copyLines maps the lines of the file of generated declarations that
// a copy of a generic function of the notebook has (from first on) to
// the lines of the generic function's cell (mono.Decl.Lines).
type copyLines struct {
	first int   // the file's line of the copy's first
	lines []int // mono.Decl.Lines
	at    int   // the cell line of the generic function's first
	// more are, for a copy of a generic type's instance, its methods'
	// (mono.Decl.Methods), each from its own declaration's line
	more []copyLines
}

// line returns the cell line of the file's line l, 0 when not known.
func (c *copyLines) line(l int) int {
	i := l - c.first
	if i < 0 || i >= len(c.lines) || c.lines[i] == 0 {
		for _, m := range c.more {
			if cl := m.line(l); cl > 0 {
				return cl
			}
		}
		return 0
	}
	return c.at + c.lines[i] - 1
}

// locate sets g.origins for the copies of the notebook's generic
// functions, whose declarations are among files; cellOf returns the
// cell of a file of the check.
func (g *generated) locate(fset *token.FileSet, files []*ast.File, cellOf func(*ast.File) int) {
	if g == nil {
		return
	}
	for _, d := range g.decls {
		g.locateMethods(d, fset, files, cellOf)
		if d.Origin == "" || len(d.Lines) == 0 {
			continue
		}
		fn, ok := g.pkg.Scope().Lookup(d.Origin).(*types.Func)
		if !ok {
			continue
		}
		for _, f := range files {
			if f == nil || fset.File(f.Pos()) != fset.File(fn.Pos()) {
				continue
			}
			for _, decl := range f.Decls {
				if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Pos() == fn.Pos() {
					if c := cellOf(f); c > 0 {
						if g.origins == nil {
							g.origins = map[string]origin{}
						}
						g.origins[d.Name] = origin{cell: c, line: fset.Position(fd.Pos()).Line}
					}
				}
			}
		}
	}
}

// locateMethods sets g.methodOrigins for d, when it is a copy of an
// instance of a generic type of the notebook whose methods' lines mono
// knows (mono.Decl.Methods).
func (g *generated) locateMethods(d *mono.Decl, fset *token.FileSet, files []*ast.File, cellOf func(*ast.File) int) {
	name, ok := strings.CutPrefix(d.Generic, "main.")
	if !ok || len(d.Methods) == 0 {
		return
	}
	tn, ok := g.pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return
	}
	for m := range named.Methods() {
		for _, f := range files {
			if f == nil || fset.File(f.Pos()) != fset.File(m.Pos()) {
				continue
			}
			for _, decl := range f.Decls {
				fd, ok := decl.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || fd.Name.Pos() != m.Pos() {
					continue
				}
				if c := cellOf(f); c > 0 {
					if g.methodOrigins == nil {
						g.methodOrigins = map[string]map[string]origin{}
					}
					if g.methodOrigins[d.Name] == nil {
						g.methodOrigins[d.Name] = map[string]origin{}
					}
					g.methodOrigins[d.Name][m.Name()] = origin{cell: c, line: fset.Position(fd.Pos()).Line}
				}
			}
		}
	}
}

// specialise specialises the generic standard-library code that the
// cell's files (cellFiles, among files, with their sources in src) use.
// It returns nil when they use none.
func (c *Checker) specialise(fset *token.FileSet, files, cellFiles []*ast.File, src map[string][]byte, pkg *types.Package, info *types.Info) (*generated, error) {
	var own []*ast.File
	for _, f := range cellFiles {
		if f != nil {
			own = append(own, f)
		}
	}
	cellFiles = own
	var others []*ast.File
	for _, f := range files {
		if src[fset.File(f.Pos()).Name()] != nil && !containsFile(cellFiles, f) {
			others = append(others, f)
		}
	}
	r, err := specializer().Specialize(context.Background(), &mono.Cell{Fset: fset, Files: cellFiles, Decls: others, Src: src, Pkg: pkg, Info: info,
		Held: c.heldEarlier(pkg, info, cellFiles)})
	if err != nil {
		return nil, err
	}
	if len(r.Edits) == 0 && !c.changedCopies(r.Decls) {
		return nil, nil
	}
	g := &generated{repl: map[ast.Node]string{}, names: map[string]string{}}
	for _, e := range r.Edits {
		g.repl[e.Node] = e.Name
	}
	var b strings.Builder
	b.WriteString("package main;")
	for _, p := range r.Imports {
		ip, err := c.imp.Import(p)
		if err != nil {
			return nil, fmt.Errorf("generic code needs package %s: %w", p, err)
		}
		g.names[p] = ip.Name()
		fmt.Fprintf(&b, "import %s %q;", ip.Name(), p)
	}
	g.prefix = b.String() + "\n"
	var body strings.Builder
	for _, d := range r.Decls {
		if pkg.Scope().Lookup(d.Name) != nil {
			continue // in the notebook already (a log replayed into the checker)
		}
		start := body.Len()
		body.WriteString(d.Src)
		g.spans = append(g.spans, [2]int{start, body.Len()})
		body.WriteString("\n\n")
		g.decls = append(g.decls, d)
	}
	g.body = body.String()
	g.file, err = parser.ParseFile(fset, genFile, g.prefix+g.body, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("generated code does not parse: %w", err)
	}
	g.info = newInfo()
	var first error
	conf := types.Config{GoVersion: goVersion, Importer: c.imp, Error: func(err error) {
		// The cell's own errors were sorted out by the first check.
		if te, ok := err.(types.Error); ok && !te.Soft && first == nil && fset.Position(te.Pos).Filename == genFile {
			first = err
		}
	}}
	g.pkg, _ = conf.Check("main", fset, append(append([]*ast.File(nil), files...), g.file), g.info)
	if first != nil {
		return nil, fmt.Errorf("generated code does not type-check: %w", first)
	}
	return g, nil
}

// changedCopies reports whether one of decls is not committed as it is
// (Checker.copyKeys): a cell without edits needs them only then.
func (c *Checker) changedCopies(decls []*mono.Decl) bool {
	for _, d := range decls {
		if c.copyKeys[d.Name] != d.Key {
			return true
		}
	}
	return false
}

// keys returns the keys of g's declarations by their names.
func (g *generated) keys() map[string]string {
	if g == nil {
		return nil
	}
	out := map[string]string{}
	for _, d := range g.decls {
		out[d.Name] = d.Key
	}
	return out
}

func containsFile(files []*ast.File, f *ast.File) bool {
	for _, x := range files {
		if x == f {
			return true
		}
	}
	return false
}

// lower lowers each generated declaration and returns them as
// declarations for the session's log, with the imports they need.
func (g *generated) lower(lw *lowerer) ([]*cell.Decl, []Import) {
	lw.noLines = true
	defer func() { lw.noLines = false }()
	var out []*cell.Decl
	byKey := map[string]string{}
	for _, d := range g.decls {
		byKey[d.Key] = d.Name
	}
	imports := map[string]string{} // name -> path
	for _, d := range g.decls {
		for _, p := range d.Imports {
			imports[g.names[p]] = p
		}
	}
	for i, d := range g.decls {
		// the body with the other declarations blanked, as a cell's
		// declarations are lowered
		blank := []byte(g.body)
		for j := range blank {
			if (j < g.spans[i][0] || j >= g.spans[i][1]) && blank[j] != '\n' {
				blank[j] = ' '
			}
		}
		orig := string(blank)
		o, located := g.origins[d.Name]
		first := strings.Count(g.prefix, "\n") + strings.Count(g.body[:g.spans[i][0]], "\n") + 1
		if located {
			// its Sites, Calls and the lines its checks note are the
			// generic function's
			lw.noLines = false
			lw.copyAt = &copyLines{first: first, lines: d.Lines, at: o.line}
		} else if mo := g.methodOrigins[d.Name]; len(mo) > 0 {
			// the lines its methods' checks note are the generic
			// methods'
			c := &copyLines{first: first}
			for _, m := range d.Methods {
				if o, ok := mo[m.Name]; ok {
					c.more = append(c.more, copyLines{first: first, lines: m.Lines, at: o.line})
				}
			}
			if len(c.more) > 0 {
				lw.noLines, lw.copyAt = false, c
			}
		}
		l := lw.lowerDecl(&cell.Decl{Src: orig}, g.file, len(g.prefix))
		lw.noLines, lw.copyAt = true, nil
		for _, im := range l.Imports {
			imports[im.Name] = im.Path
		}
		refs := append([]string(nil), d.CellNames...)
		for _, k := range d.Deps {
			if n, ok := byKey[k]; ok {
				refs = append(refs, n)
			}
		}
		cd := &cell.Decl{Kind: declKind(d.Kind), Names: []string{d.Name}, Src: strings.TrimSpace(l.Src), Orig: d.Src, Refs: refs}
		cd.GoName = typemark.GoName(lw.copyNames[d.Name])
		if located {
			cd.Generic, cd.GenericCell = d.Origin, o.cell
			cd.Sites, cd.Lits, cd.Mark, cd.ExitMark, cd.Calls = l.Sites, trimmedLits(l.Lits, l.Src), l.Mark, l.ExitMark, l.Calls
		}
		out = append(out, cd)
	}
	var ims []Import
	for n, p := range imports {
		ims = append(ims, Import{Name: n, Path: p})
	}
	sort.Slice(ims, func(i, j int) bool { return ims[i].Name < ims[j].Name })
	return out, ims
}

// newTypes reports whether g declares a type that is not among the
// copies earlier cells declared.
func (g *generated) newTypes(copies map[string]bool) bool {
	if g == nil {
		return false
	}
	for _, d := range g.decls {
		if d.Kind == mono.TypeDecl && !copies[d.Name] {
			return true
		}
	}
	return false
}

// copyNames returns names, with the names Go gives the instances of
// generic types that g's declarations copy added (mono.Decl.Generic).
func (g *generated) copyNames(names map[string]string) map[string]string {
	out := maps.Clone(names)
	for _, d := range g.decls {
		if d.Generic == "" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		args := make([]string, len(d.TypeArgs))
		for i, t := range d.TypeArgs {
			args[i] = goNames(out).spell(t, true)
		}
		out[d.Name] = d.Generic + "[" + strings.Join(args, ",") + "]"
	}
	return out
}

func declKind(k mono.Kind) cell.DeclKind {
	switch k {
	case mono.TypeDecl:
		return cell.Type
	case mono.ConstDecl:
		return cell.Const
	case mono.VarDecl:
		return cell.Var
	}
	return cell.Func
}

// genError is the error of a cell whose generic code cannot be
// specialised, at the cell's line and column when the position is in it.
func genError(err error, stmtShift, declShift int) Errors {
	msg := err.Error()
	line, col := 1, 1
	for _, f := range []struct {
		name  string
		shift int
	}{{stmtsFile, stmtShift}, {declsFile, declShift}} {
		at := strings.Index(msg, f.name+":")
		if at < 0 {
			continue
		}
		rest := msg[at+len(f.name)+1:]
		parts := strings.SplitN(rest, ":", 3)
		if len(parts) == 3 {
			l, err1 := strconv.Atoi(parts[0])
			c, err2 := strconv.Atoi(parts[1])
			if err1 == nil && err2 == nil {
				line, col = l, c
				if l == 1 {
					col = max(c-f.shift, 1)
				}
				msg = strings.TrimSpace(msg[:at] + parts[2])
			}
		}
	}
	what := "generic standard-library code"
	if me := (*mono.ModuleError)(nil); errors.As(err, &me) {
		// what the compiled path says of the cell's types, too
		what = "generic code of " + me.Path + " with a type declared in a cell (declare the type in a %%compile cell to have the instantiation compiled instead)"
	}
	return Errors{{Line: line, Col: col, Msg: "cannot use " + what + " here: " + strings.TrimSpace(strings.TrimPrefix(msg, "mono: ")), Interp: true}}
}

// sources are the texts of a check's files that may hold generic code:
// the earlier declarations', the cell's declarations' and statements'.
func (c *Checker) sources(fset *token.FileSet, prefix, stmtHead string, p *cell.Parsed, decls []*cell.Decl) map[string][]byte {
	src := map[string][]byte{}
	for _, e := range c.decls {
		if e.file != nil {
			if (e.decl.Kind == cell.Func || e.decl.Kind == cell.Type) && c.wrappers[e.decl.Names[0]] {
				// a %%compile generic function's wrapper: its uses are
				// compiled instantiations (instances.go), not copies
				continue
			}
			src[fset.File(e.file.Pos()).Name()] = []byte(e.prefix + e.decl.Source())
		}
	}
	if len(decls) > 0 {
		src[declsFile] = []byte(prefix + overlay(decls))
	}
	if p.Stmts != "" {
		src[stmtsFile] = []byte(stmtHead + p.Stmts + "\n}")
	}
	return src
}

// preloaded are the packages Preload reads: the generic code cells use
// most.
var preloaded = []string{"slices", "maps", "strings"}

// Preload reads the generic standard-library packages cells use most
// into the process's specializer now (80-360 ms cold), so that the first
// cell that uses them does not wait for it. It reads one package at a
// time: a cell that needs the specializer meanwhile waits for one
// package at most; ctx stops it between packages, and a later call goes
// on with the packages not read yet. A kernel calls it in the background
// while it waits for requests (see kernel/session's preloader).
func Preload(ctx context.Context) error {
	for _, p := range preloaded {
		if err := specializer().Preload(ctx, p); err != nil {
			return fmt.Errorf("check: preloading %s: %w", p, err)
		}
	}
	return nil
}

// trimmedLits returns lits, the literals of a copy lowered in src (the
// generated body with the other copies blanked), with their braces'
// positions in src with its leading blank text trimmed (the copy's
// Src): a frame's position is in that.
func trimmedLits(lits []cell.Lit, src string) []cell.Lit {
	lead := src[:len(src)-len(strings.TrimLeft(src, " \t\r\n"))]
	lines := strings.Count(lead, "\n")
	cols := len(lead) - strings.LastIndex(lead, "\n") - 1 // trimmed from the first line kept
	if lines == 0 && cols == 0 {
		return lits
	}
	move := func(p [2]int) [2]int {
		if p == [2]int{} {
			return p // (a brace the lowering replaced)
		}
		if p[0] == lines+1 {
			p[1] -= cols
		}
		p[0] -= lines
		return p
	}
	out := make([]cell.Lit, len(lits))
	for i, lt := range lits {
		lt.Open, lt.Close = move(lt.Open), move(lt.Close)
		out[i] = lt
	}
	return out
}
