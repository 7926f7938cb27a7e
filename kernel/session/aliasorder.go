package session

import (
	"go/ast"
	"go/token"
	"slices"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// yaegi v0.16.1 resolves an alias declared before the type it names, in
// one evaluation, to that type without its methods when the type is not
// a struct: after type Floats = Vec[float64] (whose copy,
// mainꞏVecꞏfloat64 []float64, comes after the cell's declarations) or
// type F = V before type V []float64, F{1}.Sum() was "undefined
// selector: Sum". The session evaluates a cell's aliases after its other
// declarations and the copies it made, each alias after the aliases it
// names.

// aliasesLast returns the cell's declarations decls (the first n of
// them; the rest, the copies the cell made) with the aliases moved after
// the rest, and the cell's lowered declarations (check.Result.Decls, one
// for each of the first n) in the order of what then comes first, for
// positions in what is evaluated.
func aliasesLast(decls []*cell.Decl, n int, lowered []*check.Lowered) ([]*cell.Decl, []*check.Lowered) {
	var aliases []*cell.Decl
	var rest []*cell.Decl
	var restLowered, aliasLowered []*check.Lowered
	for i, d := range decls {
		if i < n && aliasDecl(d) {
			aliases = append(aliases, d)
			aliasLowered = append(aliasLowered, lowered[i])
			continue
		}
		rest = append(rest, d)
		if i < n {
			restLowered = append(restLowered, lowered[i])
		}
	}
	if len(aliases) == 0 {
		return decls, lowered
	}
	// each alias after the cell's aliases it names (type G = F; type F = V)
	names := map[string]bool{}
	for _, a := range aliases {
		for _, nm := range a.Names {
			names[nm] = true
		}
	}
	var ordered []*cell.Decl
	done := map[*cell.Decl]bool{}
	for len(ordered) < len(aliases) {
		progress := false
		for _, a := range aliases {
			if done[a] || slices.ContainsFunc(a.Refs, func(r string) bool { return names[r] && !slices.Contains(a.Names, r) }) {
				continue
			}
			ordered, done[a], progress = append(ordered, a), true, true
			for _, nm := range a.Names {
				delete(names, nm)
			}
		}
		if !progress { // (a cycle go/types refused)
			for _, a := range aliases {
				if !done[a] {
					ordered, done[a] = append(ordered, a), true
				}
			}
		}
	}
	return append(rest, ordered...), append(restLowered, aliasLowered...)
}

// aliasDecl reports whether d declares type aliases only.
func aliasDecl(d *cell.Decl) bool {
	if d.Kind != cell.Type {
		return false
	}
	pd, err := cell.ParseDecl(d.Src)
	if err != nil {
		return false
	}
	specs := 0
	for _, decl := range pd.File.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			return false
		}
		for _, s := range gd.Specs {
			if ts, ok := s.(*ast.TypeSpec); !ok || !ts.Assign.IsValid() {
				return false
			}
			specs++
		}
	}
	return specs > 0
}
