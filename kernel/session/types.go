package session

import (
	"go/ast"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// registerTypes registers the types declared in cells with the executor
// under their Go names ("main.Point", executor.RegisterTypeAs), so that
// values of them cross to and from process-pool workers inside interface
// values (an any, an []any) and arrive as values of the same type:
// compiled workers register theirs under the same names. Types already
// registered from the same source are left as they are. Only struct
// types are (see executor.RegisterTypeAs), not generic ones or aliases.
func (s *Session) registerTypes() {
	if !s.hasExecutor() {
		return
	}
	if s.typesDone == nil {
		s.typesDone = map[string]string{}
	}
	for _, d := range s.decls {
		if d.Kind != cell.Type || s.typesDone[d.Key()] == d.Src {
			continue
		}
		s.typesDone[d.Key()] = d.Src
		// Structs only: yaegi gives a type T float64 the reflect.Type
		// float64, which must keep its own name.
		for _, n := range structTypes(d.Src) {
			// Errors are ignored: a type the interpreter cannot make a
			// value of crosses as its structure, as before.
			_, _ = s.in.Eval("gofuturesexecutor.RegisterTypeAs(" + strconv.Quote("main."+n) + ", *new(" + n + "))")
			delete(s.typesDone, "error "+n) // it replaced an error type of the name
		}
	}
	// Error types of other underlying types cross in error chains by
	// name (see errnamed.go).
	for n, t := range namedErrorTypes(s.decls) {
		key := "error " + n
		if s.typesDone[key] == t.src {
			continue
		}
		s.typesDone[key] = t.src
		_, _ = s.in.Eval("gofuturesexecutor.RegisterErrorType(" + strconv.Quote("main."+n) + ", func(v " + t.under + ") error { return " + n + "(v) })")
	}
}

// hasExecutor reports whether the session's preludes import the executor
// under its reserved name.
func (s *Session) hasExecutor() bool {
	for _, p := range s.opts.Preludes {
		if strings.Contains(p, "gofuturesexecutor") {
			return true
		}
	}
	return false
}

// structTypes returns the names of the struct types src declares, not
// generic ones or aliases.
func structTypes(src string) []string {
	_, specs := typeSpecs(src)
	var out []string
	for _, ts := range specs {
		if _, ok := ts.Type.(*ast.StructType); ok {
			out = append(out, ts.Name.Name)
		}
	}
	return out
}

// typeSpecs returns the declaration src parsed and the named types it
// declares: not generic ones, aliases or blank names.
func typeSpecs(src string) (*cell.ParsedDecl, []*ast.TypeSpec) {
	pd, err := cell.ParseDecl(src)
	if err != nil {
		return nil, nil
	}
	var out []*ast.TypeSpec
	for _, decl := range pd.File.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			if ts, ok := spec.(*ast.TypeSpec); ok && ts.TypeParams == nil && !ts.Assign.IsValid() && ts.Name.Name != "_" {
				out = append(out, ts)
			}
		}
	}
	return pd, out
}
