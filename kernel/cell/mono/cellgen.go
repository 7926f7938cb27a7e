package mono

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"strings"
)

// cellSource makes the cell's files into a source that build can copy
// the notebook's generic functions and types (with their methods) from.
// Files without source in c.Src are left out.
func cellSource(c *Cell) *source {
	src := &source{
		path:  c.Pkg.Path(),
		fset:  c.Fset,
		pkg:   c.Pkg,
		info:  c.Info,
		text:  map[*token.File][]byte{},
		funcs: map[string]*ast.FuncDecl{},
		types: map[string]*ast.TypeSpec{},
		meths: map[string][]*ast.FuncDecl{},
		vals:  map[string]*ast.ValueSpec{},
	}
	for _, f := range append(append([]*ast.File(nil), c.Decls...), c.Files...) {
		tf := c.Fset.File(f.Pos())
		data, ok := c.Src[tf.Name()]
		if !ok || len(data) != tf.Size() {
			continue
		}
		src.text[tf] = data
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				switch {
				case d.Body == nil:
				case d.Recv == nil && d.Type.TypeParams != nil:
					src.funcs[d.Name.Name] = d
				case d.Recv != nil && len(d.Recv.List) == 1:
					if base := recvBase(d.Recv.List[0].Type); base != "" {
						src.meths[base] = append(src.meths[base], d)
					}
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok && ts.TypeParams != nil {
						src.types[ts.Name.Name] = ts
					}
				}
			}
		}
	}
	return src
}

// cellDecl returns the declaration of the notebook's generic function or
// type obj, and its methods, if the source has them.
func (w *work) cellDecl(obj types.Object) (decl ast.Node, meths []*ast.FuncDecl) {
	if w.cellSrc == nil || obj.Pkg() == nil || obj.Pkg().Path() != w.cell || !isGeneric(obj) || obj.Parent() != obj.Pkg().Scope() {
		return nil, nil
	}
	switch obj.(type) {
	case *types.Func:
		if fd := w.cellSrc.funcs[obj.Name()]; fd != nil && w.cellSrc.info.Defs[fd.Name] == obj {
			return fd, nil
		}
	case *types.TypeName:
		if ts := w.cellSrc.types[obj.Name()]; ts != nil && w.cellSrc.info.Defs[ts.Name] == obj {
			return ts, w.cellSrc.meths[obj.Name()]
		}
	}
	return nil, nil
}

// cellGeneric reports whether obj is a generic function or type of the
// notebook whose uses with concrete type arguments are replaced by
// specialised copies: with Options.AllNotebookGenerics every one whose
// source is at hand; otherwise one whose parameters, results, body, fields
// or methods use what needs copying (or such a generic of the notebook).
func (w *work) cellGeneric(obj types.Object) bool {
	if decl, _ := w.cellDecl(obj); decl == nil {
		return false
	}
	return w.s.allCell || w.usesCopied(obj)
}

// usesCopied reports whether obj is a generic function or type of the
// notebook whose parameters, results, body, fields or methods use what
// needs copying (or such a generic of the notebook): the interpreter
// cannot instantiate it itself.
func (w *work) usesCopied(obj types.Object) bool {
	decl, meths := w.cellDecl(obj)
	if decl == nil {
		return false
	}
	if v, ok := w.cellMemo[obj]; ok {
		return v
	}
	if w.cellMemo == nil {
		w.cellMemo = map[types.Object]bool{}
	}
	w.cellMemo[obj] = false // while deciding: a recursive use adds nothing
	var parts []ast.Node
	switch d := decl.(type) {
	case *ast.FuncDecl:
		parts = append(parts, d.Type.Params, d.Type.Results, d.Body)
	case *ast.TypeSpec:
		parts = append(parts, d.Type)
	}
	for _, m := range meths {
		parts = append(parts, m.Type.Params, m.Type.Results, m.Body)
	}
	found := false
	for _, part := range parts {
		if part == nil || isNilNode(part) {
			continue
		}
		ast.Inspect(part, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && !found {
				if o := w.cellSrc.info.Uses[id]; o != nil && o != obj && (w.needsCopy(o) || w.usesCopied(o)) {
					found = true
				}
			}
			return !found
		})
	}
	w.cellMemo[obj] = found
	return found
}

// cellKey names a generic function or type of the notebook by its source
// too: one declared anew is specialised anew. The source of the
// notebook's generic functions and types that its declaration and
// methods refer to, transitively, counts too: a copy of Inv[int], which
// embeds Set[int], made before a later cell gave Set a method, depended
// on the old copy of Set[int], and a cell that needed both had two
// ("mainꞏSetꞏint redeclared in this block").
func (w *work) cellKey(obj types.Object) string {
	if k, ok := w.keyMemo[obj]; ok {
		return k
	}
	h := fnv.New32a()
	seen := map[types.Object]bool{obj: true}
	queue := []types.Object{obj}
	for len(queue) > 0 {
		o := queue[0]
		queue = queue[1:]
		decl, meths := w.cellDecl(o)
		nodes := []ast.Node{}
		if decl != nil {
			nodes = append(nodes, decl)
		}
		for _, m := range meths {
			nodes = append(nodes, m)
		}
		for _, n := range nodes {
			file := w.cellSrc.fset.File(n.Pos())
			if data := w.cellSrc.text[file]; data != nil {
				h.Write(data[file.Offset(n.Pos()):file.Offset(n.End())])
			}
			ast.Inspect(n, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if u := w.cellSrc.info.Uses[id]; u != nil && !seen[u] && isGeneric(u) {
						if d, _ := w.cellDecl(u); d != nil {
							seen[u] = true
							queue = append(queue, u)
						}
					}
				}
				return true
			})
		}
	}
	k := fmt.Sprintf("%s.%s#%08x", w.cell, obj.Name(), h.Sum32())
	if w.keyMemo == nil {
		w.keyMemo = map[types.Object]string{}
	}
	w.keyMemo[obj] = k
	return k
}

// cellGenerics returns the keys of the notebook's generic types that t
// instantiates, so that an instance made with Pair[string, int] is made
// again when a later cell declares Pair anew (its fields or methods
// changed): by name alone, slices.Values of []Pair[string, int] kept the
// copy of the first Pair, and the cell had both ("redeclared").
func (w *work) cellGenerics(t types.Type) string {
	if w.cellSrc == nil {
		return ""
	}
	var b strings.Builder
	walkNamed(t, func(n *types.Named) {
		o := n.Obj()
		if o.Pkg() != nil && o.Pkg().Path() == w.cell && n.TypeArgs().Len() > 0 {
			b.WriteString("@" + w.cellKey(n.Origin().Obj()))
		}
	}, nil)
	return b.String()
}

func mentionsTypeParams(t types.Type) bool {
	found := false
	walkNamed(t, nil, func(*types.TypeParam) { found = true })
	return found
}
