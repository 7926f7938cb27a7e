package session

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// executorPath is the import path of the executor package.
const executorPath = "github.com/gofutures/gofutures/executor"

// funcValueEdits tags the notebook's top-level functions where src (a
// declaration's source, or a cell's statements) uses them as values
// rather than calling them: f := gcd, []func(int) int{sq, cube},
// helper(pool, gcd). A tagged value (executor.Tag) is the same function,
// whose name a process pool finds wherever the value went. Identifiers at
// skip (those namedFuncEdits wraps) are left alone, and so is everything
// while the notebook has not imported the executor: a tagged function
// called through a variable costs a reflect call.
func (s *Session) funcValueEdits(src string, decls []*cell.Decl, skip []cell.FuncArg) []edit {
	if !s.opts.NamedFuncs || !s.importsExecutor(decls) {
		return nil
	}
	types := map[string]string{} // notebook function -> its type, as source
	add := func(d *cell.Decl) {
		if d.Kind != cell.Func || !strings.Contains(src, d.Names[0]) {
			return
		}
		if t := funcTypeText(d); t != "" {
			types[d.Names[0]] = t
		} else {
			delete(types, d.Names[0])
		}
	}
	for _, d := range s.decls {
		add(d)
	}
	for _, d := range decls {
		add(d)
	}
	if len(types) == 0 {
		return nil
	}
	fset := token.NewFileSet()
	prefix := "package main;"
	f, err := parser.ParseFile(fset, "", prefix+src, 0)
	if err != nil {
		prefix = "package main; func main() {"
		if f, err = parser.ParseFile(fset, "", prefix+src+"\n}", 0); err != nil {
			return nil
		}
	}
	skipAt := map[int]bool{}
	for _, a := range skip {
		skipAt[a.Start] = true
	}
	var out []edit
	var stack []ast.Node
	ast.Inspect(f, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		t, ok := types[id.Name]
		if !ok || (id.Obj != nil && id.Obj.Kind != ast.Fun) {
			return true // not a notebook function, or shadowed
		}
		switch p := parent.(type) {
		case *ast.CallExpr:
			if p.Fun == id {
				return true
			}
		case *ast.SelectorExpr:
			if p.Sel == id {
				return true
			}
		case *ast.KeyValueExpr:
			if p.Key == id {
				return true
			}
		case *ast.FuncDecl, *ast.File:
			return true
		}
		start := fset.Position(id.Pos()).Offset - len(prefix)
		if start < 0 || skipAt[start] {
			return true
		}
		out = append(out, edit{start, start + len(id.Name),
			"gofuturesexecutor.Tag(" + strconv.Quote(id.Name) + ", " + id.Name + ").(" + t + ")", 0})
		return true
	})
	return out
}

// importsExecutor reports whether the notebook imports the executor, in
// its log or in decls.
func (s *Session) importsExecutor(decls []*cell.Decl) bool {
	for _, p := range s.imports {
		if p == executorPath {
			return true
		}
	}
	for _, d := range decls {
		if d.Kind == cell.Import && d.ImportPath == executorPath {
			return true
		}
	}
	return false
}

// funcTypeText returns the type of the function d declares as source on
// one line, or "" for a generic function (which has no value).
func funcTypeText(d *cell.Decl) string {
	pd, err := cell.ParseDecl(d.Src)
	if err != nil {
		return ""
	}
	fd := pd.Func(d.Names[0])
	if fd == nil || fd.Type.TypeParams != nil {
		return ""
	}
	start := pd.Fset.Position(fd.Type.Params.Pos()).Offset
	end := pd.Fset.Position(fd.Type.End()).Offset
	text := "package main;" + d.Src
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return "func" + strings.Join(strings.Fields(text[start:end]), " ")
}
