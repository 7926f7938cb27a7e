package check

import (
	"fmt"
	"go/types"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// The rt.Table of a type, as Go source: the Nodes of the type and of the
// types in it (see fmtargs.go).

// nodeTable builds the Nodes of one argument.
type nodeTable struct {
	lw    *lowerer
	types []types.Type
	src   []string
	cands []types.Type // cell types interface values may hold
	bad   bool         // a type the table cannot describe (a type parameter, a generic type uninstantiated)
	local bool         // a type declared in a function is among types
	tmpl  bool         // the Nodes list the cell types' methods (tmplmethods.go)
}

// fmtText is what the lowering writes for an argument's type (the
// expression of its rt.Table), and the methods of a Node (in fmtCache
// and methodCache under the type's full spelling).
type fmtText struct {
	t       types.Type
	expr    string
	ok      bool
	methods []string
	typeSet bool // making the table looked at the notebook's types (relower.go)
}

// cached returns the entry of t in cache, nil if none.
func cached(cache map[string][]*fmtText, key string, t types.Type) *fmtText {
	for _, e := range cache[key] {
		if types.Identical(e.t, t) {
			return e
		}
	}
	return nil
}

// fmtTable returns the expression of the rt.Table of t, made once per
// type in a cell.
func (lw *lowerer) fmtTable(t types.Type) (string, bool) {
	return lw.table(t, false)
}

// table is fmtTable; tmpl asks for the Nodes' Methods too, for a
// template's data.
func (lw *lowerer) table(t types.Type, tmpl bool) (string, bool) {
	key := types.TypeString(t, nil)
	if tmpl {
		key = "template " + key
	}
	if e := cached(lw.fmtCache, key, t); e != nil {
		if e.typeSet {
			lw.typeSetUses++ // (relower.go)
		}
		return e.expr, e.ok
	}
	uses := lw.typeSetUses
	expr, ok := lw.makeFmtTable(t, tmpl)
	if lw.fmtCache == nil {
		lw.fmtCache = map[string][]*fmtText{}
	}
	lw.fmtCache[key] = append(lw.fmtCache[key], &fmtText{t: t, expr: expr, ok: ok, typeSet: lw.typeSetUses > uses})
	return expr, ok
}

// FmtDeclPrefix starts the names of the functions that return the
// rt.Tables of a notebook's types, and of those that resolve the
// operands of fmt's scanning functions (scanargs.go), in
// Result.Generated.
const FmtDeclPrefix = "gofuturesFmt"

// makeFmtTable returns the expression of the rt.Table of t: a call of a
// function declared with the cell (Result.Generated, named after its
// text), so that the Nodes and their function literals are compiled once
// and made in a small frame (a function literal copies the frame it is
// made in, in yaegi v0.16.1: in a cell's statements, all of them); a
// function literal called at once when t involves a type declared in a
// function.
func (lw *lowerer) makeFmtTable(t types.Type, tmpl bool) (string, bool) {
	nt := &nodeTable{lw: lw, tmpl: tmpl}
	nt.add(t)
	if tmpl {
		// a template prints what its FuncMap's functions return too:
		// the notebook's types fmt prints wrongly, by their names
		for _, c := range lw.fmtCands(types.NewInterfaceType(nil, nil)) {
			nt.add(c)
		}
	}
	for i := 0; i < len(nt.cands); i++ {
		nt.add(nt.cands[i])
	}
	if nt.bad || len(nt.types) == 0 {
		return "", false
	}
	var b strings.Builder
	fmt.Fprintf(&b, "return &%[1]s.Table{Nodes: []%[1]s.Node{%[2]s}", rtName, strings.Join(nt.src, ", "))
	if len(nt.cands) > 0 {
		b.WriteString(", Resolve: func(x any) (int, any) { ")
		for _, c := range nt.cands {
			fmt.Fprintf(&b, "if v, ok := x.(%[1]s); ok%[3]s { return %[2]d, []%[1]s{v} }; ", lw.typ(c), nt.index(c), lw.resolveGuard(c))
		}
		b.WriteString("return -1, nil }")
	}
	b.WriteString("}")
	body := b.String()
	sig := "() *" + rtName + ".Table { " + body + " }"
	if nt.local {
		return "func" + sig + "()", true
	}
	var refs []string
	for _, u := range nt.types {
		if n, ok := u.(*types.Named); ok && isCellNamed(n) {
			refs = append(refs, n.Obj().Name())
		}
	}
	if len(refs) > 0 {
		// the Nodes list the methods the types have now (a String, an
		// Error): a later cell declaring one on them changes the table,
		// so the function printing them is lowered again (relower.go)
		lw.typeSetUses++
	}
	return lw.tableDecl(body, refs), true
}

// tableDecl declares with the cell, once for each body, a function that
// returns the rt.Table the function body makes, and returns a call of
// it; refs are the notebook's types the table describes. The table is
// made on the first call (the interpreter is started afresh when a type
// it describes is redefined); the variable has no initializer, so that
// a package-level variable's initializer may call the function before
// the interpreter got to it.
func (lw *lowerer) tableDecl(body string, refs []string) string {
	h := fnv.New64a()
	h.Write([]byte(body))
	name := fmt.Sprintf("%s%x", FmtDeclPrefix, h.Sum64())
	for _, d := range lw.fmtDecls {
		if d.Names[0] == name {
			return name + "()"
		}
	}
	src := fmt.Sprintf("var %[1]sT %[2]s.Lazy\nfunc %[1]s() *%[2]s.Table { return %[1]sT.Get(func() *%[2]s.Table { %[3]s }) }", name, rtName, body)
	lw.fmtDecls = append(lw.fmtDecls, &cell.Decl{Kind: cell.Func, Names: []string{name}, Src: src, Refs: refs})
	return name + "()"
}

// resolveGuard is the condition, after the assertion to t in a Table's
// resolver, that rejects a value of another cell type of t's underlying
// type (a Token is not a Name, type Token string; yaegi v0.16.1 asserts
// one to the other), when the value tells its type (rt.TypeName: in an
// any; a value that came through a compiled interface does not).
func (lw *lowerer) resolveGuard(t types.Type) string {
	n, ok := t.(*types.Named)
	if !ok || !sharesReflectType(n) {
		return ""
	}
	lw.extraImport(rtName, rt.Path)
	return fmt.Sprintf(" && (%[1]s.TypeName(x) == \"\" || %[1]s.TypeName(x) == %[2]q)", rtName, "main."+n.Obj().Name())
}

func (nt *nodeTable) index(t types.Type) int {
	for i, u := range nt.types {
		if types.Identical(u, t) {
			return i
		}
	}
	return -1
}

// add returns the index of t's Node, made if need be; -1 when t needs
// none.
func (nt *nodeTable) add(t types.Type) int {
	if !hasNode(t) {
		return -1
	}
	if i := nt.index(t); i >= 0 {
		return i
	}
	i := len(nt.types)
	nt.types = append(nt.types, t)
	nt.src = append(nt.src, "")
	var fields []string
	name := "Name: " + strconv.Quote(nt.lw.goName(t))
	if in := nt.lw.interpName(t); in != "" {
		fields = append(fields, "Interp: "+strconv.Quote(in))
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && isCellNamed(n) {
		if n.TypeArgs().Len() < n.TypeParams().Len() {
			nt.bad = true // the generic type itself, in its own methods
		}
		if n.TypeArgs().Len() > 0 && !nt.lw.copyExists(specializer().CopyName(n, "main")) {
			for a := range n.TypeArgs().Types() {
				if mentionsMain(a) {
					nt.bad = true // yaegi cannot spell Pair[string, Point] (reflect.StructOf panicked)
				}
			}
		}
		if n.Obj().Parent() != n.Obj().Pkg().Scope() {
			nt.local = true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		var names, elems, embedded, zeros []string
		var boxed []bool
		bu := u // (of the copy of an instance: its unboxers are the copy's)
		if cu, ok := nt.lw.copyType(t).Underlying().(*types.Struct); ok && cu.NumFields() == u.NumFields() {
			bu, boxed = cu, nt.lw.boxedFields(cu)
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			names = append(names, strconv.Quote(f.Name()))
			elems = append(elems, strconv.Itoa(nt.add(f.Type())))
			if f.Embedded() {
				embedded = append(embedded, strconv.Itoa(i))
			}
			if boxed != nil {
				z := "nil"
				if boxed[i] {
					z = unboxer(bu.Field(i).Type()) + "(nil)"
				}
				zeros = append(zeros, z)
			}
		}
		fields = append(fields, "Fields: []string{"+strings.Join(names, ", ")+"}", "Elems: []int{"+strings.Join(elems, ", ")+"}")
		if len(embedded) > 0 {
			fields = append(fields, "Embedded: []int{"+strings.Join(embedded, ", ")+"}")
		}
		if boxed != nil {
			fields = append(fields, "FieldZeros: []any{"+strings.Join(zeros, ", ")+"}")
		}
	case *types.Pointer:
		fields = append(fields, fmt.Sprintf("Elems: []int{%d}", nt.add(u.Elem())))
	case *types.Slice:
		fields = append(fields, fmt.Sprintf("Elems: []int{%d}", nt.add(u.Elem())))
	case *types.Array:
		fields = append(fields, fmt.Sprintf("Elems: []int{%d}", nt.add(u.Elem())))
	case *types.Chan:
		fields = append(fields, fmt.Sprintf("Elems: []int{%d}", nt.add(u.Elem())))
	case *types.Map:
		fields = append(fields, fmt.Sprintf("Elems: []int{%d, %d}", nt.add(u.Key()), nt.add(u.Elem())))
	case *types.Interface:
		fields = append(fields, "Iface: true")
		if u.NumMethods() == 0 {
			fields = append(fields, "Empty: true")
		}
		for _, c := range nt.lw.fmtCands(u) {
			if !containsType(nt.cands, c) {
				nt.cands = append(nt.cands, c)
			}
		}
	case *types.TypeParam:
		nt.bad = true
	}
	if _, iface := t.Underlying().(*types.Interface); !iface {
		fields = append(fields, nt.methods(t)...)
		if nt.tmpl {
			fields = append(fields, nt.lw.tmplMethods(t)...)
		}
	}
	nt.src[i] = "{" + strings.Join(append([]string{name}, fields...), ", ") + "}"
	return i
}

func containsType(list []types.Type, t types.Type) bool {
	for _, u := range list {
		if types.Identical(u, t) {
			return true
		}
	}
	return false
}

// methods returns the fields of the Node of t (no interface) that give
// its String, Error, GoString and Format methods, as function literals.
func (nt *nodeTable) methods(t types.Type) []string {
	key := types.TypeString(t, nil)
	if e := cached(nt.lw.methodCache, key, t); e != nil {
		return e.methods
	}
	out := nt.lw.fmtMethods(t)
	if nt.lw.methodCache == nil {
		nt.lw.methodCache = map[string][]*fmtText{}
	}
	nt.lw.methodCache[key] = append(nt.lw.methodCache[key], &fmtText{t: t, methods: out})
	return out
}

// fmtMethods is methods, uncached.
func (lw *lowerer) fmtMethods(t types.Type) []string {
	ms := types.NewMethodSet(t)
	var out []string
	ts := ""
	valueMethods := false
	for _, m := range []string{"String", "Error", "GoString", "Format"} {
		sel := ms.Lookup(nil, m)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if !ok {
			continue
		}
		if _, ptr := t.(*types.Pointer); ptr && !ptrRecv(sel.Obj()) {
			valueMethods = true
		}
		if ts == "" {
			ts = lw.typ(t)
		}
		switch {
		case m == "Format" && sig.Params().Len() == 2 && sig.Results().Len() == 0 &&
			types.TypeString(sig.Params().At(0).Type(), nil) == "fmt.State" && types.Identical(sig.Params().At(1).Type(), types.Typ[types.Rune]):
			out = append(out, fmt.Sprintf("Format: func(x %s, s %s.State, c rune) (p any) { defer func() { p = recover() }(); x.%s(s, c); return nil }", ts, lw.fmtName(), lw.methodSel(t, m)))
		case m != "Format" && sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]):
			out = append(out, fmt.Sprintf("%[1]s: func(x %[2]s) (s string, p any) { defer func() { p = recover() }(); return x.%[3]s(), nil }", m, ts, lw.methodSel(t, m)))
		}
	}
	if valueMethods && len(out) > 0 {
		out = append(out, "ValueMethods: true")
	}
	// json's methods: of T, or of *T where T's method set lacks them
	// (json calls those on addressable values)
	var pms *types.MethodSet
	if !isPointer(t) {
		pms = types.NewMethodSet(types.NewPointer(t))
	}
	const marshal = "func(x %[1]s) (b []byte, err error, p any) { defer func() { p = recover() }(); b, err = x.%[2]s(); return }"
	const unmarshal = "func(x %[1]s, b []byte) (err error, p any) { defer func() { p = recover() }(); err = x.%[2]s(b); return }"
	for _, m := range []struct{ name, key, fn string }{
		{"MarshalJSON", marshalKey, marshal}, {"MarshalText", marshalKey, marshal},
		{"UnmarshalJSON", unmarshalKey, unmarshal}, {"UnmarshalText", unmarshalKey, unmarshal},
		// json's omitzero asks IsZero
		{"IsZero", isZeroKey, "func(x %[1]s) (z bool, p any) { defer func() { p = recover() }(); return x.%[2]s(), nil }"},
	} {
		out = append(out, lw.methodField(t, ms, pms, m.name, m.key, m.fn)...)
	}
	out = append(out, lw.xmlMethods(t, ms, pms)...)
	out = append(out, lw.displayFields(t, ms)...)
	// slog's (rt.Slog)
	if logValueSig(ms) != nil {
		out = append(out, fmt.Sprintf("LogValue: func(x %s) (v any, p any) { defer func() { p = recover() }(); return x.%s(), nil }", lw.typ(t), lw.methodSel(t, "LogValue")))
	}
	return out
}

func isPointer(t types.Type) bool {
	_, ok := t.(*types.Pointer)
	return ok
}

// methodField returns the field of the Node of t that gives its method
// m of the signature key spells (sigKey), as fn spells it (a function
// literal of the receiver's type and the method's name): m, of T, or
// Ptr+m, of *T where T's method set (ms) lacks it and pms has it; none
// when neither has it.
func (lw *lowerer) methodField(t types.Type, ms, pms *types.MethodSet, m, key, fn string) []string {
	switch {
	case hasMethod(ms, m, key):
		return []string{m + ": " + fmt.Sprintf(fn, lw.typ(t), lw.methodSel(t, m))}
	case pms != nil && hasMethod(pms, m, key):
		pt := types.NewPointer(t)
		return []string{"Ptr" + m + ": " + fmt.Sprintf(fn, lw.typ(pt), lw.methodSel(pt, m))}
	}
	return nil
}

// The signatures of json.Marshaler's and encoding.TextMarshaler's
// methods, and of json.Unmarshaler's, as sigKey spells them.
const (
	marshalKey   = "() ([]byte, error)"
	unmarshalKey = "([]byte) error"
	isZeroKey    = "() bool"
)

// hasMethod reports whether method set ms has method m of the signature
// key spells.
func hasMethod(ms *types.MethodSet, m string, key string) bool {
	sel := ms.Lookup(nil, m)
	if sel == nil {
		return false
	}
	sig, ok := sel.Type().(*types.Signature)
	return ok && sigKey(sig) == key
}

// sigKey spells a signature's parameter and result types, without
// names: (*encoding/xml.Encoder, encoding/xml.StartElement) error.
func sigKey(sig *types.Signature) string {
	list := func(t *types.Tuple) string {
		var ps []string
		for v := range t.Variables() {
			ps = append(ps, types.TypeString(v.Type(), nil))
		}
		return strings.Join(ps, ", ")
	}
	key := "(" + list(sig.Params()) + ")"
	switch sig.Results().Len() {
	case 0:
	case 1:
		key += " " + list(sig.Results())
	default:
		key += " (" + list(sig.Results()) + ")"
	}
	return key
}

// ptrRecv reports whether the method m has a pointer receiver.
func ptrRecv(m types.Object) bool {
	sig, ok := m.Type().(*types.Signature)
	if !ok || sig.Recv() == nil {
		return false
	}
	_, ptr := sig.Recv().Type().(*types.Pointer)
	return ptr
}

// interpName returns, for a copy of an instance of a notebook's generic
// type (kernel/cell/mono's), the name the interpreter gives it, which
// rt.TypeName reports (main.mainꞏPairꞏstringꞏint): the Node's Interp.
// "" for another type.
func (lw *lowerer) interpName(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || !isCellNamed(n) {
		return ""
	}
	name := n.Obj().Name()
	if n.TypeArgs().Len() > 0 {
		name = specializer().CopyName(n, "main")
	}
	if name == "" || lw.copyNames[name] == "" || !lw.copyExists(name) {
		return ""
	}
	return "main." + name
}
