package check

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Notebook is a copy of a Checker's committed model — the notebook's
// declarations as the user wrote them, the variables its statements set
// and its imports — that other goroutines may use while the Checker goes
// on checking cells. See Program.
type Notebook struct {
	imp     *Importer
	decls   []*cell.Decl
	vars    []nbVar
	imports map[string]string
	blank   []string // paths imported for their side effects (import _ "image/png")
}

// Notebook returns a copy of the committed model, or nil after Disable.
// It is cheap: the declarations themselves are shared, and never
// modified.
func (c *Checker) Notebook() *Notebook {
	if c.off {
		return nil // cells it could not see are not in it
	}
	nb := &Notebook{imp: c.imp, imports: maps.Clone(c.imports), blank: slices.Sorted(maps.Keys(c.blank))}
	for _, e := range c.decls {
		nb.decls = append(nb.decls, e.decl)
	}
	for _, v := range c.vars {
		nb.vars = append(nb.vars, *v)
	}
	return nb
}

// Program is a notebook written as the source of a Go package main that
// builds: every declaration as the user wrote it, in a file of its own
// with a //line directive naming its cell ("In[3]"), so that positions in
// panics and build errors are cell lines; the variables cells' statements
// set, declared with their types; and a file that registers the functions
// and variables with package executor and serves as a process-pool worker
// before anything else runs (see executor.RunWorker).
type Program struct {
	// Files are the package's files, by name.
	Files map[string][]byte
	// Funcs are the top-level functions tasks can name: the non-generic
	// functions declared in cells (and the %%compile cells' functions).
	Funcs []string
	// Vars are the package-level variables a task's values reach:
	// variables of sendable types, sentinel errors included.
	Vars []string
}

// Names the generated files give the packages they import for
// themselves: not names a cell would use.
const (
	progExecutor = "gofutures_executor"
	progOS       = "gofutures_os"
)

// ProgramError says why a notebook does not build as a program.
type ProgramError struct {
	Cell int    // the cell of the first declaration that failed, or 0
	Line int    // its line in that cell
	Msg  string // go/types' message
}

// Error says where and what: "In[3] line 2: undefined: x".
func (e *ProgramError) Error() string {
	if e.Cell > 0 {
		return fmt.Sprintf("In[%d] line %d: %s", e.Cell, e.Line, e.Msg)
	}
	return e.Msg
}

// Program type-checks the notebook and writes it as a program (see
// Program). Variables whose initializers call functions are declared
// without them: the notebook ran them once, and a task brings the value
// (var dataset = load() does not load again in every worker). Sentinel
// errors and variables holding functions or channels keep theirs: each
// worker has its own. A notebook that does not type-check as a whole
// gives a *ProgramError.
func (nb *Notebook) Program() (*Program, error) {
	fset := token.NewFileSet()
	prefix := importPrefix(nb.imports)
	type src struct {
		name string
		cell int
		file *ast.File
		text string // after prefix
	}
	var files []src
	declared := map[string]bool{}
	decls, refs := nb.needed()
	for i, d := range decls {
		text := d.Source()
		f, err := parser.ParseFile(fset, fmt.Sprintf("decl%03d.go", i), prefix+text, parser.SkipObjectResolution)
		if err != nil {
			return nil, &ProgramError{Cell: d.Cell, Msg: err.Error()}
		}
		files = append(files, src{name: fmt.Sprintf("cell%03d.go", i), cell: d.Cell, file: f, text: text})
		if d.Kind != cell.Method {
			for _, n := range d.Names {
				declared[n] = true
			}
		}
	}
	// The variables statements set that declarations use, one file each
	// (they may need imports of their own: see nbVar).
	for i, v := range nb.vars {
		if declared[v.name] || v.name == "_" || !refs[v.name] {
			continue
		}
		var b strings.Builder
		b.WriteString(prefix)
		for a, path := range v.imports {
			if _, ok := nb.imports[a]; !ok {
				fmt.Fprintf(&b, "import %s %q;", a, path)
			}
		}
		head := b.Len()
		fmt.Fprintf(&b, "\nvar %s %s\n", v.name, v.typ)
		f, err := parser.ParseFile(fset, fmt.Sprintf("var%03d.go", i), b.String(), parser.SkipObjectResolution)
		if err != nil {
			return nil, &ProgramError{Cell: v.cell, Msg: err.Error()}
		}
		files = append(files, src{name: fmt.Sprintf("var%03d.go", i), cell: v.cell, file: f, text: b.String()[head:]})
	}
	asts := make([]*ast.File, len(files))
	for i, f := range files {
		asts[i] = f.file
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Types: map[ast.Expr]types.TypeAndValue{}}
	var first error
	conf := types.Config{
		GoVersion: goVersion,
		Importer:  nb.imp,
		Error: func(err error) {
			// Imports are the program's own (see progFile); a variable
			// declared and not used in a function is go build's error.
			var te types.Error
			if errors.As(err, &te) && unusedImport(te) {
				return
			}
			if first == nil {
				first = err
			}
		},
	}
	pkg, _ := conf.Check("main", fset, asts, info)
	if first != nil {
		pe := &ProgramError{Msg: first.Error()}
		var te types.Error
		if errors.As(first, &te) {
			pe.Msg = te.Msg
			pos := fset.Position(te.Pos)
			for _, f := range files {
				if fset.File(f.file.Pos()).Name() == pos.Filename {
					pe.Cell, pe.Line = f.cell, pos.Line
				}
			}
		}
		return nil, pe
	}

	p := &Program{Files: map[string][]byte{}}
	hasMain := false
	strip := strippedVars(asts, info)
	for _, f := range files {
		w := newProgFile(f.file, info, nb.imports)
		body := w.stripInitializers(fset, prefix+f.text, strip)[len(prefix):]
		var b bytes.Buffer
		b.WriteString("// Code generated by gofutures from the notebook's cells. DO NOT EDIT.\n\npackage main\n")
		w.writeImports(&b)
		if f.cell > 0 {
			fmt.Fprintf(&b, "\n//line In[%d]:1\n", f.cell)
		} else {
			b.WriteString("\n")
		}
		b.WriteString(body)
		b.WriteString("\n")
		p.Files[f.name] = b.Bytes()
		for _, d := range f.file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				switch name := d.Name.Name; {
				case d.Recv != nil:
				case name == "main":
					hasMain = true // where cells did not rename it
				case name == cell.MainName: // the notebook's func main
				case name == "init" || name == "_" || d.Type.TypeParams != nil:
				default:
					p.Funcs = append(p.Funcs, name)
				}
			case *ast.GenDecl:
				p.Funcs = append(p.Funcs, compiledFuncs(d, info)...)
			}
		}
	}
	from := map[string]types.Type{} // the types the notebook's types are declared from
	for _, f := range asts {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, sp := range gd.Specs {
					ts := sp.(*ast.TypeSpec)
					from[ts.Name.Name] = info.TypeOf(ts.Type)
				}
			}
		}
	}
	var named []string     // types values of which cross in interface values
	var errNamed []string  // non-struct error types, whose values cross in error chains
	var composite []string // named slice, array and map types (RegisterNamedType)
	for _, name := range pkg.Scope().Names() {
		switch o := pkg.Scope().Lookup(name).(type) {
		case *types.Var:
			if name != "_" && sendable(o.Type(), map[types.Type]bool{}) {
				p.Vars = append(p.Vars, name)
			}
		case *types.TypeName:
			// Struct types, and those the lowering declared from one of
			// rt's bases, as the notebook's interpreter registers them;
			// errors of other types by name (those declared from a base
			// too: the interpreter registers them so at last).
			n, ok := o.Type().(*types.Named)
			switch {
			case !ok || o.IsAlias() || n.TypeParams() != nil:
			case namedError(n):
				errNamed = append(errNamed, name)
			case isStruct(n) || basedNow(o, from[name]):
				named = append(named, name)
			case namedComposite(n):
				composite = append(composite, name)
			}
		}
	}
	sort.Strings(p.Funcs)
	p.Funcs = slices.Compact(p.Funcs)
	p.Files["zz_gofutures_worker.go"] = workerFile(p.Funcs, p.Vars, named, errNamed, composite, hasMain, pkg.Scope(), nb.blank, nb.stdTasks())
	return p, nil
}

// needed returns the declarations a program needs — functions, methods,
// types and constants, and the variables those use, directly or through
// other variables' initializers — and the names they mention. A variable
// no function uses (var results []any) is left out, so that declaring
// one does not make a new program.
func (nb *Notebook) needed() ([]*cell.Decl, map[string]bool) {
	refs := map[string]bool{}
	in := make([]bool, len(nb.decls))
	add := func(i int) {
		in[i] = true
		for _, r := range nb.decls[i].Refs {
			refs[r] = true
		}
	}
	for i, d := range nb.decls {
		if d.Kind != cell.Var {
			add(i)
		}
	}
	for more := true; more; {
		more = false
		for i, d := range nb.decls {
			if in[i] {
				continue
			}
			for _, n := range d.Names {
				if refs[n] {
					add(i)
					more = true
					break
				}
			}
		}
	}
	var out []*cell.Decl
	for i, d := range nb.decls {
		if in[i] {
			out = append(out, d)
		}
	}
	return out, refs
}

// namedError reports whether values of n, a type whose underlying type
// is not a struct, are errors that cross in error chains under their
// names (executor.RegisterErrorType): n implements error with value
// receivers, and its underlying type is a basic type, a slice, an array
// or a map, as the notebook's interpreter registers them.
func namedError(n *types.Named) bool {
	switch n.Underlying().(type) {
	case *types.Basic, *types.Slice, *types.Array, *types.Map:
		return types.Implements(n, errIface)
	}
	return false
}

func isStruct(t types.Type) bool {
	_, ok := t.Underlying().(*types.Struct)
	return ok
}

// compiledFuncs returns the %%compile cells' functions that var
// declaration d gives cells (var gcd = gfcells.Exported_gcd, see
// toolchain.CheckerSource): tasks name them like cells' own functions.
func compiledFuncs(d *ast.GenDecl, info *types.Info) []string {
	var out []string
	for _, s := range d.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 {
			continue
		}
		sel, ok := vs.Values[0].(*ast.SelectorExpr)
		if !ok {
			continue
		}
		x, ok := sel.X.(*ast.Ident)
		if !ok {
			continue
		}
		pn, ok := info.Uses[x].(*types.PkgName)
		if !ok || pn.Imported().Path() != toolchain.CompiledPackage {
			continue
		}
		if sig, ok := info.Defs[vs.Names[0]].Type().(*types.Signature); ok && sig.TypeParams() == nil {
			out = append(out, vs.Names[0].Name)
		}
	}
	return out
}

// sendable reports whether values of t can cross to a worker process
// (executor.RegisterVar accepts them): no functions, channels or unsafe
// pointers inside.
func sendable(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return true
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Signature, *types.Chan:
		return false
	case *types.Basic:
		return u.Kind() != types.UnsafePointer
	case *types.Pointer:
		return sendable(u.Elem(), seen)
	case *types.Slice:
		return sendable(u.Elem(), seen)
	case *types.Array:
		return sendable(u.Elem(), seen)
	case *types.Map:
		return sendable(u.Key(), seen) && sendable(u.Elem(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if !sendable(u.Field(i).Type(), seen) {
				return false
			}
		}
	}
	return true
}

// workerFile registers funcs, their batch forms (see batchFunc), the
// standard library's functions tasks may name (std, see stdTasks), vars and
// the named types (their values cross in interface values), the
// non-struct error types (their values cross in error chains) and the
// named slice, array and map types (their values cross in interface
// values by name: executor.RegisterNamedType),
// imports the notebook's blank imports (image/png, a database driver) and
// serves as a worker when the program was started as one
// (executor.WorkerEnv): its init runs after every package-level variable
// was initialized, and before main.
func workerFile(funcs, vars, named, errNamed, composite []string, hasMain bool, scope *types.Scope, blank []string, std []*types.Func) []byte {
	imports := &progFile{names: map[string]string{}, need: map[string]string{
		progExecutor: "github.com/gofutures/gofutures/executor", progOS: "os"}}
	imports.blank = blank
	var body bytes.Buffer
	body.WriteString("func init() {\n")
	var batches []string
	for _, f := range funcs {
		// A function variable may be nil; Register refuses nil.
		fmt.Fprintf(&body, "\tif %s != nil {\n\t\t%s.Register(%s, %s)\n", f, progExecutor, strconv.Quote(f), f)
		if sig, ok := scope.Lookup(f).Type().(*types.Signature); ok {
			if b, ok := batchFunc(f, sig, imports.qualifier); ok {
				fmt.Fprintf(&body, "\t\t%s.RegisterBatch(%s, %s)\n", progExecutor, strconv.Quote(f), batchPrefix+f)
				batches = append(batches, b)
			}
		}
		body.WriteString("\t}\n")
	}
	// Standard-library functions, by the names tasks give them.
	for _, f := range std {
		fmt.Fprintf(&body, "\t%s.Register(%s, %s.%s)\n", progExecutor, strconv.Quote(f.Pkg().Path()+"."+f.Name()), imports.qualifier(f.Pkg()), f.Name())
	}
	for _, v := range vars {
		fmt.Fprintf(&body, "\t%s.RegisterVar(%s, &%s)\n", progExecutor, strconv.Quote(v), v)
	}
	// As main.T, the name the notebook's interpreter registers them by.
	for _, t := range named {
		// (a zero value the notebook cannot shadow: it may name a variable new)
		fmt.Fprintf(&body, "\t%s.RegisterType(func() (z %s) { return }())\n", progExecutor, t)
	}
	for _, t := range errNamed {
		under := types.TypeString(scope.Lookup(t).Type().Underlying(), imports.qualifier)
		fmt.Fprintf(&body, "\t%s.RegisterErrorType(%s, func(v %s) error { return %s(v) })\n", progExecutor, strconv.Quote("main."+t), under, t)
	}
	for _, t := range composite {
		under := types.TypeString(scope.Lookup(t).Type().Underlying(), imports.qualifier)
		fmt.Fprintf(&body, "\t%s.RegisterNamedType(%s, func(v %s) any { return %s(v) })\n", progExecutor, strconv.Quote("main."+t), under, t)
	}
	fmt.Fprintf(&body, "\t%s.RunWorker()\n", progExecutor)
	fmt.Fprintf(&body, "\t%s.Exit(0) // a worker program does nothing else\n}\n", progOS)
	for _, b := range batches {
		body.WriteString("\n" + b)
	}
	if !hasMain {
		body.WriteString("\nfunc main() {}\n")
	}
	var b bytes.Buffer
	b.WriteString("// Code generated by gofutures. DO NOT EDIT.\n\npackage main\n")
	imports.writeImports(&b)
	b.WriteString("\n")
	b.Write(body.Bytes())
	return b.Bytes()
}

// batchPrefix starts the names of the batch functions of a program.
const batchPrefix = "gofutures_batch_"

// batchFunc returns the batch form of the function name of signature sig
// (executor.RegisterBatch): a loop over a Map chunk's calls, one call of
// the function each, where calling it through reflect would cost several
// times the call. ok is false for variadic functions and signatures with
// types that cannot be written in package main.
func batchFunc(name string, sig *types.Signature, qual types.Qualifier) (string, bool) {
	if sig.Variadic() || sig.TypeParams() != nil {
		return "", false
	}
	// all checked before any is written: writing one adds the import
	// of its package to the file, which a batch left out leaves unused
	res := sig.Results()
	outErr := res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
	for i := range sig.Params().Len() {
		if !writable(sig.Params().At(i).Type()) {
			return "", false
		}
	}
	for i := range res.Len() {
		if !(outErr && i == res.Len()-1) && !writable(res.At(i).Type()) {
			return "", false
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "func %s%s(gfDone *int, gfN int", batchPrefix, name)
	var args, lhs []string
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		fmt.Fprintf(&b, ", gfA%d []%s", i, types.TypeString(t, qual))
		args = append(args, fmt.Sprintf("gfA%d[gfI]", i))
	}
	for i := range res.Len() {
		if outErr && i == res.Len()-1 {
			b.WriteString(", gfErrs []error")
			lhs = append(lhs, "gfErrs[gfI]")
			break
		}
		t := res.At(i).Type()
		fmt.Fprintf(&b, ", gfR%d []%s", i, types.TypeString(t, qual))
		lhs = append(lhs, fmt.Sprintf("gfR%d[gfI]", i))
	}
	b.WriteString(") {\n\tfor gfI := *gfDone; gfI < gfN; gfI++ {\n\t\t")
	if len(lhs) > 0 {
		b.WriteString(strings.Join(lhs, ", ") + " = ")
	}
	fmt.Fprintf(&b, "%s(%s)\n", name, strings.Join(args, ", "))
	if outErr {
		b.WriteString("\t\tif gfErrs[gfI] != nil {\n\t\t\treturn\n\t\t}\n")
	}
	b.WriteString("\t\t*gfDone = gfI + 1\n\t}\n}\n")
	return b.String(), true
}

// namedComposite reports whether n is a named slice, array or map type,
// whose values cross inside interface values under its name
// (executor.RegisterNamedType).
func namedComposite(n *types.Named) bool {
	switch n.Underlying().(type) {
	case *types.Slice, *types.Array, *types.Map:
		return true
	}
	return false
}
