package mono

import (
	"context"
	"errors"
	"fmt"
	"github.com/gofutures/gofutures/internal/toolchain"
	"go/types"
	"strings"
)

// ErrNoBody is wrapped by the error for a declaration that has no Go body
// (it is implemented in assembly or by the runtime) and no plain-Go
// replacement in this package.
var ErrNoBody = errors.New("no Go body and no plain-Go replacement")

// ErrUnsafe is wrapped by the error for a specialisation that would need
// package unsafe, which the interpreter does not provide.
var ErrUnsafe = errors.New("needs package unsafe")

// ModuleError wraps the error of a specialisation from the source of a
// third-party package (Options.Module) that failed: a copy would need
// what the interpreter cannot run (ErrUnsafe, ErrNoBody, ErrCgo).
type ModuleError struct {
	Path string // the package's import path
	Err  error
}

func (e *ModuleError) Error() string { return e.Err.Error() }

func (e *ModuleError) Unwrap() error { return e.Err }

// item is a declaration to specialise.
type item struct {
	key   string
	path  string // package path
	name  string // object name in the package (the spec's first for a var)
	targs []types.Type
	ident string // generated identifier
}

// work is one Specialize call: the cell's package path and the items it
// queued that are not built yet.
type work struct {
	s       *Specializer
	cell    string
	pending []*item
	queued  map[string]bool
	built   []string
	err     error

	cellSrc  *source // the notebook's generic functions
	cellMemo map[types.Object]bool
	keyMemo  map[types.Object]string // cellKey's
}

// needsCopy reports whether a reference to obj must be replaced by a
// reference to a generated copy: obj is a package-level object of a
// standard-library package or a third-party package of the module (not
// the cell's) that is generic, unexported, internal or not provided by
// the interpreter.
func (w *work) needsCopy(obj types.Object) bool {
	pkg := obj.Pkg()
	if pkg == nil || pkg.Path() == w.cell || pkg.Path() == "unsafe" || !isStd(pkg.Path()) && !w.s.thirdParty(pkg) {
		return false // (unsafe's are the interpreter's or the lowering's)
	}
	if obj.Parent() != pkg.Scope() {
		return false
	}
	if _, ok := obj.(*types.PkgName); ok {
		return false
	}
	if isGeneric(obj) || !obj.Exported() || toolchain.IsInternal(pkg.Path()) {
		return true
	}
	return !w.s.provided(pkg, obj.Name())
}

// thirdParty reports whether pkg is a package of a module other than
// the standard library, gofutures and the notebook's own (its compiled
// cells and instantiations), whose source this Specializer may copy.
func (s *Specializer) thirdParty(pkg *types.Package) bool {
	if s.module == "" || pkg == nil || isStd(pkg.Path()) || pkg.Path() == "C" {
		return false
	}
	for _, own := range []string{toolchain.NotebookModule, toolchain.SelfModule} {
		if pkg.Path() == own || strings.HasPrefix(pkg.Path(), own+"/") {
			return false
		}
	}
	return true
}

func isStd(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func isGeneric(obj types.Object) bool {
	switch o := obj.(type) {
	case *types.Func:
		return o.Type().(*types.Signature).TypeParams().Len() > 0
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok {
			return n.TypeParams().Len() > 0
		}
	}
	return false
}

func typeList(l *types.TypeList) []types.Type {
	out := make([]types.Type, l.Len())
	for i := range out {
		out[i] = l.At(i)
	}
	return out
}

// need returns the key and generated identifier of obj instantiated with
// targs (concrete types), queueing its specialisation if it is not made
// yet.
func (w *work) need(obj types.Object, targs []types.Type) (key, ident string, err error) {
	pkg := obj.Pkg()
	if pkg.Path() == "unsafe" {
		return "", "", fmt.Errorf("unsafe.%s: %w", obj.Name(), ErrUnsafe)
	}
	// one copy for one type however it is spelled (List[ID] of type ID =
	// int, List[int]): the key and the name (mangle) go by the type
	targs = append([]types.Type(nil), targs...)
	for i, t := range targs {
		targs[i] = Unalias(t, true)
		if err := w.concrete(t, false); err != nil {
			return "", "", err
		}
	}
	name := obj.Name()
	ident = w.s.mangle(pkg, name, targs, typeParams(obj), w.cell)
	if v, ok := obj.(*types.Var); ok {
		// A var is made with the whole spec that declares it; the key
		// is the spec's first name.
		src, err := w.s.load(pkg.Path())
		if err != nil {
			return "", "", err
		}
		if vs := src.vals[v.Name()]; vs != nil {
			name = vs.Names[0].Name
		}
	}
	key = pkg.Path() + "." + name
	if pkg.Path() == w.cell {
		key = w.cellKey(obj)
	}
	if len(targs) > 0 {
		cs := make([]string, len(targs))
		for i, t := range targs {
			cs[i] = canonical(t) + w.cellGenerics(t)
		}
		key += "[" + strings.Join(cs, ",") + "]"
	}
	if _, ok := w.s.done[key]; ok || w.queued[key] {
		return key, ident, nil
	}
	if w.queued == nil {
		w.queued = map[string]bool{}
	}
	w.queued[key] = true
	first := ident
	if name != obj.Name() {
		first = w.s.mangle(pkg, name, nil, nil, w.cell)
	}
	w.pending = append(w.pending, &item{key: key, path: pkg.Path(), name: name, targs: targs, ident: first})
	return key, ident, nil
}

// concrete checks that t can be written at a cell's top level: it has no
// type parameters and no types declared inside functions, and, when it
// is a type argument in the cell (fromCell), no unexported types of
// other packages (which the copies could not name: only copies of a
// package's own code mention its unexported types).
func (w *work) concrete(t types.Type, fromCell bool) error {
	var err error
	walkNamed(t, func(n *types.Named) {
		o := n.Obj()
		switch {
		case err != nil || o.Pkg() == nil:
		case o.Parent() != o.Pkg().Scope():
			err = fmt.Errorf("type %s is declared inside a function; a generic standard-library function can use it only if it is declared at the top level", o.Name())
		case fromCell && o.Pkg().Path() != w.cell && !o.Exported() && !isGeneric(o):
			err = fmt.Errorf("type %s.%s is not exported: a copy outside package %s cannot name it", o.Pkg().Name(), o.Name(), o.Pkg().Path())
		}
	}, func(p *types.TypeParam) {
		if err == nil {
			err = fmt.Errorf("type parameter %s is not a concrete type", p)
		}
	})
	return err
}

// maxBuilt bounds the declarations one Specialize makes, a safety net: a
// generic function that calls itself with ever larger type arguments
// (F[T] calls F[[]T]) would make copies for ever, but go/types rejects
// such an instantiation cycle before Specialize sees it.
const maxBuilt = 5000

// run builds every pending item and those they need in turn.
func (w *work) run(ctx context.Context) error {
	for len(w.pending) > 0 {
		if err := ctx.Err(); err != nil {
			w.abandon()
			return err
		}
		it := w.pending[0]
		w.pending = w.pending[1:]
		if len(w.built) >= maxBuilt {
			w.abandon()
			return fmt.Errorf("mono: specialise %s: more than %d declarations for one cell (an instantiation that never ends?)", it.key, maxBuilt)
		}
		d, err := w.build(it)
		if err != nil {
			w.abandon()
			if !isStd(it.path) && it.path != w.cell {
				err = &ModuleError{Path: it.path, Err: err}
			}
			return fmt.Errorf("mono: specialise %s: %w", it.key, err)
		}
		w.s.done[it.key] = d
		w.built = append(w.built, it.key)
	}
	return nil
}

// abandon forgets what this call queued and built: nothing whose
// dependencies failed stays cached.
func (w *work) abandon() {
	w.pending = nil
	for _, k := range w.built {
		delete(w.s.done, k)
	}
}
