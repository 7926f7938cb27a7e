package session

import (
	"go/ast"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// registerTypes registers the types declared in cells with the executor
// under their Go names ("main.Point", executor.RegisterTypeAs), so that
// values of them cross to and from process-pool workers inside interface
// values (an any, an []any) and arrive as values of the same type:
// compiled workers register theirs under the same names. Types already
// registered from the same source are left as they are. Only struct
// types are (see executor.RegisterTypeAs), not generic ones or aliases.
func (s *Session) registerTypes() {
	s.claimBases()
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
		// Structs, and the types the lowering declared from one of rt's
		// bases (type Celsius gofuturesrt.Float64N3): yaegi gives another
		// type T float64 the reflect.Type float64, which must keep its
		// own name.
		for _, n := range append(structTypes(d.Src), basedTypes(d.Src)...) {
			// Errors are ignored: a type the interpreter cannot make a
			// value of crosses as its structure, as before.
			// (a zero value no cell can shadow: a notebook variable may
			// be named new)
			_, _ = s.in.Eval("gofuturesexecutor.RegisterTypeAs(" + strconv.Quote("main."+n) + ", func() (z " + n + ") { return }())")
			delete(s.typesDone, "error "+n) // it replaced an error type of the name
		}
		// Named slices, arrays and maps: yaegi gives type Vec []float64
		// the reflect type []float64, so a Vec is made again from it by
		// a conversion of the interpreter's (its record of the type).
		for n, under := range compositeTypes(d.Src) {
			_, _ = s.in.Eval("gofuturesexecutor.RegisterNamedType(" + strconv.Quote("main."+n) + ", func(v " + under + ") any { return []any{" + n + "(v)}[0] })")
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

// compositeTypes returns the names of the named slice, array and map
// types src declares, not generic ones or aliases, with their underlying
// types as src spells them.
func compositeTypes(src string) map[string]string {
	_, specs := typeSpecs(src)
	var out map[string]string
	for _, ts := range specs {
		switch ts.Type.(type) {
		case *ast.ArrayType, *ast.MapType:
			if out == nil {
				out = map[string]string{}
			}
			out[ts.Name.Name] = types.ExprString(ts.Type)
		}
	}
	return out
}

// basedTypes returns the names of the types src declares from one of
// rt's bases (kernel/check's rebaseType).
func basedTypes(src string) []string {
	if !strings.Contains(src, "gofuturesrt.") {
		return nil
	}
	_, specs := typeSpecs(src)
	var out []string
	for _, ts := range specs {
		if _, ok := baseOf(ts); ok {
			out = append(out, ts.Name.Name)
		}
	}
	return out
}

// baseOf returns the rt base ts declares its type from (gofuturesrt.Float64N3).
func baseOf(ts *ast.TypeSpec) (string, bool) {
	sel, ok := ts.Type.(*ast.SelectorExpr)
	if !ok {
		return "", false
	}
	if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "gofuturesrt" || !rt.IsBase(sel.Sel.Name) {
		return "", false
	}
	return sel.Sel.Name, true
}

// claimBases reserves, in this process, the rt bases the logged types
// are declared from (rt.ClaimBase): a log replayed in a fresh
// interpreter, or in a worker, declares them from the bases the checker
// that lowered them chose, which %T names by the types' Go names, and
// which a checker here must not give another type.
func (s *Session) claimBases() {
	if s.basesDone == nil {
		s.basesDone = map[string]string{}
	}
	for _, d := range s.decls {
		if d.Kind != cell.Type || s.basesDone[d.Key()] == d.Src || !strings.Contains(d.Src, "gofuturesrt.") {
			continue
		}
		s.basesDone[d.Key()] = d.Src
		_, specs := typeSpecs(d.Src)
		for _, ts := range specs {
			if b, ok := baseOf(ts); ok {
				rt.ClaimBase(b, ts.Name.Name, "main."+typemark.GoName(ts.Name.Name))
			}
		}
	}
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
