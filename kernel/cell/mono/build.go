package mono

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// gen makes the source of one item.
type gen struct {
	w       *work
	src     *source
	imports map[string]bool
	deps    map[string]bool
	cell    map[string]bool // names of the cell's types the source mentions
	err     error
	// lines are, for each line of the text the last copy made, the line
	// of the copied node it comes from, 1 for the node's first
	lines []int
}

// edit replaces the source between pos and end.
type edit struct {
	pos, end token.Pos
	text     string
}

func (g *gen) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}

// build makes the declaration of it from its package's source.
func (w *work) build(it *item) (*Decl, error) {
	src := w.cellSrc
	if it.path != w.cell {
		var err error
		if src, err = w.s.load(it.path); err != nil {
			return nil, err
		}
	}
	g := &gen{w: w, src: src, imports: map[string]bool{}, deps: map[string]bool{}, cell: map[string]bool{}}
	d := &Decl{Key: it.key, Name: it.ident}
	var parts []string
	var origLines []int     // of a copy of the notebook's generic function: its part's lines' (gen.lines)
	var meths []MethodLines // of a copy of the notebook's generic type: its methods' parts' lines
	switch {
	case src.funcs[it.name] != nil:
		fd := src.funcs[it.name]
		if fd.Body == nil {
			return nil, fmt.Errorf("%s.%s: %w", it.path, it.name, ErrNoBody)
		}
		env := g.env(fd.Type.TypeParams, it.targs)
		parts = append(parts, g.copy(fd, env, []edit{{fd.Name.Pos(), fd.Name.End(), it.ident}}, fd.Name, fd.Type.TypeParams))
		d.Kind = FuncDecl
		if it.path == w.cell && len(it.targs) > 0 {
			d.Origin, origLines = it.name, g.lines
		}
	case src.types[it.name] != nil:
		ts := src.types[it.name]
		env := g.env(ts.TypeParams, it.targs)
		parts = append(parts, "type "+g.copy(ts, env, []edit{{ts.Name.Pos(), ts.Name.End(), it.ident}}, ts.Name, ts.TypeParams))
		if len(it.targs) > 0 && src.pkg != nil {
			d.Generic, d.TypeArgs = src.pkg.Name()+"."+it.name, it.targs
		}
		for _, m := range src.meths[it.name] {
			if m.Body == nil {
				return nil, fmt.Errorf("%s.%s.%s: %w", it.path, it.name, m.Name.Name, ErrNoBody)
			}
			base := m.Recv.List[0].Type
			for {
				if s, ok := base.(*ast.StarExpr); ok {
					base = s.X
				} else if p, ok := base.(*ast.ParenExpr); ok {
					base = p.X
				} else {
					break
				}
			}
			env := g.recvEnv(base, it.targs)
			parts = append(parts, g.copy(m, env, []edit{{base.Pos(), base.End(), it.ident}}, base))
			if it.path == w.cell && len(it.targs) > 0 {
				meths = append(meths, MethodLines{Name: m.Name.Name, Lines: g.lines})
			}
		}
		d.Kind = TypeDecl
	case src.vals[it.name] != nil:
		vs := src.vals[it.name]
		switch obj := src.pkg.Scope().Lookup(it.name).(type) {
		case *types.Const:
			parts = append(parts, g.constDecl(obj, it.ident))
			d.Kind = ConstDecl
		case *types.Var:
			var ed []edit
			var skip []ast.Node
			for _, n := range vs.Names {
				if n.Name != "_" {
					ed = append(ed, edit{n.Pos(), n.End(), w.s.mangle(src.pkg, n.Name, nil, nil, w.cell)})
				}
				skip = append(skip, n)
			}
			parts = append(parts, "var "+g.copy(vs, nil, ed, skip...))
			d.Kind = VarDecl
		}
	default:
		return nil, fmt.Errorf("%s has no declaration of %s", it.path, it.name)
	}
	if g.err != nil {
		return nil, g.err
	}
	out, err := tidy(parts)
	if err != nil {
		return nil, fmt.Errorf("generated code: %w", err)
	}
	d.Src = out
	if d.Origin != "" {
		d.Lines = tidiedLines(parts[0], out, origLines)
	}
	if len(meths) > 0 && len(parts) == len(meths)+1 {
		d.Methods = methodLines(parts[1:], out, meths)
	}
	for p := range g.imports {
		d.Imports = append(d.Imports, p)
	}
	sort.Strings(d.Imports)
	for k := range g.deps {
		if k != it.key {
			d.Deps = append(d.Deps, k)
		}
	}
	sort.Strings(d.Deps)
	for n := range g.cell {
		d.CellNames = append(d.CellNames, n)
	}
	sort.Strings(d.CellNames)
	return d, nil
}

// tidy parses the generated declarations and prints them without
// comments, gofmt-ed.
func tidy(parts []string) (string, error) {
	text := "package p\n\n" + strings.Join(parts, "\n\n")
	f, err := parser.ParseFile(token.NewFileSet(), "", text, parser.SkipObjectResolution)
	if err != nil {
		return "", fmt.Errorf("%w\n%s", err, text)
	}
	var out []string
	for _, d := range f.Decls {
		var b bytes.Buffer
		if err := format.Node(&b, token.NewFileSet(), d); err != nil {
			return "", err
		}
		out = append(out, b.String())
	}
	return strings.Join(out, "\n\n"), nil
}

// env maps the type parameters declared in fl to targs.
func (g *gen) env(fl *ast.FieldList, targs []types.Type) map[*types.TypeParam]types.Type {
	env := map[*types.TypeParam]types.Type{}
	i := 0
	if fl != nil {
		for _, f := range fl.List {
			for _, n := range f.Names {
				if i < len(targs) {
					if tn, ok := g.src.info.Defs[n].(*types.TypeName); ok {
						env[tn.Type().(*types.TypeParam)] = targs[i]
					}
				}
				i++
			}
		}
	}
	if i != len(targs) {
		g.fail(fmt.Errorf("%d type arguments for %d type parameters", len(targs), i))
	}
	return env
}

// recvEnv maps the type parameters a method's receiver base type T[P, Q]
// declares to targs.
func (g *gen) recvEnv(base ast.Expr, targs []types.Type) map[*types.TypeParam]types.Type {
	var idx []ast.Expr
	switch x := base.(type) {
	case *ast.IndexExpr:
		idx = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		idx = x.Indices
	}
	env := map[*types.TypeParam]types.Type{}
	if len(idx) != len(targs) {
		g.fail(fmt.Errorf("%d type arguments for a receiver with %d", len(targs), len(idx)))
		return env
	}
	for i, e := range idx {
		if id, ok := e.(*ast.Ident); ok {
			if tn, ok := g.src.info.Defs[id].(*types.TypeName); ok {
				if tp, ok := tn.Type().(*types.TypeParam); ok {
					env[tp] = targs[i]
				}
			}
		}
	}
	return env
}

// copy returns the source of node with its references rewritten for env
// (see ref) and the given edits applied; the nodes in skip are not
// rewritten (edits cover them).
func (g *gen) copy(node ast.Node, env map[*types.TypeParam]types.Type, edits []edit, skip ...ast.Node) string {
	skipped := map[ast.Node]bool{}
	for _, n := range skip {
		if n != nil && !isNilNode(n) {
			skipped[n] = true
		}
	}
	for _, n := range skip {
		if fl, ok := n.(*ast.FieldList); ok && fl != nil {
			edits = append(edits, edit{fl.Opening, fl.Closing + 1, ""})
		}
	}
	clash := g.cellNames(env)
	ast.Inspect(node, func(n ast.Node) bool {
		if n == nil || g.err != nil || skipped[n] {
			return false
		}
		if _, ok := n.(*ast.CommentGroup); ok {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && clash[id.Name] && g.isLocal(id) && !g.isTypeParam(id) {
			// A local of GOROOT's code named like a cell type it now
			// mentions would hide that type: rename the local.
			edits = append(edits, edit{id.Pos(), id.End(), id.Name + Sep})
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			if name, ok := g.embeddedField(id, env); ok {
				edits = append(edits, edit{id.Pos(), id.End(), name})
				return false
			}
		}
		if se, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := se.X.(*ast.Ident); ok {
				if pn, ok := g.src.info.Uses[x].(*types.PkgName); ok && pn.Imported().Path() == "C" {
					g.fail(fmt.Errorf("C.%s: %w", se.Sel.Name, ErrCgo))
					return false
				}
			}
			g.checkSelection(se)
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			edits = append(edits, g.typedNils(as, env)...)
		}
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if text, ok := g.ref(e, env); ok {
			edits = append(edits, edit{e.Pos(), e.End(), text})
			return false
		}
		return true
	})
	file := g.src.fset.File(node.Pos())
	data := g.src.text[file]
	start := file.Offset(node.Pos())
	end := file.Offset(node.End())
	sort.Slice(edits, func(i, j int) bool { return edits[i].pos < edits[j].pos })
	var b strings.Builder
	at := start
	orig := 1 // the node's line the text is at
	g.lines = []int{orig}
	text := func(s []byte, replaced []byte) {
		b.Write(s)
		for range bytes.Count(s, []byte("\n")) {
			g.lines = append(g.lines, orig) // (an edit's lines: where it starts)
		}
		orig += bytes.Count(replaced, []byte("\n"))
	}
	copied := func(s []byte) {
		b.Write(s)
		for range bytes.Count(s, []byte("\n")) {
			orig++
			g.lines = append(g.lines, orig)
		}
	}
	for _, e := range edits {
		p, q := file.Offset(e.pos), file.Offset(e.end)
		if p < at {
			g.fail(fmt.Errorf("overlapping edits at %s", g.src.fset.Position(e.pos)))
			continue
		}
		copied(data[at:p])
		text([]byte(e.text), data[p:q])
		at = q
	}
	copied(data[at:end])
	return b.String()
}

// embeddedField returns, for id naming an embedded field (a selector's,
// a literal's key) whose type is replaced by a copy in the copy being
// made (Timestamped[T] by mainꞏTimestampedꞏint), the copy's name, which
// names the field there.
func (g *gen) embeddedField(id *ast.Ident, env map[*types.TypeParam]types.Type) (string, bool) {
	fv, ok := g.src.info.Uses[id].(*types.Var)
	if !ok || !fv.IsField() || !fv.Embedded() {
		return "", false
	}
	obj, targs, ok := g.w.embeddedCopy(subst(fv.Type(), env), true)
	if !ok {
		return "", false
	}
	key, name, err := g.w.need(obj, targs)
	if err != nil {
		g.fail(err)
		return "", false
	}
	g.deps[key] = true
	return name, name != id.Name
}

// checkSelection fails on a selection of an unexported field or method of
// a type the copy leaves to the compiled package: the copy could not
// reach it.
func (g *gen) checkSelection(se *ast.SelectorExpr) {
	sel := g.src.info.Selections[se]
	if sel == nil || sel.Obj().Exported() {
		return
	}
	t := sel.Recv()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == g.w.cell || g.w.needsCopy(n.Origin().Obj()) {
		return
	}
	g.fail(fmt.Errorf("uses %s of %s, unexported in the compiled package the copy calls", sel.Obj().Name(), n.Obj().Name()))
}

// cellNames are the names by which the copy refers to what env's
// arguments mention: the cell's types, and the packages of others.
func (g *gen) cellNames(env map[*types.TypeParam]types.Type) map[string]bool {
	names := map[string]bool{}
	for _, t := range env {
		walkNamed(t, func(n *types.Named) {
			switch o := n.Obj(); {
			case o.Pkg() == nil:
			case o.Pkg().Path() == g.w.cell:
				names[o.Name()] = true
			default:
				names[o.Pkg().Name()] = true
			}
		}, nil)
	}
	return names
}

// isTypeParam reports whether id is a type parameter (which the copy
// replaces by its argument, as ref does, whatever its name).
func (g *gen) isTypeParam(id *ast.Ident) bool {
	obj := g.src.info.Defs[id]
	if obj == nil {
		obj = g.src.info.Uses[id]
	}
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return false
	}
	_, ok = tn.Type().(*types.TypeParam)
	return ok
}

// isLocal reports whether id declares or uses a constant, type or
// variable local to a function of the package being copied (not a field,
// method, label or package-level object).
func (g *gen) isLocal(id *ast.Ident) bool {
	obj := g.src.info.Defs[id]
	if obj == nil {
		obj = g.src.info.Uses[id]
	}
	switch obj.(type) {
	case *types.Var, *types.Const, *types.TypeName:
	default:
		return false
	}
	p := obj.Parent()
	return p != nil && p != types.Universe && p != g.src.pkg.Scope()
}

// typedNils gives each nil of a tuple assignment (x, y = a, nil) the type
// of what it is assigned to: yaegi v0.16.1 panics on an untyped one there
// ("reflect: New(nil)").
func (g *gen) typedNils(as *ast.AssignStmt, env map[*types.TypeParam]types.Type) []edit {
	if len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return nil
	}
	var out []edit
	for i, r := range as.Rhs {
		id, ok := r.(*ast.Ident)
		if !ok || id.Name != "nil" {
			continue
		}
		if _, ok := g.src.info.Uses[id].(*types.Nil); !ok {
			continue
		}
		t := g.src.info.TypeOf(as.Lhs[i])
		if t == nil {
			continue
		}
		out = append(out, edit{id.Pos(), id.End(), "(" + g.typeExpr(subst(t, env)) + ")(nil)"})
	}
	return out
}

func isNilNode(n ast.Node) bool {
	fl, ok := n.(*ast.FieldList)
	return ok && fl == nil
}

// ref returns what replaces e in a copy: a type parameter's argument; a
// generated identifier for a declaration that is itself copied; or, for a
// provided declaration, its name qualified by its package's name.
// ok is false when e stays as it is.
func (g *gen) ref(e ast.Expr, env map[*types.TypeParam]types.Type) (string, bool) {
	info := g.src.info
	id := refIdent(e, info)
	if id == nil {
		return "", false
	}
	obj := info.Uses[id]
	if obj == nil {
		return "", false
	}
	if tn, ok := obj.(*types.TypeName); ok {
		if tp, ok := tn.Type().(*types.TypeParam); ok {
			if _, isID := e.(*ast.Ident); !isID {
				return "", false
			}
			t, ok := env[tp]
			if !ok {
				g.fail(fmt.Errorf("type parameter %s has no argument", tp))
				return "", false
			}
			s := g.typeExpr(t)
			for _, p := range []string{"*", "<-", "func", "chan"} {
				if strings.HasPrefix(s, p) {
					return "(" + s + ")", true
				}
			}
			return s, true
		}
	}
	inst, isInst := info.Instances[id]
	if isIndex(e) && !isInst {
		return "", false
	}
	if _, isID := e.(*ast.Ident); isID && (obj.Pkg() != g.src.pkg || obj.Parent() != g.src.pkg.Scope()) {
		return "", false // local, universe, field or method
	}
	if obj.Pkg() == nil {
		return "", false
	}
	if obj.Pkg().Path() == g.w.cell {
		if !g.w.cellGeneric(obj) {
			if _, isID := e.(*ast.Ident); isID {
				g.cell[obj.Name()] = true
			}
			return "", false
		}
	} else if !g.w.needsCopy(obj) {
		if obj.Pkg().Path() == "unsafe" {
			g.fail(fmt.Errorf("unsafe.%s: %w", obj.Name(), ErrUnsafe))
			return "", false
		}
		g.imports[obj.Pkg().Path()] = true
		return obj.Pkg().Name() + "." + obj.Name(), true
	}
	targs := typeList(inst.TypeArgs)
	for i, t := range targs {
		targs[i] = subst(t, env)
	}
	key, ident, err := g.w.need(obj, targs)
	if err != nil {
		g.fail(err)
		return "", false
	}
	g.deps[key] = true
	return ident, true
}

// typeExpr spells t for the generated code.
func (g *gen) typeExpr(t types.Type) string {
	switch t := t.(type) {
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			g.fail(fmt.Errorf("unsafe.Pointer: %w", ErrUnsafe))
		}
		return t.Name()
	case *types.Alias:
		if t.Obj().Pkg() == nil {
			return t.Obj().Name() // any
		}
		return g.typeExpr(types.Unalias(t))
	case *types.Named:
		o := t.Obj()
		if o.Pkg() == nil {
			return o.Name() // error, comparable
		}
		targs := typeList(t.TypeArgs())
		// an instance of a notebook generic is its copy, as where the
		// notebook spells it (ref): Queue[Pair[string, int]]'s copy
		// holds the copy of Pair[string, int] the notebook's literals make
		if g.w.needsCopy(o) || len(targs) > 0 && o.Pkg().Path() == g.w.cell && g.w.cellGeneric(t.Origin().Obj()) {
			key, ident, err := g.w.need(t.Origin().Obj(), targs)
			if err != nil {
				g.fail(err)
			}
			g.deps[key] = true
			return ident
		}
		if err := g.w.concrete(t, false); err != nil {
			g.fail(err)
		}
		s := o.Name()
		if o.Pkg().Path() != g.w.cell {
			g.imports[o.Pkg().Path()] = true
			s = o.Pkg().Name() + "." + s
		} else {
			g.cell[s] = true
		}
		if len(targs) > 0 {
			as := make([]string, len(targs))
			for i, a := range targs {
				as[i] = g.typeExpr(a)
			}
			s += "[" + strings.Join(as, ", ") + "]"
		}
		return s
	case *types.Pointer:
		return "*" + g.typeExpr(t.Elem())
	case *types.Slice:
		return "[]" + g.typeExpr(t.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + g.typeExpr(t.Elem())
	case *types.Map:
		return "map[" + g.typeExpr(t.Key()) + "]" + g.typeExpr(t.Elem())
	case *types.Chan:
		elem := g.typeExpr(t.Elem())
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + elem
		case types.RecvOnly:
			return "<-chan " + elem
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			elem = "(" + elem + ")"
		}
		return "chan " + elem
	case *types.Signature:
		return "func" + g.signature(t)
	case *types.Struct:
		var fs []string
		for i := 0; i < t.NumFields(); i++ {
			f := t.Field(i)
			s := g.typeExpr(f.Type())
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := t.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			fs = append(fs, s)
		}
		return "struct{" + strings.Join(fs, "; ") + "}"
	case *types.Interface:
		var ms []string
		for i := 0; i < t.NumEmbeddeds(); i++ {
			ms = append(ms, g.typeExpr(t.EmbeddedType(i)))
		}
		for i := 0; i < t.NumExplicitMethods(); i++ {
			m := t.ExplicitMethod(i)
			ms = append(ms, m.Name()+g.signature(m.Type().(*types.Signature)))
		}
		return "interface{" + strings.Join(ms, "; ") + "}"
	case *types.Union:
		var ts []string
		for i := 0; i < t.Len(); i++ {
			s := g.typeExpr(t.Term(i).Type())
			if t.Term(i).Tilde() {
				s = "~" + s
			}
			ts = append(ts, s)
		}
		return strings.Join(ts, " | ")
	}
	g.fail(fmt.Errorf("cannot spell type %s", t))
	return "_"
}

// signature spells a function type without its func keyword.
func (g *gen) signature(sig *types.Signature) string {
	tuple := func(tu *types.Tuple, variadic bool) string {
		var ps []string
		for i := 0; i < tu.Len(); i++ {
			v := tu.At(i)
			var s string
			if variadic && i == tu.Len()-1 {
				s = "..." + g.typeExpr(v.Type().(*types.Slice).Elem())
			} else {
				s = g.typeExpr(v.Type())
			}
			ps = append(ps, s)
		}
		return strings.Join(ps, ", ")
	}
	s := "(" + tuple(sig.Params(), sig.Variadic()) + ")"
	switch r := sig.Results(); r.Len() {
	case 0:
	case 1:
		s += " " + tuple(r, false)
	default:
		s += " (" + tuple(r, false) + ")"
	}
	return s
}

// constDecl declares c's value under the name ident.
func (g *gen) constDecl(c *types.Const, ident string) string {
	v := c.Val()
	var lit string
	switch v.Kind() {
	case constant.Bool, constant.String:
		lit = v.ExactString()
	case constant.Int:
		lit = v.ExactString()
		if b, ok := c.Type().(*types.Basic); ok && b.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				lit = strconv.QuoteRune(rune(r))
			}
		}
	case constant.Float:
		lit = "(" + constant.Num(v).ExactString() + ".0 / " + constant.Denom(v).ExactString() + ".0)"
	default:
		g.fail(fmt.Errorf("constant %s: cannot spell a %s value", c.Name(), v.Kind()))
	}
	if b, ok := c.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "const " + ident + " = " + lit
	}
	return "const " + ident + " " + g.typeExpr(c.Type()) + " = " + lit
}
