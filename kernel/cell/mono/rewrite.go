package mono

import (
	"go/ast"
	"reflect"
)

// Rewrite replaces, in files, each expression r.Edits names with an
// identifier of the specialised copy, positioned where the expression
// was (the identifier of a selector too: an embedded field's). files must be those given to Specialize. Type information about
// the replaced expressions is then stale: type-check the rewritten files
// together with r.File to get it again.
func (r *Result) Rewrite(files []*ast.File) {
	repl := map[ast.Expr]ast.Expr{}
	for _, e := range r.Edits {
		repl[e.Node] = &ast.Ident{NamePos: e.Pos, Name: e.Name}
	}
	if len(repl) == 0 {
		return
	}
	exprType := reflect.TypeOf((*ast.Expr)(nil)).Elem()
	identType := reflect.TypeOf((*ast.Ident)(nil))
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				return false
			}
			v := reflect.ValueOf(n)
			if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
				return true
			}
			v = v.Elem()
			for i := 0; i < v.NumField(); i++ {
				fv := v.Field(i)
				switch {
				case fv.Type() == identType:
					// the selector of an embedded field (s.List)
					if id, ok := fv.Interface().(*ast.Ident); ok && id != nil {
						if to, ok := repl[id]; ok {
							fv.Set(reflect.ValueOf(to))
						}
					}
				case fv.Type() == exprType:
					if e, ok := fv.Interface().(ast.Expr); ok {
						if to, ok := repl[e]; ok {
							fv.Set(reflect.ValueOf(to))
						}
					}
				case fv.Kind() == reflect.Slice && fv.Type().Elem() == exprType:
					for j := 0; j < fv.Len(); j++ {
						if e, ok := fv.Index(j).Interface().(ast.Expr); ok {
							if to, ok := repl[e]; ok {
								fv.Index(j).Set(reflect.ValueOf(to))
							}
						}
					}
				}
			}
			return true
		})
	}
}
