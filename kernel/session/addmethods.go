package session

import (
	"go/ast"
	"go/parser"
	"go/token"

	"github.com/gofutures/gofutures/kernel/check"
)

// A method a later cell declares on a generic type of the notebook makes
// kernel/cell/mono copy each instance anew (mainꞏQꞏint, its type and
// methods, with the new method added). The copy redefines a type, which
// would start a fresh interpreter (needsRebuild), losing the values of
// the instance that the interpreter could not carry (a function field)
// or, without Options.KeepValues, all of them. When the new copy differs
// from the logged one only by methods added (and the order of its
// methods), yaegi
// takes it as it is: the type stays the one it has, the new methods are
// added to it, and the values made before have them.

// addsMethodsOnly reports whether the Go declarations next are those of
// prev (the same tokens, or the same lowering but for fresh names), in
// any order (a copy lists the methods of the cell that made it first),
// and methods only besides.
func addsMethodsOnly(prev, next string) bool {
	pd, pf := declSources(prev)
	nd, nf := declSources(next)
	if pf == nil || nf == nil || len(nd) < len(pd) {
		return false
	}
	used := make([]bool, len(nd))
	for _, p := range pd {
		found := false
		for j, n := range nd {
			if !used[j] && (sameTokens(p, n) || check.SameLowering(p, n)) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			return false
		}
	}
	for j, d := range nf.Decls {
		if fd, ok := d.(*ast.FuncDecl); !used[j] && (!ok || fd.Recv == nil) {
			return false
		}
	}
	return true
}

// declSources returns the source of each top-level declaration of src,
// and its parse (nil when it does not parse).
func declSources(src string) ([]string, *ast.File) {
	const head = "package p\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", head+src, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil
	}
	out := make([]string, len(f.Decls))
	for i, d := range f.Decls {
		out[i] = src[fset.Position(d.Pos()).Offset-len(head) : fset.Position(d.End()).Offset-len(head)]
	}
	return out, f
}
