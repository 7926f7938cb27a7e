package check

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// progFile writes one file of a Program: the imports its declaration
// uses, and its variables without the initializers workers must not run.
type progFile struct {
	file  *ast.File
	info  *types.Info
	names map[string]string // import path -> the name the notebook gives it
	need  map[string]string // name -> path: the file's imports
	blank []string          // paths imported for their side effects
}

func newProgFile(f *ast.File, info *types.Info, imports map[string]string) *progFile {
	w := &progFile{file: f, info: info, names: map[string]string{}, need: map[string]string{}}
	for name, path := range imports {
		if name != "_" && name != "." {
			w.names[path] = name
		}
	}
	return w
}

// collectImports adds the imports the file's code uses outside the
// spans removed (initializers left out).
func (w *progFile) collectImports(removed [][2]token.Pos) {
	sels := map[*ast.Ident]bool{}
	ast.Inspect(w.file, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		for _, r := range removed {
			if n.Pos() >= r[0] && n.End() <= r[1] {
				return false
			}
		}
		switch n := n.(type) {
		case *ast.ImportSpec:
			return false
		case *ast.SelectorExpr:
			sels[n.Sel] = true
			if id, ok := n.X.(*ast.Ident); ok {
				if pn, ok := w.info.Uses[id].(*types.PkgName); ok {
					w.need[pn.Name()] = pn.Imported().Path()
				}
			}
		case *ast.Ident:
			// A name of a dot-imported package.
			if obj := w.info.Uses[n]; !sels[n] && obj != nil && obj.Pkg() != nil && obj.Pkg().Path() != "main" &&
				obj.Parent() == obj.Pkg().Scope() {
				w.need["."] = obj.Pkg().Path()
			}
		}
		return true
	})
}

// writeImports writes the file's import declarations.
func (w *progFile) writeImports(b *bytes.Buffer) {
	if len(w.need) == 0 && len(w.blank) == 0 {
		return
	}
	names := make([]string, 0, len(w.need))
	for n := range w.need {
		names = append(names, n)
	}
	sort.Strings(names)
	b.WriteString("\nimport (\n")
	for _, n := range names {
		fmt.Fprintf(b, "\t%s %q\n", n, w.need[n])
	}
	for _, path := range w.blank {
		fmt.Fprintf(b, "\t_ %q\n", path)
	}
	b.WriteString(")\n")
}

// qualifier names a package in a type written into the file, adding the
// import the file then needs.
func (w *progFile) qualifier(p *types.Package) string {
	if p.Path() == "main" {
		return ""
	}
	for n, path := range w.need {
		if path == p.Path() && n != "." {
			return n
		}
	}
	n := w.names[p.Path()]
	if n == "" || w.need[n] != "" {
		n = "gofutures_" + p.Name()
		for i := 2; w.need[n] != ""; i++ {
			n = fmt.Sprintf("gofutures_%s%d", p.Name(), i)
		}
	}
	w.need[n] = p.Path()
	return n
}

// strippedVars returns the package-level variables whose initializers a
// program leaves out: those that call a function or receive (var data =
// load()), and then those that use one of those (var first = data[0]),
// which would otherwise run on zero values. A spec is kept whole where
// one of its variables is a sentinel error, holds functions or channels
// (the worker's own), or has a type that cannot be written in package
// main.
func strippedVars(files []*ast.File, info *types.Info) map[types.Object]bool {
	type spec struct {
		vs   *ast.ValueSpec
		objs []types.Object
	}
	var specs []spec
	for _, f := range files {
		for _, vs := range initializedVars(f) {
			sp := spec{vs: vs}
			keep := false
			for _, id := range vs.Names {
				obj := info.Defs[id]
				if obj == nil || id.Name == "_" {
					continue
				}
				t := obj.Type()
				if types.Identical(t, types.Universe.Lookup("error").Type()) || !sendable(t, map[types.Type]bool{}) || !writable(t) {
					keep = true
				}
				sp.objs = append(sp.objs, obj)
			}
			if !keep && len(sp.objs) > 0 {
				specs = append(specs, sp)
			}
		}
	}
	strip := map[types.Object]bool{}
	uses := func(vs *ast.ValueSpec) bool {
		found := false
		for _, e := range vs.Values {
			ast.Inspect(e, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && strip[info.Uses[id]] {
					found = true
				}
				return !found
			})
		}
		return found
	}
	for more := true; more; {
		more = false
		for _, sp := range specs {
			if strip[sp.objs[0]] || !(runsCode(sp.vs.Values, info) || uses(sp.vs)) {
				continue
			}
			for _, o := range sp.objs {
				strip[o] = true
			}
			more = true
		}
	}
	return strip
}

// stripInitializers returns text (the file's source) with the
// initializers of the variables in strip left out, the variables
// declared with their types instead; lines stay where they were. It
// finds the imports the file then needs (see writeImports).
func (w *progFile) stripInitializers(fset *token.FileSet, text string, strip map[types.Object]bool) string {
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	var removed [][2]token.Pos // specs rewritten: their imports are not needed
	base := fset.File(w.file.Pos()).Base()
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, vs := range initializedVars(&ast.File{Decls: []ast.Decl{gd}}) {
			var parts []string
			for _, id := range vs.Names {
				if obj := w.info.Defs[id]; obj != nil && strip[obj] {
					parts = append(parts, id.Name+" "+types.TypeString(obj.Type(), w.qualifier))
				}
			}
			if len(parts) == 0 {
				continue
			}
			removed = append(removed, [2]token.Pos{vs.Pos(), vs.End()})
			start, end := int(vs.Pos())-base, int(vs.End())-base
			repl := strings.Join(parts, "; ")
			if !gd.Lparen.IsValid() && len(parts) > 1 {
				repl = "(" + repl + ")"
			}
			repl += strings.Repeat("\n", strings.Count(text[start:end], "\n"))
			edits = append(edits, edit{start, end, repl})
		}
	}
	w.collectImports(removed)
	sort.Slice(edits, func(i, j int) bool { return edits[i].start > edits[j].start })
	for _, e := range edits {
		text = text[:e.start] + e.text + text[e.end:]
	}
	return text
}

// runsCode reports whether evaluating exprs calls a function (conversions
// aside; builtins like len and make count) or receives from a channel.
func runsCode(exprs []ast.Expr, info *types.Info) bool {
	return RunsCode(exprs, func(fun ast.Expr) bool {
		tv, ok := info.Types[fun]
		return ok && tv.IsType()
	})
}

// RunsCode reports whether evaluating exprs calls a function or receives
// from a channel; conversion reports whether a call's function is a type
// (a conversion runs no code). Function literals are declared, not
// called.
func RunsCode(exprs []ast.Expr, conversion func(fun ast.Expr) bool) bool {
	found := false
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if !conversion(n.Fun) {
					found = true
				}
			case *ast.UnaryExpr:
				if n.Op == token.ARROW {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// initializedVars returns the specs of f's package-level var
// declarations that have initializers.
func initializedVars(f *ast.File) []*ast.ValueSpec {
	var out []*ast.ValueSpec
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			continue
		}
		for _, s := range gd.Specs {
			if vs, ok := s.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
				out = append(out, vs)
			}
		}
	}
	return out
}

// writable reports whether t can be written in package main: no
// unexported type of another package in it.
func writable(t types.Type) bool {
	ok := true
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if !ok || depth > 50 {
			return
		}
		switch t := t.(type) {
		case *types.Named:
			obj := t.Obj()
			if p := obj.Pkg(); p != nil && p.Path() != "main" && (!obj.Exported() || toolchain.IsInternal(p.Path())) {
				ok = false
				return
			}
			for i := range t.TypeArgs().Len() {
				walk(t.TypeArgs().At(i), depth+1)
			}
		case *types.Alias:
			walk(types.Unalias(t), depth+1)
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Struct:
			for i := range t.NumFields() {
				walk(t.Field(i).Type(), depth+1)
			}
		case *types.Signature:
			ok = false // not written by hand in practice
		}
	}
	walk(t, 0)
	return ok
}
