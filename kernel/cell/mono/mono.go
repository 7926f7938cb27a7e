package mono

import (
	"context"
	"fmt"
	"github.com/gofutures/gofutures/internal/toolchain"
	"go/ast"
	"go/build"
	"go/token"
	"go/types"
	"os/exec"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/stdlib"
)

// Sep joins the parts of a generated name: package, object and type
// arguments, as in slicesꞏSortꞏint. It is U+A78F LATIN LETTER SINOLOGICAL
// DOT, a letter, so generated names are ordinary Go identifiers that no
// one writes by hand.
const Sep = "ꞏ"

// Options configure a Specializer. The zero value is ready to use.
type Options struct {
	// GOROOT is the toolchain whose sources are specialised. Empty means
	// go/build's default, or `go env GOROOT` when that is unknown.
	GOROOT string
	// Provided reports whether the interpreter has a compiled symbol for
	// the package-level object name of pkg (a standard-library package,
	// or a third-party one of Module). Objects it does not provide are
	// copied from source like generic ones. Nil means yaegi's
	// stdlib.Symbols.
	Provided func(pkg *types.Package, name string) bool
	// Module is the directory of a Go module (the notebook's) whose
	// third-party packages are specialised too, from their sources in the
	// module cache (as `go list` in Module finds them). Empty means only
	// the standard library's generics are.
	Module string
	// Compiled reports whether the caller has the instantiation of obj,
	// a generic function or type of a third-party package, with targs
	// compiled: a cell's use of it is then left as it is. Nil means none
	// is (every use is specialised). Uses in the copies are always
	// specialised.
	Compiled func(obj types.Object, targs []types.Type) bool
	// AllNotebookGenerics makes Specialize replace every use of a
	// generic function or type of the notebook with concrete type
	// arguments by a specialised copy (when Cell.Src has its source), so
	// that the interpreter instantiates no generics at all. Without it,
	// only those that use generic standard-library code are copied.
	AllNotebookGenerics bool
	// Importer imports the packages that the specialised packages
	// import (including internal ones). Nil means export data from the
	// build cache (go/importer's "gc", which runs the go command), and
	// where that fails, GOROOT's sources (the "source" importer, about
	// ten times slower).
	Importer types.Importer
}

// A Specializer makes non-generic copies of generic standard-library
// declarations. It caches the packages it type-checks and every
// specialisation it makes, for the life of the process; it is safe for
// concurrent use.
type Specializer struct {
	mu       sync.Mutex
	goroot   string
	provided func(pkg *types.Package, name string) bool
	fset     *token.FileSet
	imp      types.Importer
	pkgs     map[string]*source
	done     map[string]*Decl
	prefixes map[string]string // name prefix -> package path
	allCell  bool
	module   string
	compiled func(obj types.Object, targs []types.Type) bool
	modImp   types.Importer         // imports of third-party packages' sources
	modPkgs  map[string]*modPackage // go list's answers, by import path
}

// New returns a Specializer.
func New(opts Options) *Specializer {
	s := &Specializer{
		goroot:   opts.GOROOT,
		provided: opts.Provided,
		imp:      opts.Importer,
		allCell:  opts.AllNotebookGenerics,
		module:   opts.Module,
		compiled: opts.Compiled,
		modPkgs:  map[string]*modPackage{},
		fset:     token.NewFileSet(),
		pkgs:     map[string]*source{},
		done:     map[string]*Decl{},
		prefixes: map[string]string{},
	}
	if s.provided == nil {
		s.provided = yaegiProvides
	}
	return s
}

// yaegiProvides reports whether yaegi's standard-library symbol table has
// pkg.name.
func yaegiProvides(pkg *types.Package, name string) bool {
	_, ok := stdlib.Symbols[pkg.Path()+"/"+pkg.Name()][name]
	return ok
}

// Kind is the kind of a generated declaration.
type Kind int

// Kinds of generated declarations, in the order Result lists them.
const (
	TypeDecl Kind = iota
	ConstDecl
	VarDecl
	FuncDecl
)

// Decl is one generated top-level declaration.
type Decl struct {
	// Key names what was specialised: the package path, the object's
	// name and the type arguments, e.g. "slices.Sort[[]int,int]".
	Key string
	// Name is the identifier Src declares (its first one for a var).
	Name string
	Kind Kind
	// Src is gofmt-ed Go source of the declaration; a type comes with
	// its methods.
	Src string
	// Imports are the paths of the packages Src refers to; each is
	// referred to by its package name.
	Imports []string
	// Deps are the keys of the other generated declarations Src uses.
	Deps []string
	// CellNames are the names of the notebook's declarations (its types,
	// and for a copy of a notebook function whatever that refers to) Src
	// refers to: it can be evaluated only where they are declared, and
	// must be evaluated again where one of them is declared anew.
	CellNames []string
	// Generic and TypeArgs are, for the copy of an instance of a generic
	// type, the generic type (its package's name and its own, "main.Pair")
	// and the instance's type arguments: what Go's reflection calls the
	// type it stands for (main.Pair[string,main.Meters]). Both are empty
	// for other declarations.
	Generic  string
	TypeArgs []types.Type
	// Origin and Lines are, for the copy of an instance of a generic
	// function the notebook declared, that function's name (first for
	// mainꞏfirstꞏint) and, for each line of Src (Lines[i] for line i+1),
	// the line of the function's declaration it was made from, counted
	// from 1 at the declaration's first (its func keyword's); 0 where
	// none is known. A panic's traceback names the notebook's lines by
	// them. Both are empty for other declarations.
	Origin string
	Lines  []int
	// Methods are, for the copy of an instance of a generic type the
	// notebook declared, its methods' lines, as Lines are a function's.
	Methods []MethodLines
}

// MethodLines are the lines of a method in the copy of an instance of a
// notebook's generic type: Lines[i], for line i+1 of the copy's Src, is
// the line of the method's declaration it was made from, counted from 1
// at its func keyword; 0 where none is known, and outside the method.
type MethodLines struct {
	Name  string
	Lines []int
}

// Edit replaces one expression of the cell (a selector such as
// slices.Sort, or an instantiation such as atomic.Pointer[Node]) with the
// identifier of its specialised copy; or the name of an embedded field
// whose type is such a copy (List in s.List or Shelf{List: l}, for a
// field of type List[Item]) with the copy's, by which the copy's field
// is named.
type Edit struct {
	Node     ast.Expr
	Pos, End token.Pos
	Name     string
}

// Result is what a cell needs to run without generic standard-library
// code: declarations to add to its package and edits of its expressions.
type Result struct {
	// Decls are every declaration the edited cell needs, each once,
	// types first, then constants, variables and functions.
	Decls []*Decl
	// Imports are the paths Decls refer to, sorted.
	Imports []string
	// Edits are in source order.
	Edits []Edit
}

// Cell is a cell type-checked with go/types.
type Cell struct {
	Fset *token.FileSet
	// Files are the cell's files: Specialize finds the uses to replace
	// in them, and its Edits are edits of them.
	Files []*ast.File
	// Decls are other files of the same check (the notebook's earlier
	// declarations); they are only read, for the generic functions
	// declared in them.
	Decls []*ast.File
	// Src holds the source of files of Files and Decls by file name (as
	// Fset knows it). A generic function declared in the notebook whose
	// body uses generic standard-library code with its own type
	// parameters is specialised, at each use with concrete type
	// arguments, only if its file's source is here.
	Src  map[string][]byte
	Pkg  *types.Package
	Info *types.Info // with Defs, Uses, Instances (and Selections) recorded
	// Held are instances of the notebook's generic types, in Pkg, that
	// the notebook's values may hold where no variable of the cell names
	// them (var a any = Box[int]{1}): they are copied with the cell, as
	// instances its variables hold are, when the cell gives their
	// generic types methods.
	Held []types.Type
}

// Specialize finds in c.Files every use of a generic or interpreter-less
// standard-library declaration, and every use of a generic function of
// the notebook that uses one with its type parameters, and returns the
// specialised copies and the edits that make the cell use them. c's
// files are not changed; see Result.Rewrite.
func (s *Specializer) Specialize(ctx context.Context, c *Cell) (*Result, error) {
	if s.nothingToCopy(c) {
		// most cells: no wait for a Preload that holds the lock
		return &Result{}, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.init(); err != nil {
		return nil, err
	}
	w := &work{s: s, cell: c.Pkg.Path(), cellSrc: cellSource(c)}
	info := c.Info
	res := &Result{}
	var roots []string
	for _, f := range c.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if w.err != nil {
				return false
			}
			e, ok := n.(ast.Expr)
			if !ok {
				return true
			}
			id := refIdent(e, info)
			if id == nil {
				return true
			}
			obj := info.Uses[id]
			inst, isInst := info.Instances[id]
			if isInst {
				obj, inst = aliasedInstance(obj, inst)
			}
			if obj == nil || !w.needsCopy(obj) && !w.cellGeneric(obj) {
				return true
			}
			if w.s.thirdParty(obj.Pkg()) && !isGeneric(obj) {
				return true // the interpreter's compiled symbol
			}
			if isIndex(e) && !isInst {
				return true // an index of a non-generic variable
			}
			targs := typeList(inst.TypeArgs)
			for _, t := range targs {
				if mentionsTypeParams(t) {
					// Inside a generic function of the notebook: its
					// copies for concrete arguments specialise this.
					return true
				}
			}
			if w.s.thirdParty(obj.Pkg()) && w.s.compiled != nil && w.s.compiled(obj, targs) {
				return false // compiled into the program by the caller
			}
			for _, t := range targs {
				if err := w.concrete(t, true); err != nil && w.err == nil {
					if !w.s.allCell && !w.needsCopy(obj) && !w.usesCopied(obj) {
						// a generic of the notebook the interpreter can
						// instantiate itself, with a type declared in a
						// function, say: it is left to it (with
						// AllNotebookGenerics the interpreter is given
						// no generic declarations: kernel/check leaves
						// them out)
						return true
					}
					w.err = fmt.Errorf("mono: %s: %w", c.Fset.Position(e.Pos()), err)
				}
			}
			if w.err != nil {
				return false
			}
			key, name, err := w.need(obj, targs)
			if err != nil {
				w.err = fmt.Errorf("mono: %s: %w", c.Fset.Position(e.Pos()), err)
				return false
			}
			roots = append(roots, key)
			res.Edits = append(res.Edits, Edit{Node: e, Pos: e.Pos(), End: e.End(), Name: name})
			return false
		})
	}
	if w.err == nil {
		roots = w.heldInstances(c, roots)
	}
	if w.err == nil {
		for _, f := range c.Files {
			roots = w.embeddedFields(c.Fset, f, info, roots, res)
		}
	}
	if w.err != nil {
		w.abandon()
		return nil, w.err
	}
	if err := w.run(ctx); err != nil {
		return nil, err
	}
	res.Decls, res.Imports = s.closure(roots)
	return res, nil
}

// nothingToCopy reports, without the lock, whether c certainly needs no
// copy: its check instantiated no generic, and none of what its files
// refer to is a package-level object the interpreter lacks (needsCopy
// reads only what New set).
func (s *Specializer) nothingToCopy(c *Cell) bool {
	if len(c.Info.Instances) > 0 || len(c.Held) > 0 || holdsCellInstance(c) {
		return false
	}
	w := &work{s: s, cell: c.Pkg.Path()}
	none := true
	for _, f := range c.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if obj := c.Info.Uses[id]; obj != nil && w.needsCopy(obj) {
					none = false
				}
			}
			return none
		})
	}
	return none
}

// Preload parses and type-checks the standard-library packages at paths
// (e.g. "slices", "maps") now, so that the first cell that uses them does
// not wait for it; a kernel can call it in the background at start.
func (s *Specializer) Preload(ctx context.Context, paths ...string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.init(); err != nil {
		return err
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if _, err := s.load(p); err != nil {
			return fmt.Errorf("mono: %w", err)
		}
	}
	return nil
}

// embeddedFields adds to res the edits that name, in f, an embedded
// field whose type is replaced by a copy as the copy's type is named:
// Go names the field of an embedded List[Item] List, the copy's is named
// mainꞏListꞏItem. Selectors of the field (s.List, also promoted, and
// method values s.List.Len) and keys of literals (Shelf{List: l}) are
// edited; what prints or encodes the values names the field as Go does
// (kernel/check describes them with the cell's types). It returns roots
// with the copies named.
func (w *work) embeddedFields(fset *token.FileSet, f *ast.File, info *types.Info, roots []string, res *Result) []string {
	ast.Inspect(f, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok || w.err != nil {
			return w.err == nil
		}
		fv, ok := info.Uses[id].(*types.Var)
		if !ok || !fv.IsField() || !fv.Embedded() {
			return true
		}
		obj, targs, ok := w.embeddedCopy(fv.Type(), false)
		if !ok {
			return true
		}
		key, name, err := w.need(obj, targs)
		if err != nil {
			w.err = fmt.Errorf("mono: %s: %w", fset.Position(id.Pos()), err)
			return false
		}
		roots = append(roots, key)
		res.Edits = append(res.Edits, Edit{Node: id, Pos: id.Pos(), End: id.End(), Name: name})
		return true
	})
	sort.SliceStable(res.Edits, func(i, j int) bool { return res.Edits[i].Pos < res.Edits[j].Pos })
	return roots
}

// embeddedCopy returns the declaration and type arguments of the copy
// that t, the type of an embedded field (T or *T), is replaced by, if it
// is replaced by one: in a copy (inCopy), wherever it needs one; in the
// cell, not for a third-party package's type that stays compiled (not
// generic, or an instantiation the caller compiles).
func (w *work) embeddedCopy(t types.Type, inCopy bool) (types.Object, []types.Type, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil, nil, false
	}
	obj := n.Origin().Obj()
	targs := typeList(n.TypeArgs())
	if mentionsTypeParams(n) || !w.needsCopy(obj) && !(len(targs) > 0 && w.cellGeneric(obj)) {
		return nil, nil, false
	}
	if !inCopy && w.s.thirdParty(obj.Pkg()) && (!isGeneric(obj) || w.s.compiled != nil && w.s.compiled(obj, targs)) {
		return nil, nil, false // the compiled package's
	}
	return obj, targs, true
}

// init finds GOROOT on first use.
func (s *Specializer) init() error {
	if s.goroot != "" {
		return nil
	}
	s.goroot = build.Default.GOROOT
	if s.goroot != "" {
		return nil
	}
	out, err := exec.Command(toolchain.GoCommand(), "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("mono: no GOROOT: go env GOROOT: %w", err)
	}
	s.goroot = strings.TrimSpace(string(out))
	return nil
}

// refIdent returns the identifier naming a package-level object that e
// refers to as a whole: pkg.Name, Name, or their instantiation X[T].
func refIdent(e ast.Expr, info *types.Info) *ast.Ident {
	switch x := e.(type) {
	case *ast.IndexExpr:
		return refIdent(x.X, info)
	case *ast.IndexListExpr:
		return refIdent(x.X, info)
	case *ast.SelectorExpr:
		if p, ok := x.X.(*ast.Ident); ok {
			if _, ok := info.Uses[p].(*types.PkgName); ok {
				return x.Sel
			}
		}
	case *ast.Ident:
		return x
	}
	return nil
}

// aliasedInstance returns, for an instance of a generic alias whose type
// is an instance of a generic type (StringPair[int], with type
// StringPair[B any] = Pair[string, B]), that type's generic declaration
// and instance (Pair, [string, int]): the alias's use is replaced by the
// copy made for the type. Anything else it returns as it is.
func aliasedInstance(obj types.Object, inst types.Instance) (types.Object, types.Instance) {
	tn, ok := obj.(*types.TypeName)
	if !ok || !tn.IsAlias() {
		return obj, inst
	}
	n, ok := types.Unalias(inst.Type).(*types.Named)
	if !ok || n.TypeArgs().Len() == 0 {
		return obj, inst
	}
	return n.Origin().Obj(), types.Instance{TypeArgs: n.TypeArgs(), Type: n}
}

func isIndex(e ast.Expr) bool {
	switch e.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// closure lists the declarations reachable from roots, grouped by kind.
func (s *Specializer) closure(roots []string) ([]*Decl, []string) {
	seen := map[string]bool{}
	imps := map[string]bool{}
	var out []*Decl
	queue := append([]string(nil), roots...)
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		if seen[k] {
			continue
		}
		seen[k] = true
		d := s.done[k]
		out = append(out, d)
		for _, p := range d.Imports {
			imps[p] = true
		}
		queue = append(queue, d.Deps...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	paths := make([]string, 0, len(imps))
	for p := range imps {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return out, paths
}

// File is a Go source file of package pkgName holding r's imports and
// declarations, for type-checking or evaluating alongside the cell.
func (r *Result) File(pkgName string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n", pkgName)
	if len(r.Imports) > 0 {
		b.WriteString("\nimport (\n")
		for _, p := range r.Imports {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		b.WriteString(")\n")
	}
	for _, d := range r.Decls {
		b.WriteString("\n")
		b.WriteString(d.Src)
		b.WriteString("\n")
	}
	return b.String()
}
