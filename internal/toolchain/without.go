package toolchain

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// WithoutNames returns c without its top-level declarations of names, for
// a later %%compile cell that declares them anew (the last definition
// wins, as between interpreted cells): its funcs, and its var and const
// specs all of whose names go. The lines of what goes stay, blank, so
// that positions in c keep their lines; an import only that code used
// becomes a blank import. ok is false when c declares none of names, or
// one it cannot drop: a type (its methods would stay behind), a spec of
// names only some of which go, a spec of a const group (the next ones
// may repeat its expression).
func WithoutNames(c Cell, names []string) (Cell, bool) {
	const prefix = "package cells\n"
	src := prefix + c.Source
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return c, false
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	drop := map[string]bool{}
	for _, n := range names {
		drop[n] = true
	}
	type span struct{ start, end int }
	var cut []span
	cutNode := func(doc *ast.CommentGroup, from, to token.Pos) {
		if doc != nil {
			from = doc.Pos()
		}
		cut = append(cut, span{off(from), off(to)})
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && drop[d.Name.Name] {
				cutNode(d.Doc, d.Pos(), d.End())
			}
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				continue
			}
			var gone []ast.Spec
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					if drop[s.Name.Name] {
						return c, false
					}
				case *ast.ValueSpec:
					n := 0
					for _, id := range s.Names {
						if drop[id.Name] {
							n++
						}
					}
					switch {
					case n == len(s.Names):
						gone = append(gone, s)
					case n > 0:
						return c, false
					}
				}
			}
			switch {
			case len(gone) == 0:
			case len(gone) == len(d.Specs):
				cutNode(d.Doc, d.Pos(), d.End())
			case d.Tok == token.CONST:
				return c, false
			default:
				for _, s := range gone {
					vs := s.(*ast.ValueSpec)
					end := vs.End()
					if vs.Comment != nil {
						end = vs.Comment.End()
					}
					cutNode(vs.Doc, vs.Pos(), end)
				}
			}
		}
	}
	if len(cut) == 0 {
		return c, false
	}
	used := func(file *ast.File) map[string]bool {
		u := map[string]bool{}
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					u[id.Name] = true
				}
			}
			return true
		})
		return u
	}
	before := used(f)
	sort.Slice(cut, func(i, j int) bool { return cut[i].start < cut[j].start })
	var b strings.Builder
	last := 0
	for _, s := range cut {
		b.WriteString(src[last:s.start])
		b.WriteString(strings.Repeat("\n", strings.Count(src[s.start:s.end], "\n")))
		last = s.end
	}
	b.WriteString(src[last:])
	out := b.String()
	nf, err := parser.ParseFile(token.NewFileSet(), "", out, parser.SkipObjectResolution)
	if err != nil {
		return c, false
	}
	after := used(nf)
	// imports only the dropped code used: blank, in place
	var blanks []span
	for _, is := range f.Imports {
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			continue
		}
		name := p[strings.LastIndexByte(p, '/')+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		if name != "_" && name != "." && before[name] && !after[name] {
			from := is.Pos()
			if is.Name != nil {
				from = is.Name.Pos()
			}
			blanks = append(blanks, span{off(from), off(is.Path.Pos())})
		}
	}
	// (imports come before every cut: their offsets hold in out)
	slices.SortFunc(blanks, func(a, b span) int { return b.start - a.start })
	for _, s := range blanks {
		out = out[:s.start] + "_ " + out[s.end:]
	}
	c.Source = out[len(prefix):]
	return c, true
}

// belowKernel reports a module query that pins path (a module or a
// package in one) below the version deps, the modules the kernel itself
// is built with, hold: the notebook's program links the kernel, so it
// cannot have an older one, and the go command would try to downgrade
// gofutures to get it. nil for queries that are not versions.
func belowKernel(path, version string, deps map[string]string) error {
	if !strings.HasPrefix(version, "v") {
		return nil // latest, upgrade, a branch, a commit
	}
	for mod, have := range deps {
		if path != mod && !strings.HasPrefix(path, mod+"/") {
			continue
		}
		if semverLess(version, have) {
			return &Error{Kind: ErrVersionNotFound, Path: path + "@" + version,
				Detail: fmt.Sprintf("%s@%s is older than %s, the version of %s the kernel itself is built with", path, version, have, mod),
				Hint:   fmt.Sprintf("A notebook can use %s %s or later: pin one of those.", mod, have)}
		}
	}
	return nil
}

// kernelDeps are the modules the running program is built with.
func kernelDeps() map[string]string {
	out := map[string]string{}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Replace == nil && strings.HasPrefix(d.Version, "v") {
				out[d.Path] = d.Version
			}
		}
	}
	return out
}

// semverLess reports whether semantic version a is below b: numbers
// first, then a pre-release below its release.
func semverLess(a, b string) bool {
	split := func(v string) ([3]int, string, bool) {
		v = strings.TrimPrefix(v, "v")
		if i := strings.IndexByte(v, '+'); i >= 0 {
			v = v[:i]
		}
		core, pre, _ := strings.Cut(v, "-")
		var n [3]int
		parts := strings.Split(core, ".")
		if len(parts) != 3 {
			return n, "", false
		}
		for i, p := range parts {
			x, err := strconv.Atoi(p)
			if err != nil {
				return n, "", false
			}
			n[i] = x
		}
		return n, pre, true
	}
	na, pa, oka := split(a)
	nb, pb, okb := split(b)
	if !oka || !okb {
		return false
	}
	for i := range na {
		if na[i] != nb[i] {
			return na[i] < nb[i]
		}
	}
	switch {
	case pa == pb:
		return false
	case pa == "":
		return false
	case pb == "":
		return true
	}
	return pa < pb // (pseudo-versions compare by their timestamps)
}
