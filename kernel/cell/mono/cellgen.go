package mono

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
)

// cellSource makes the cell's files into a source that build can copy
// generic functions from. Files without source in c.Src are left out.
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
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Type.TypeParams != nil && fd.Body != nil {
				src.funcs[fd.Name.Name] = fd
			}
		}
	}
	return src
}

// cellGeneric reports whether obj is a generic function of the notebook
// whose body (or that of a generic function of the notebook it calls)
// uses what needs copying: its uses with concrete type arguments are
// replaced by specialised copies.
func (w *work) cellGeneric(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != w.cell || !isGeneric(fn) || w.cellSrc == nil {
		return false
	}
	if v, ok := w.cellMemo[fn]; ok {
		return v
	}
	if w.cellMemo == nil {
		w.cellMemo = map[*types.Func]bool{}
	}
	w.cellMemo[fn] = false // while deciding: a recursive call adds nothing
	fd := w.cellSrc.funcs[fn.Name()]
	if fd == nil || w.cellSrc.info.Defs[fd.Name] != obj {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !found {
			if o := w.cellSrc.info.Uses[id]; o != nil && o != obj && (w.needsCopy(o) || w.cellGeneric(o)) {
				found = true
			}
		}
		return !found
	})
	w.cellMemo[fn] = found
	return found
}

// cellKey names a generic function of the notebook by its source too: a
// function declared anew is specialised anew.
func (w *work) cellKey(fn types.Object) string {
	h := fnv.New32a()
	if fd := w.cellSrc.funcs[fn.Name()]; fd != nil {
		file := w.cellSrc.fset.File(fd.Pos())
		if data := w.cellSrc.text[file]; data != nil {
			h.Write(data[file.Offset(fd.Pos()):file.Offset(fd.End())])
		}
	}
	return fmt.Sprintf("%s.%s#%08x", w.cell, fn.Name(), h.Sum32())
}

func mentionsTypeParams(t types.Type) bool {
	found := false
	walkNamed(t, nil, func(*types.TypeParam) { found = true })
	return found
}
