package check

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
)

// maxWidth is the largest size of a type cmd/compile accepts on amd64
// (types.MaxWidth): an array type as large or larger is "larger than
// address space".
const maxWidth = 1 << 50

// compilerErrors returns the errors of the files' declarations that go
// build's compiler gives after its type checker found none, and go/types
// does not give at all: a function declared without a body ("missing
// function body", at the token after func: the receiver's parenthesis or
// the name) and a variable or type whose array type is too large to be
// laid out in memory (at the declared name). yaegi would try to run the
// first and die of the second (it allocates the array). They are sorted
// by place, as go build reports them.
func compilerErrors(info *types.Info, files ...*ast.File) (pos []token.Pos, msgs []string) {
	type found struct {
		at  token.Pos
		msg string
	}
	var all []found
	tooLarge := func(id *ast.Ident, t types.Type) {
		if a := arrayTooLarge(t); a != nil {
			all = append(all, found{id.Pos(), "type " + types.TypeString(a, qualifyOthers(info, id)) + " larger than address space"})
		}
	}
	for _, f := range files {
		if f == nil {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body == nil && n.Type.TypeParams == nil { // (go/types refuses a generic one)
					at := n.Name.Pos()
					if n.Recv != nil {
						at = n.Recv.Opening
					}
					all = append(all, found{at, "missing function body"})
				}
			case *ast.TypeSpec:
				if obj, ok := info.Defs[n.Name].(*types.TypeName); ok && !obj.IsAlias() {
					tooLarge(n.Name, obj.Type().Underlying())
				}
			case *ast.ValueSpec:
				for _, id := range n.Names {
					if v, ok := info.Defs[id].(*types.Var); ok {
						tooLarge(id, v.Type())
					}
				}
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE {
					for _, e := range n.Lhs {
						if id, ok := e.(*ast.Ident); ok {
							if v, ok := info.Defs[id].(*types.Var); ok {
								tooLarge(id, v.Type())
							}
						}
					}
				}
			}
			return true
		})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].at < all[j].at })
	for _, e := range all {
		pos, msgs = append(pos, e.at), append(msgs, e.msg)
	}
	return pos, msgs
}

// arrayTooLarge returns the first array type in t (elements before the
// arrays that hold them, as cmd/compile lays them out; not through named
// types, whose own declaration is checked) whose size reaches maxWidth;
// none where a type parameter sizes it (cmd/compile checks instances).
func arrayTooLarge(t types.Type) *types.Array {
	if mentionsTypeParam(t) {
		return nil
	}
	switch t := t.(type) {
	case *types.Array:
		if a := arrayTooLarge(t.Elem()); a != nil {
			return a
		}
		if es := gcSizes.Sizeof(t.Elem()); es > 0 && t.Len() > (maxWidth-1)/es {
			return t
		}
	case *types.Struct:
		for i := range t.NumFields() {
			if a := arrayTooLarge(t.Field(i).Type()); a != nil {
				return a
			}
		}
	}
	return nil
}

// qualifyOthers names the types of other packages than the one of the
// object id defines by their package's name, as go build does.
func qualifyOthers(info *types.Info, id *ast.Ident) types.Qualifier {
	var own *types.Package
	if obj := info.Defs[id]; obj != nil {
		own = obj.Pkg()
	}
	return func(p *types.Package) string {
		if p == own {
			return ""
		}
		return p.Name()
	}
}
