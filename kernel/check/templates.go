package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Every use of a generic function or type declared in the notebook is
// replaced by a specialised copy (mono with AllNotebookGenerics), so the
// interpreter never instantiates the notebook's generic declarations.
// Handed to it all the same, they make yaegi v0.16.1 fail: a method
// declared on a generic type after a generic function whose signature
// names an instance over its own type parameters (Result[[]T]) makes
// yaegi compile the method for that instance, with T unknown, and the
// interpreter dies (a nil reflect.Type in reflect.SliceOf); and a
// template that calls a function of a package the interpreter lacks
// (iter.Pull) keeps that package's import. templateDecl leaves such
// declarations out of the lowered source: their lines stay, blank.

// templateDecl blanks the declaration d when it is a generic function, a
// method of a generic type, or a declaration of generic types only, and
// reports whether it did.
func (lw *lowerer) templateDecl(d ast.Decl) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Type.TypeParams == nil && !lw.genericRecv(d) {
			return false
		}
	case *ast.GenDecl:
		if d.Tok != token.TYPE || len(d.Specs) == 0 {
			return false
		}
		for _, sp := range d.Specs {
			if sp.(*ast.TypeSpec).TypeParams == nil {
				return false
			}
		}
	default:
		return false
	}
	start, end := lw.off(d.Pos()), lw.off(d.End())
	lw.replace(d.Pos(), d.End(), strings.Repeat("\n", strings.Count(lw.orig[start:end], "\n")))
	return true
}

// genericRecv reports whether d is a method of a generic type.
func (lw *lowerer) genericRecv(d *ast.FuncDecl) bool {
	if d.Recv == nil {
		return false
	}
	fn, ok := lw.info.Defs[d.Name].(*types.Func)
	if !ok {
		return false
	}
	sig, ok := fn.Type().(*types.Signature)
	return ok && sig.RecvTypeParams().Len() > 0
}
