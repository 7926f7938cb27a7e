package session

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Errors of the notebook's types whose underlying type is not a struct
// (type ErrCode int) cross by name (executor.RegisterErrorType): yaegi
// gives such a type the reflect type of its underlying type, which says
// nothing of the type. The notebook registers, per such type, an
// interpreted function that makes the error of an underlying value
// (func(v int) error { return ErrCode(v) }), so that a task's error's
// chain holds a value of the notebook's type that errors.As finds; the
// worker's session finds the values with yaegi's assertions, which look
// into its wrappers (see errorValueFunc), and sends their underlying
// values under their names.

// namedError is one of the notebook's non-struct error types.
type namedError struct {
	under string // its underlying type as written
	src   string // the source of its declaration and Error method
}

// namedErrorTypes returns the types of decls, not generic, whose
// underlying type is a predeclared basic type, a slice, an array or a map
// and that have an Error method with a value receiver, by name.
func namedErrorTypes(decls []*cell.Decl) map[string]namedError {
	found := map[string]namedError{}
	for _, d := range decls {
		if d.Kind != cell.Type {
			continue
		}
		for n, under := range nonStructTypes(d.Src) {
			found[n] = namedError{under: under, src: d.Src}
		}
	}
	out := map[string]namedError{}
	for _, d := range decls {
		if d.Kind != cell.Method || len(d.Names) != 1 {
			continue
		}
		recv, method, _ := strings.Cut(d.Names[0], ".")
		t, ok := found[recv]
		if !ok || method != "Error" {
			continue
		}
		if ptr, results, ok := methodShape(d.Src); ok && !ptr && results == "string" {
			t.src += "\n" + d.Src
			out[recv] = t
		}
	}
	return out
}

// nonStructTypes returns the types src declares, not generic ones or
// aliases, whose underlying types are written as a predeclared basic
// type, a slice, an array or a map, with those types as written; one the
// lowering declared from one of rt's bases (type ErrCode
// gofuturesrt.IntN3) with the base's basic type.
func nonStructTypes(src string) map[string]string {
	pd, specs := typeSpecs(src)
	out := map[string]string{}
	for _, ts := range specs {
		switch u := ts.Type.(type) {
		case *ast.Ident:
			if o, ok := types.Universe.Lookup(u.Name).(*types.TypeName); !ok || !isBasic(o.Type()) {
				continue
			}
		case *ast.SelectorExpr:
			if b, ok := baseOf(ts); ok {
				if kind, ok := rt.BaseKind(b); ok {
					out[ts.Name.Name] = kind
				}
			}
			continue
		case *ast.ArrayType, *ast.MapType:
		default:
			continue
		}
		out[ts.Name.Name] = pd.Text(ts.Type)
	}
	return out
}

// isBasic reports whether t is a basic type.
func isBasic(t types.Type) bool {
	_, ok := t.(*types.Basic)
	return ok
}
