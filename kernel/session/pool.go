package session

import (
	"context"
	"errors"
	"go/ast"
	"go/token"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// PoolLink connects the process pools created in cells with the session
// (Options.Pool): it holds the declarations workers load, in the form
// workers load them (see workerDecls), and where the notebook's
// package-level variables are, so that a task carries the current values
// of those its function uses (see Globals). It is safe for concurrent
// use; the session updates it whenever its declarations change.
//
// With Builder set, pools run compiled workers (see Compile).
type PoolLink struct {
	// Builder returns the builder of the notebook's programs, for
	// compiled workers; nil: workers interpret. Set it before the
	// session starts; it is called once, on the first build.
	Builder func() (*toolchain.Builder, error)

	decls DeclSnapshot
	idx   atomic.Pointer[globalsIndex]
	cw    compiledWorkers
}

// Compile is an executor.ProcessConfig.Compile: the path of a worker
// program with the notebook's latest declarations compiled in, built
// with the go command the first time they are asked for (and cached by
// content, so a kernel started again finds it). Tasks in it run at
// native speed, see the current values of the variables they use like
// interpreted workers, and name their cells' lines in panics. It fails
// where the declarations do not build as a program (the error says why)
// or Builder is nil.
func (l *PoolLink) Compile(ctx context.Context, gen uint64) (string, error) {
	if l.Builder == nil {
		return "", errors.New("no Go toolchain configured for this kernel")
	}
	return l.cw.compile(ctx, gen, l.Builder)
}

// globalsIndex is what Globals reads: immutable once published.
type globalsIndex struct {
	uses map[string][]string      // function -> variables it uses, transitively
	ptrs map[string]reflect.Value // variable -> pointer to it in the notebook's interpreter
	errs map[string]reflect.Value // the same, for variables of type error (sentinels)
}

// Declarations is an executor.ProcessConfig.Declarations: the notebook's
// declarations as workers load them.
func (l *PoolLink) Declarations() (gen uint64, data []byte) { return l.decls.Declarations() }

// Globals is an executor.ProcessConfig.Globals: the package-level
// variables the notebook function fn uses, directly or through the
// functions and methods it mentions, with their current values.
func (l *PoolLink) Globals(fn string) (names []string, values []reflect.Value) {
	idx := l.idx.Load()
	if idx == nil {
		return nil, nil
	}
	for _, n := range idx.uses[fn] {
		if p, ok := idx.ptrs[n]; ok {
			names = append(names, n)
			values = append(values, p.Elem())
		}
	}
	return names, values
}

var errorType = reflect.TypeFor[error]()

// Error is an executor.ProcessConfig.Errors: the notebook's sentinel
// error called name (a package-level variable of type error), or nil.
func (l *PoolLink) Error(name string) error {
	idx := l.idx.Load()
	if idx == nil {
		return nil
	}
	if p, ok := idx.errs[name]; ok {
		e, _ := p.Elem().Interface().(error)
		return e
	}
	return nil
}

// update publishes the session's declarations and variables.
func (l *PoolLink) update(s *Session) {
	log := s.Decls()
	idx := &globalsIndex{uses: map[string][]string{}, ptrs: map[string]reflect.Value{}, errs: map[string]reflect.Value{}}
	own := map[string]bool{} // variables workers initialize themselves
	vars := map[string]bool{}
	funcs := map[string]*cell.Decl{}
	methods := map[string][]*cell.Decl{} // by method name
	for _, d := range log {
		switch d.Kind {
		case cell.Var:
			for _, n := range d.Names {
				if n == "_" {
					continue
				}
				vars[n] = true
				p, err := s.in.Eval("&" + n)
				switch {
				case err != nil || !p.IsValid() || p.Kind() != reflect.Pointer:
				case p.Type().Elem() == errorType:
					// Sentinel errors: the worker has its own, which an
					// error a task returns is compared with (see Error).
					own[n] = true
					idx.errs[n] = p
				case holdsCode(p.Type().Elem(), 0):
					// Functions and channels cannot cross: the worker
					// keeps its own, from the initializer.
					own[n] = true
				default:
					idx.ptrs[n] = p
				}
			}
		case cell.Func:
			funcs[d.Names[0]] = d
		case cell.Method:
			if _, m, ok := strings.Cut(d.Names[0], "."); ok {
				methods[m] = append(methods[m], d)
			}
		}
	}
	// Variables set by statements (data := load()) that functions use:
	// workers declare them, with their types where those can be named.
	var extra []*cell.Decl
	var checked map[string]string // the checker's types of statement variables
	if c := s.checker(); c != nil {
		checked = c.Vars()
	}
	for _, n := range s.stateRefs(log) {
		t := s.typeText(n)
		if t == "" {
			// Types declared in cells, which yaegi's reflection does not
			// name, as the checker spells them.
			t = checked[n]
		}
		p, err := s.in.Eval("&" + n)
		if t == "" || err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || holdsCode(p.Type().Elem(), 0) {
			continue
		}
		vars[n] = true
		idx.ptrs[n] = p
		if p.Type().Elem() == errorType {
			// a sentinel error a statement declared (x := 1; var
			// ErrX = errors.New("x")): the worker gets it with the task,
			// and an error that matched it there matches it here
			idx.errs[n] = p
		}
		extra = append(extra, &cell.Decl{Kind: cell.Var, Names: []string{n}, Src: "var " + n + " " + t, Cell: s.state[n]})
	}
	for name, d := range funcs {
		seen := map[*cell.Decl]bool{}
		used := map[string]bool{}
		var walk func(d *cell.Decl)
		walk = func(d *cell.Decl) {
			if seen[d] {
				return
			}
			seen[d] = true
			for _, r := range d.Refs {
				if vars[r] {
					used[r] = true
				}
				if f := funcs[r]; f != nil {
					walk(f)
				}
				for _, m := range methods[r] {
					walk(m)
				}
			}
		}
		walk(d)
		if len(used) > 0 {
			idx.uses[name] = slices.Sorted(func(yield func(string) bool) {
				for n := range used {
					if !yield(n) {
						return
					}
				}
			})
		}
	}
	l.decls.Record(append(workerDecls(log, s.typeText, own), extra...))
	l.idx.Store(idx)
	gen, _ := l.decls.Declarations()
	var nb *check.Notebook
	if c := s.checker(); c != nil {
		nb = c.Notebook()
	}
	eager := false
	for _, path := range s.imports {
		eager = eager || path == executorPath
	}
	l.cw.setNotebook(gen, nb, "the type checker could not see every cell (an import from elsewhere), so the declarations cannot be compiled",
		eager, l.Builder)
}

// holdsCode reports whether values of t hold functions or channels,
// which cannot cross to another process.
func holdsCode(t reflect.Type, depth int) bool {
	if depth > 20 {
		return false
	}
	switch t.Kind() {
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return holdsCode(t.Elem(), depth+1)
	case reflect.Map:
		return holdsCode(t.Key(), depth+1) || holdsCode(t.Elem(), depth+1)
	case reflect.Struct:
		for i := range t.NumField() {
			if holdsCode(t.Field(i).Type, depth+1) {
				return true
			}
		}
	}
	return false
}

// workerDecls returns log as workers load it: a variable whose
// initializer calls a function is declared with its type and no
// initializer, so that initializers (var dataset = load()) run once, in
// the notebook; the task brings the variable's value. typeOf gives the
// type of a variable as source text, or "" if it cannot. Where no type
// can be found, and for the variables in own, the initializer stays.
func workerDecls(log []*cell.Decl, typeOf func(name string) string, own map[string]bool) []*cell.Decl {
	funcs := map[string]*cell.Decl{}
	for _, d := range log {
		if d.Kind == cell.Func {
			funcs[d.Names[0]] = d
		}
	}
	out := make([]*cell.Decl, len(log))
	for i, d := range log {
		out[i] = d
		if d.Kind != cell.Var {
			continue
		}
		if src, ok := withoutInitializers(d, funcs, typeOf, own); ok {
			c := *d
			c.Src = src
			out[i] = &c
		}
	}
	return out
}

// withoutInitializers rewrites the specs of var declaration d whose
// initializers call functions (or receive from channels).
func withoutInitializers(d *cell.Decl, funcs map[string]*cell.Decl, typeOf func(string) string, own map[string]bool) (string, bool) {
	pd, err := cell.ParseDecl(d.Src)
	if err != nil || len(pd.File.Decls) != 1 {
		return "", false
	}
	gd, ok := pd.File.Decls[0].(*ast.GenDecl)
	if !ok || gd.Tok != token.VAR {
		return "", false
	}
	shift := len("package main;")
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, spec := range gd.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok || len(vs.Values) == 0 || !runsCode(vs.Values) {
			continue
		}
		var names []string
		mine := false
		for _, n := range vs.Names {
			names = append(names, n.Name)
			mine = mine || own[n.Name]
		}
		if mine {
			continue
		}
		var text string
		if vs.Type != nil {
			text = strings.Join(names, ", ") + " " + pd.Text(vs.Type)
		} else {
			var parts []string
			for i, n := range vs.Names {
				t := ""
				if len(vs.Values) == len(vs.Names) {
					t = exprType(pd, vs.Values[i], 0, funcs)
				} else if len(vs.Values) == 1 {
					t = exprType(pd, vs.Values[0], i, funcs)
				}
				if t == "" && n.Name != "_" {
					t = typeOf(n.Name)
				}
				if t == "" {
					if n.Name == "_" {
						continue
					}
					return "", false
				}
				parts = append(parts, n.Name+" "+t)
			}
			if len(parts) == 0 {
				continue
			}
			// One spec per name: "a T1; b T2" is not a spec, so each
			// becomes its own line of a var ( ... ) block.
			text = strings.Join(parts, "; ")
			if !gd.Lparen.IsValid() && len(parts) > 1 {
				text = "(" + strings.Join(parts, "; ") + ")"
			}
		}
		start := pd.Fset.Position(vs.Pos()).Offset - shift
		end := pd.Fset.Position(vs.End()).Offset - shift
		// Keep the lines where they were: a panic's line in a worker is
		// the notebook's.
		text += strings.Repeat("\n", strings.Count(d.Src[start:end], "\n"))
		edits = append(edits, edit{start, end, text})
	}
	if len(edits) == 0 {
		return "", false
	}
	src := d.Src
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	for _, e := range edits {
		src = src[:e.start] + e.text + src[e.end:]
	}
	return src, true
}

// runsCode reports whether evaluating exprs calls a function (but for a
// conversion to a predeclared type) or receives from a channel.
func runsCode(exprs []ast.Expr) bool {
	return check.RunsCode(exprs, func(fun ast.Expr) bool {
		id, ok := fun.(*ast.Ident)
		return ok && predeclaredTypes[id.Name]
	})
}

var predeclaredTypes = map[string]bool{"bool": true, "int": true, "int8": true, "int16": true, "int32": true,
	"int64": true, "uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true, "uintptr": true,
	"float32": true, "float64": true, "complex64": true, "complex128": true, "string": true, "byte": true, "rune": true}

// exprType returns the source text of the type of result i of e, when
// it can be read off the source: a call of a notebook function (its
// declared result), a composite literal or its address.
func exprType(pd *cell.ParsedDecl, e ast.Expr, i int, funcs map[string]*cell.Decl) string {
	switch e := e.(type) {
	case *ast.ParenExpr:
		return exprType(pd, e.X, i, funcs)
	case *ast.CompositeLit:
		if e.Type != nil && i == 0 {
			return pd.Text(e.Type)
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND && i == 0 {
			if cl, ok := e.X.(*ast.CompositeLit); ok && cl.Type != nil {
				return "*" + pd.Text(cl.Type)
			}
		}
	case *ast.CallExpr:
		id, ok := e.Fun.(*ast.Ident)
		if !ok {
			return ""
		}
		if predeclaredTypes[id.Name] && i == 0 {
			return id.Name
		}
		d := funcs[id.Name]
		if d == nil {
			return ""
		}
		fpd, err := cell.ParseDecl(d.Src)
		if err != nil {
			return ""
		}
		fd := fpd.Func(id.Name)
		if fd == nil || fd.Type.TypeParams != nil || fd.Type.Results == nil {
			return ""
		}
		k := 0
		for _, f := range fd.Type.Results.List {
			for range max(1, len(f.Names)) {
				if k == i {
					return fpd.Text(f.Type)
				}
				k++
			}
		}
	}
	return ""
}

// typeText returns the type of the notebook's variable name as source
// text that names it the same in a worker, or "": predeclared types,
// exported types of imported compiled packages, and slices, arrays, maps
// and pointers of those. (Types declared in cells are not named by
// yaegi's reflection.)
func (s *Session) typeText(name string) string {
	p, err := s.in.Eval("&" + name)
	if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer {
		return ""
	}
	byPath := map[string]string{}
	for n, path := range s.imports {
		if n != "_" && n != "." {
			byPath[path] = n
		}
	}
	var text func(t reflect.Type, depth int) string
	text = func(t reflect.Type, depth int) string {
		if depth > 20 {
			return ""
		}
		if t.Name() != "" {
			if t.PkgPath() == "" {
				if t.Kind() == reflect.Interface && t.Name() == "error" {
					return "error"
				}
				return t.Name()
			}
			if pkg, ok := byPath[t.PkgPath()]; ok && token.IsExported(t.Name()) {
				return pkg + "." + t.Name()
			}
			return ""
		}
		elem := func(prefix string, e reflect.Type) string {
			if s := text(e, depth+1); s != "" {
				return prefix + s
			}
			return ""
		}
		switch t.Kind() {
		case reflect.Slice:
			return elem("[]", t.Elem())
		case reflect.Pointer:
			return elem("*", t.Elem())
		case reflect.Array:
			return elem("["+strconv.Itoa(t.Len())+"]", t.Elem())
		case reflect.Map:
			if k := text(t.Key(), depth+1); k != "" {
				return elem("map["+k+"]", t.Elem())
			}
		case reflect.Interface:
			if t.NumMethod() == 0 {
				return "any"
			}
		}
		return ""
	}
	return text(p.Type().Elem(), 0)
}

// stateRefs returns the names set by statements that declared functions
// and methods mention and that no declaration declares, sorted.
func (s *Session) stateRefs(log []*cell.Decl) []string {
	declared := map[string]bool{}
	refs := map[string]bool{}
	for _, d := range log {
		for _, n := range d.Names {
			declared[n] = true
		}
		if d.Kind == cell.Func || d.Kind == cell.Method {
			for _, r := range d.Refs {
				refs[r] = true
			}
		}
	}
	var out []string
	for n := range s.state {
		if refs[n] && !declared[n] {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// poolAfterStatements updates Options.Pool after a cell's statements set
// names, if functions use one of them: it may be new, or have a new type.
func (s *Session) poolAfterStatements(names []string) {
	if s.opts.Pool == nil || len(names) == 0 {
		return
	}
	set := map[string]bool{}
	for _, n := range s.stateRefs(s.decls) {
		set[n] = true
	}
	for _, n := range names {
		if set[n] {
			s.opts.Pool.update(s)
			return
		}
	}
}
