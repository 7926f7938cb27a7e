package check

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/cell/mono"
)

// Types declared inside a function cannot be named at a cell's top
// level, where mono declares its copies of generic standard-library code:
// slices.SortFunc(ps, ...) on the []point of func main's own type point
// needs slicesꞏSortFuncꞏpoint. A cell whose local types are type
// arguments of instances is rewritten with those types (and the local
// types they name) declared at its end, at the top level, under names
// no one writes (pointꞏlocalꞏ1f2e3d4c, typemark.LocalSep), which print
// as Go prints the local type (main.point); each use in the function
// takes that name and the local declaration is blanked, so that lines
// and the other columns stay. The rewritten cell is checked again
// (Result.Parsed).
//
// yaegi v0.16.1 declares no generic type inside a function ("type
// definition not implemented: fieldList"), which Go allows: a local
// generic type is declared at the top level so, whether instances name
// it or not.
//
// A local type whose declaration names what only its function sees (a
// local constant, a type parameter of a generic function) stays local,
// and the instance's error says why.
//
// Go numbers the program's local types, from 1 in the order of its
// source, and prints the number after a local type's name inside the
// type arguments of an instance (main.Box[main.point·2]); the name a
// type is declared under at the top level ends in it
// (pointꞏlocalꞏ1f2e3d4cꞏ2, typemark.VargenSep).

// checkHoisted checks the cell src, which hoistLocalTypes wrote, in
// place of the cell the user wrote.
func (c *Checker) checkHoisted(src string, count int) (*Result, error) {
	p, err := cell.Split(src, count)
	if err != nil {
		return nil, Errors{{Line: 1, Col: 1, Msg: fmt.Sprintf("declaring the types of functions at the top level: %v", err)}}
	}
	c.hoisting = true
	defer func() { c.hoisting = false }()
	r, err := c.Check(p)
	if r != nil {
		r.Parsed = p
	}
	return r, err
}

// checkRewritten checks the cell src, which varsAsStatements wrote, in
// place of the cell the user wrote.
func (c *Checker) checkRewritten(src string, count int) (*Result, error) {
	p, err := cell.Split(src, count)
	if err != nil {
		return nil, Errors{{Line: 1, Col: 1, Msg: fmt.Sprintf("writing var declarations as statements: %v", err)}}
	}
	c.rewriting = true // (no second rewrite)
	defer func() { c.rewriting = false }()
	r, err := c.Check(p)
	if r != nil && r.Parsed == nil {
		r.Parsed = p
	}
	return r, err
}

// localSite is a type declared inside a function of the cell.
type localSite struct {
	spec  *ast.TypeSpec
	decl  *ast.GenDecl
	fn    string // the enclosing function's name
	shift int    // file offset - cell offset
}

// hoistLocalTypes returns the cell p's source with the local types that
// instances in info name, and the local generic types, declared at its
// top level, or "" when there are none, or one of them (or a type its
// declaration names) cannot be. files are the cell's, by the offset of
// the cell in each; all are the files of the check, in order.
func (c *Checker) hoistLocalTypes(p *cell.Parsed, fset *token.FileSet, files map[*ast.File]int, all []*ast.File, pkg *types.Package, info *types.Info) string {
	if p.Src == "" {
		return ""
	}
	isLocal := func(o types.Object) bool {
		tn, ok := o.(*types.TypeName)
		return ok && tn.Pkg() == pkg && tn.Parent() != pkg.Scope() && tn.Parent() != nil && !tn.IsAlias()
	}
	var want []*types.TypeName
	for f := range files {
		for _, d := range f.Decls {
			ast.Inspect(d, func(n ast.Node) bool {
				if ts, ok := n.(*ast.TypeSpec); ok && ts.TypeParams != nil {
					if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && isLocal(tn) {
						want = append(want, tn)
					}
				}
				return true
			})
		}
	}
	for _, inst := range info.Instances {
		for t := range inst.TypeArgs.Types() {
			mono.EachNamed(t, func(n *types.Named) {
				if isLocal(n.Obj()) {
					want = append(want, n.Obj())
				}
			})
		}
	}
	if len(want) == 0 {
		return ""
	}
	sites := map[*types.TypeName]*localSite{}
	for f, shift := range files {
		fn := ""
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				fn = n.Name.Name
			case *ast.GenDecl:
				if n.Tok != token.TYPE {
					return true
				}
				for _, sp := range n.Specs {
					ts := sp.(*ast.TypeSpec)
					if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && isLocal(tn) {
						sites[tn] = &localSite{spec: ts, decl: n, fn: fn, shift: shift}
					}
				}
			}
			return true
		})
	}
	// the types the wanted ones name, in turn; all or none
	hoisted := map[*types.TypeName]string{}
	for len(want) > 0 {
		tn := want[0]
		want = want[1:]
		if _, ok := hoisted[tn]; ok {
			continue
		}
		s := sites[tn]
		if s == nil || s.spec.Assign.IsValid() {
			return ""
		}
		hoisted[tn] = ""
		ok := true
		ast.Inspect(s.spec, func(n ast.Node) bool {
			id, isIdent := n.(*ast.Ident)
			if !isIdent || !ok {
				return ok
			}
			switch o := info.Uses[id].(type) {
			case nil, *types.PkgName:
			case *types.TypeName:
				if _, tp := o.Type().(*types.TypeParam); tp && s.spec.Pos() <= o.Pos() && o.Pos() < s.spec.End() {
					break // its own
				}
				if isLocal(o) {
					want = append(want, o)
				} else if o.Pkg() == pkg && o.Parent() != pkg.Scope() {
					ok = false // a type parameter, a local alias
				}
			default:
				if o.Pkg() == pkg && o.Parent() != pkg.Scope() {
					ok = false // a local constant (an array's length)
				}
			}
			return true
		})
		if !ok {
			return ""
		}
	}
	// (in source order: the same declaration again in the function, in
	// another of its blocks, is the n-th of its text, a type of its own)
	order := make([]*types.TypeName, 0, len(hoisted))
	for tn := range hoisted {
		order = append(order, tn)
	}
	sort.Slice(order, func(i, j int) bool { return sites[order[i]].spec.Pos() < sites[order[j]].spec.Pos() })
	seen := map[string]int{}
	bases := map[string]bool{}
	for _, tn := range order {
		s := sites[tn]
		key := s.fn + "\x00" + s.text(fset, s.spec.Pos(), s.spec.End(), p.Src)
		n := seen[key]
		seen[key]++
		if n > 0 {
			key += fmt.Sprintf("\x00%d", n)
		}
		sum := sha256.Sum256([]byte(key))
		hoisted[tn] = tn.Name() + typemark.LocalSep + hex.EncodeToString(sum[:4])
		bases[hoisted[tn]] = true
	}
	vargen := localOrdinals(all, info, pkg, bases)
	for tn, name := range hoisted {
		hoisted[tn] = name + typemark.VargenSep + strconv.Itoa(vargen[tn])
	}
	// edits in cell offsets: the uses renamed, the declarations blanked
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	blanked := map[*ast.GenDecl]bool{}
	var blanks [][2]int
	for tn := range hoisted {
		s := sites[tn]
		all := true
		for _, sp := range s.decl.Specs {
			if _, ok := hoisted[info.Defs[sp.(*ast.TypeSpec).Name].(*types.TypeName)]; !ok {
				all = false
			}
		}
		from, to := s.spec.Pos(), s.spec.End()
		if all {
			if blanked[s.decl] {
				continue
			}
			blanked[s.decl] = true
			from, to = s.decl.Pos(), s.decl.End()
		}
		start, end := fset.Position(from).Offset-s.shift, fset.Position(to).Offset-s.shift
		blanks = append(blanks, [2]int{start, end})
		edits = append(edits, edit{start, end, cell.Blank(p.Src[start:end])})
	}
	inBlank := func(o int) bool {
		for _, b := range blanks {
			if b[0] <= o && o < b[1] {
				return true
			}
		}
		return false
	}
	for f, shift := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			tn, ok := info.Uses[id].(*types.TypeName)
			if !ok {
				return true
			}
			if name, ok := hoisted[tn]; ok {
				if o := fset.Position(id.Pos()).Offset - shift; !inBlank(o) {
					edits = append(edits, edit{o, o + len(id.Name), name})
				}
			}
			return true
		})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var b strings.Builder
	at := 0
	for _, e := range edits {
		b.WriteString(p.Src[at:e.start])
		b.WriteString(e.text)
		at = e.end
	}
	b.WriteString(p.Src[at:])
	// the declarations at the top level, after the cell (its lines stay)
	names := make([]*types.TypeName, 0, len(hoisted))
	for tn := range hoisted {
		names = append(names, tn)
	}
	sort.Slice(names, func(i, j int) bool { return hoisted[names[i]] < hoisted[names[j]] })
	for _, tn := range names {
		s := sites[tn]
		text := s.renamed(fset, info, hoisted, p.Src)
		if s.spec.TypeParams == nil {
			text = " " + text
		}
		b.WriteString("\ntype " + hoisted[tn] + text)
	}
	return b.String()
}

// text returns the cell's text from p to end, in s's file.
func (s *localSite) text(fset *token.FileSet, p, end token.Pos, src string) string {
	return src[fset.Position(p).Offset-s.shift : fset.Position(end).Offset-s.shift]
}

// renamed returns the text of s's type parameters and type expression
// with the hoisted types they name renamed.
func (s *localSite) renamed(fset *token.FileSet, info *types.Info, hoisted map[*types.TypeName]string, src string) string {
	from := s.spec.Type.Pos()
	if s.spec.TypeParams != nil {
		from = s.spec.TypeParams.Opening
	}
	base := fset.Position(from).Offset - s.shift
	text := s.text(fset, from, s.spec.Type.End(), src)
	type ren struct {
		at   int
		old  int
		name string
	}
	var rens []ren
	ast.Inspect(s.spec, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if tn, ok := info.Uses[id].(*types.TypeName); ok && hoisted[tn] != "" {
				rens = append(rens, ren{fset.Position(id.Pos()).Offset - s.shift - base, len(id.Name), hoisted[tn]})
			}
		}
		return true
	})
	for i := len(rens) - 1; i >= 0; i-- { // (ast.Inspect visits in source order)
		r := rens[i]
		text = text[:r.at] + r.name + text[r.at+r.old:]
	}
	return text
}

// localOrdinals numbers the types declared inside functions in files, in
// order, as the gc compiler numbers them: from 1, in the order of the
// source, aliases left out. A type an earlier cell declared in a function
// was declared at the top level (its name ends in its number) and counts
// where it is, unless the cell declares it again (its name without the
// number is in again: the cell run again).
func localOrdinals(files []*ast.File, info *types.Info, pkg *types.Package, again map[string]bool) map[*types.TypeName]int {
	out := map[*types.TypeName]int{}
	n := 0
	for _, f := range files {
		ast.Inspect(f, func(node ast.Node) bool {
			ts, ok := node.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() {
				return true
			}
			tn, ok := info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				return true
			}
			if tn.Parent() != pkg.Scope() {
				n++
				out[tn] = n
			} else if name := ts.Name.Name; strings.Contains(name, typemark.LocalSep) && !again[name[:strings.LastIndex(name, typemark.VargenSep)]] {
				n++
			}
			return true
		})
	}
	return out
}

// localGenericRefusal returns the refusal of the first generic type
// declared inside a function of files, the cell's, that hoistLocalTypes
// could not declare at the top level (it names what only its function
// sees), or nil when there is none: yaegi v0.16.1 would refuse it with
// "type definition not implemented", or mono with a copy's error.
func localGenericRefusal(files map[*ast.File]int, info *types.Info, pkg *types.Package) *refusal {
	var out *refusal
	for f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || ts.TypeParams == nil || out != nil && out.pos < ts.Pos() {
				return true
			}
			if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && tn.Parent() != pkg.Scope() {
				out = &refusal{ts.Name.Pos(), fmt.Sprintf("generic type %s, declared inside a function, names what only the function sees (a type parameter or a constant of it): yaegi v0.16.1 has no local generic types, and the lowering declares one at the top level only when it names nothing local", ts.Name.Name)}
			}
			return true
		})
	}
	return out
}
