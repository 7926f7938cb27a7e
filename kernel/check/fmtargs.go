package check

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/types"
	"hash/fnv"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Values of cell types given to fmt print, in yaegi v0.16.1, as values of
// the types they stand for: {Xx:1 Xy:2} for main.point{x:1, y:2}, no
// String method inside slices, maps, fields and pointers, %d of a
// Stringer int as the interpreter's wrapper of it. The lowering hands
// fmt's and log's printing functions, in place of an argument whose
// static type involves a cell type, rt.Fmt of it: the value in a slice
// of its static type, and the rt.Table of that type: its Nodes (Go's
// names, field names, methods as function literals) and a resolver that
// finds the cell types in interface values. Other arguments are left as
// they are.

// printFunc describes a printing function: the arguments it takes before
// those it formats, whether the first formatted one is a format, and
// whether it separates operands as Print does (a space where neither is
// a string).
type printFunc struct {
	skip   int
	format bool
	spaced bool
}

// printers are the printing functions whose arguments are lowered.
var printers = map[string]printFunc{
	"fmt.Print": {0, false, true}, "fmt.Println": {0, false, false}, "fmt.Sprint": {0, false, true},
	"fmt.Sprintln": {0, false, false}, "fmt.Fprint": {1, false, true}, "fmt.Fprintln": {1, false, false},
	"fmt.Append": {1, false, true}, "fmt.Appendln": {1, false, false},
	"fmt.Printf": {0, true, false}, "fmt.Sprintf": {0, true, false}, "fmt.Errorf": {0, true, false},
	"fmt.Fprintf": {1, true, false}, "fmt.Appendf": {1, true, false},
	"log.Print": {0, false, true}, "log.Println": {0, false, false}, "log.Fatal": {0, false, true},
	"log.Fatalln": {0, false, false}, "log.Panic": {0, false, true}, "log.Panicln": {0, false, false},
	"log.Printf": {0, true, false}, "log.Fatalf": {0, true, false}, "log.Panicf": {0, true, false},
}

// fmtArgs wraps the arguments of a call of a printing function (fn of
// package path) whose static types involve cell types in rt.Fmt; it
// returns the indexes of those it wrapped. Arguments in typed (%T, see
// percentT) are left alone, as are those of %p and %w, and all of a call
// whose format is not a constant or names arguments explicitly.
func (lw *lowerer) fmtArgs(c *ast.CallExpr, path, name string, typed map[int]bool) map[int]bool {
	pr, ok := printers[path+"."+name]
	if !ok || c.Ellipsis.IsValid() || len(c.Args) <= pr.skip {
		return nil
	}
	first := pr.skip
	skip := map[int]bool{}
	if pr.format {
		tv := lw.info.Types[c.Args[first]]
		if tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil
		}
		for _, v := range indexedVerbs(constant.StringVal(tv.Value)) {
			if strings.IndexByte("Tpw", v.verb) >= 0 {
				skip[first+1+v.arg] = true
			}
		}
		first++
	}
	type wrap struct{ open, close string }
	plans := map[int]wrap{}
	for i := first; i < len(c.Args); i++ {
		if typed[i] || skip[i] {
			continue
		}
		a := c.Args[i]
		tv := lw.info.Types[a]
		if tv.Type == nil || !tv.IsValue() || tv.IsNil() {
			continue
		}
		if _, tuple := tv.Type.(*types.Tuple); tuple || !lw.fmtNeeds(tv.Type) {
			continue
		}
		ts := lw.typ(tv.Type)
		if !spellable(ts) {
			continue
		}
		tbl, ok := lw.fmtTable(tv.Type)
		if !ok {
			continue
		}
		if _, iface := tv.Type.Underlying().(*types.Interface); iface {
			// yaegi v0.16.1 panics putting an error variable that holds
			// a cell's value into a []error
			plans[i] = wrap{rtName + ".FmtAny(", ", " + tbl + ")"}
		} else {
			plans[i] = wrap{rtName + ".Fmt([]" + ts + "{", "}, " + tbl + ")"}
		}
	}
	if len(plans) == 0 {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	last := c.Args[len(c.Args)-1]
	if pr.spaced {
		// Print puts a space between operands where neither is a string,
		// which the wrapped ones are not: rt.Operands spaces them by the
		// kinds of the values they hold, and prints them
		lw.insert(c.Args[first].Pos(), rtName+".Operands(")
	}
	wrapped := map[int]bool{}
	for i, w := range plans {
		lw.insert(c.Args[i].Pos(), w.open)
		lw.insert(c.Args[i].End(), w.close)
		wrapped[i] = true
	}
	if pr.spaced {
		lw.insert(last.End(), ")")
	}
	return wrapped
}

// indexedVerbs lists the verbs of a fmt format with the arguments they
// format, explicit indexes ([n]) followed as fmt follows them.
func indexedVerbs(f string) []verb {
	var out []verb
	arg := 0
	index := func(i int) int { // f[i] == '['
		j := strings.IndexByte(f[i:], ']')
		if j < 0 {
			return i + 1
		}
		if n, err := strconv.Atoi(f[i+1 : i+j]); err == nil && n > 0 {
			arg = n - 1
		}
		return i + j + 1
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0123456789.*[", f[i]) >= 0 {
			switch f[i] {
			case '[':
				i = index(i)
				continue
			case '*':
				arg++
			}
			i++
		}
		if i >= len(f) {
			break
		}
		if f[i] == '%' {
			continue
		}
		out = append(out, verb{at: i, verb: f[i], arg: arg})
		arg++
	}
	return out
}

// fmtNeeds reports whether fmt prints a value of static type t wrongly
// in yaegi v0.16.1: t involves a type a cell declared (a named one, a
// struct with unexported fields), or an interface with methods that one
// implements (an error variable holding a cell's error) and that fmt
// prints wrongly (see fmtCands).
func (lw *lowerer) fmtNeeds(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if isCellNamed(t) {
			_, basic := t.Underlying().(*types.Basic)
			// one over a basic type without methods prints as its value
			return !basic || hasFmtMethods(t) || hasFmtMethods(types.NewPointer(t))
		}
		if it, ok := t.Underlying().(*types.Interface); ok {
			return len(lw.fmtCands(it)) > 0
		}
		return false
	case *types.Pointer:
		return lw.fmtNeeds(t.Elem())
	case *types.Slice:
		return lw.fmtNeeds(t.Elem())
	case *types.Array:
		return lw.fmtNeeds(t.Elem())
	case *types.Map:
		return lw.fmtNeeds(t.Key()) || lw.fmtNeeds(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" || lw.fmtNeeds(f.Type()) {
				return true
			}
		}
	case *types.Interface:
		return len(lw.fmtCands(t)) > 0
	}
	return false
}

// fmtCands returns the cell types a value of interface type it may hold
// that fmt prints wrongly in yaegi v0.16.1: those with a String, Error,
// GoString or Format method, and structs (and pointers to them).
func (lw *lowerer) fmtCands(it *types.Interface) []types.Type {
	if c, ok := lw.cands[it]; ok {
		return c
	}
	var out []types.Type
	for _, t := range lw.implementing(it) {
		if printsWrong(t) {
			out = append(out, t)
		}
	}
	if lw.cands == nil {
		lw.cands = map[*types.Interface][]types.Type{}
	}
	lw.cands[it] = out
	return out
}

// printsWrong reports whether fmt prints a value of the cell type t
// wrongly in yaegi v0.16.1 when it is held by an interface.
func printsWrong(t types.Type) bool {
	if hasFmtMethods(t) {
		return true
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	_, st := t.Underlying().(*types.Struct)
	return st
}

// hasFmtMethods reports whether t's method set has a method fmt calls.
func hasFmtMethods(t types.Type) bool {
	ms := types.NewMethodSet(t)
	for _, m := range []string{"String", "Error", "GoString", "Format"} {
		if ms.Lookup(nil, m) != nil {
			return true
		}
	}
	return false
}

// isCellNamed reports whether t is a named type a cell declared.
func isCellNamed(t *types.Named) bool {
	return t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main"
}

// hasNode reports whether a value of type t needs a Node: t involves a
// cell's type or an interface (which may hold one).
func hasNode(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		_, iface := t.Underlying().(*types.Interface)
		return iface || isCellNamed(t)
	case *types.Pointer:
		return hasNode(t.Elem())
	case *types.Slice:
		return hasNode(t.Elem())
	case *types.Array:
		return hasNode(t.Elem())
	case *types.Chan:
		return hasNode(t.Elem())
	case *types.Map:
		return hasNode(t.Key()) || hasNode(t.Elem())
	case *types.Struct:
		for f := range t.Fields() {
			if !f.Exported() && f.Pkg() != nil && f.Pkg().Path() == "main" || hasNode(f.Type()) {
				return true
			}
		}
	case *types.Interface:
		return true
	}
	return false
}

// nodeTable builds the Nodes of one argument.
type nodeTable struct {
	lw    *lowerer
	types []types.Type
	src   []string
	cands []types.Type // cell types interface values may hold
	bad   bool         // a type the table cannot describe (generic)
	local bool         // a type declared in a function is among types
}

// fmtText is what the lowering writes for an argument's type (the
// expression of its rt.Table), and the methods of a Node (in fmtCache
// and methodCache under the type's full spelling).
type fmtText struct {
	t       types.Type
	expr    string
	ok      bool
	methods []string
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
	key := types.TypeString(t, nil)
	if e := cached(lw.fmtCache, key, t); e != nil {
		return e.expr, e.ok
	}
	expr, ok := lw.makeFmtTable(t)
	if lw.fmtCache == nil {
		lw.fmtCache = map[string][]*fmtText{}
	}
	lw.fmtCache[key] = append(lw.fmtCache[key], &fmtText{t: t, expr: expr, ok: ok})
	return expr, ok
}

// FmtDeclPrefix starts the names of the functions that return the
// rt.Tables of a notebook's types (in Result.Generated).
const FmtDeclPrefix = "gofuturesFmt"

// makeFmtTable returns the expression of the rt.Table of t: a call of a
// function declared with the cell (Result.Generated, named after its
// text), so that the Nodes and their function literals are compiled once
// and made in a small frame (a function literal copies the frame it is
// made in, in yaegi v0.16.1: in a cell's statements, all of them); a
// function literal called at once when t involves a type declared in a
// function.
func (lw *lowerer) makeFmtTable(t types.Type) (string, bool) {
	nt := &nodeTable{lw: lw}
	nt.add(t)
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
			fmt.Fprintf(&b, "if v, ok := x.(%[1]s); ok { return %[2]d, []%[1]s{v} }; ", lw.typ(c), nt.index(c))
		}
		b.WriteString("return -1, nil }")
	}
	b.WriteString("}")
	body := b.String()
	sig := "() *" + rtName + ".Table { " + body + " }"
	if nt.local {
		return "func" + sig + "()", true
	}
	h := fnv.New64a()
	h.Write([]byte(body))
	name := fmt.Sprintf("%s%x", FmtDeclPrefix, h.Sum64())
	for _, d := range lw.fmtDecls {
		if d.Names[0] == name {
			return name + "()", true
		}
	}
	var refs []string
	for _, u := range nt.types {
		if n, ok := u.(*types.Named); ok && isCellNamed(n) {
			refs = append(refs, n.Obj().Name())
		}
	}
	// the table is made on the first call (the interpreter is started
	// afresh when a type it describes is redefined)
	src := fmt.Sprintf("var %[1]sT = new(%[2]s.Lazy)\nfunc %[1]s() *%[2]s.Table { return %[1]sT.Get(func%[3]s) }", name, rtName, sig)
	lw.fmtDecls = append(lw.fmtDecls, &cell.Decl{Kind: cell.Func, Names: []string{name}, Src: src, Refs: refs})
	return name + "()", true
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
	name := "Name: " + strconv.Quote(goName(t))
	if n, ok := types.Unalias(t).(*types.Named); ok && isCellNamed(n) {
		if n.TypeArgs().Len() > 0 || n.TypeParams().Len() > 0 {
			nt.bad = true // yaegi's generic types are not spelled as Go's
		}
		if n.Obj().Parent() != n.Obj().Pkg().Scope() {
			nt.local = true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		var names, elems []string
		for f := range u.Fields() {
			names = append(names, strconv.Quote(f.Name()))
			elems = append(elems, strconv.Itoa(nt.add(f.Type())))
		}
		fields = append(fields, "Fields: []string{"+strings.Join(names, ", ")+"}", "Elems: []int{"+strings.Join(elems, ", ")+"}")
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
			out = append(out, fmt.Sprintf("Format: func(x %s, s %s.State, c rune) (p any) { defer func() { p = recover() }(); x.Format(s, c); return nil }", ts, lw.fmtName()))
		case m != "Format" && sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]):
			out = append(out, fmt.Sprintf("%[1]s: func(x %[2]s) (s string, p any) { defer func() { p = recover() }(); return x.%[1]s(), nil }", m, ts))
		}
	}
	if valueMethods && len(out) > 0 {
		out = append(out, "ValueMethods: true")
	}
	return out
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

// goName spells t as reflect does in a Go program: main.point,
// []uint8, interface {}, struct { x int }.
func goName(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		name := t.Obj().Name()
		if p := t.Obj().Pkg(); p != nil {
			name = p.Name() + "." + name
		}
		if args := t.TypeArgs(); args.Len() > 0 {
			var as []string
			for a := range args.Types() {
				as = append(as, goName(a))
			}
			name += "[" + strings.Join(as, ",") + "]"
		}
		return name
	case *types.Basic:
		switch t.Kind() {
		case types.Byte:
			return "uint8"
		case types.Rune:
			return "int32"
		case types.UnsafePointer:
			return "unsafe.Pointer"
		}
		return t.Name()
	case *types.Pointer:
		return "*" + goName(t.Elem())
	case *types.Slice:
		return "[]" + goName(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), goName(t.Elem()))
	case *types.Map:
		return "map[" + goName(t.Key()) + "]" + goName(t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + goName(t.Elem())
		case types.RecvOnly:
			return "<-chan " + goName(t.Elem())
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + goName(t.Elem()) + ")"
		}
		return "chan " + goName(t.Elem())
	case *types.Signature:
		return "func" + sigName(t)
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range t.NumFields() {
			f := t.Field(i)
			s := goName(f.Type())
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := t.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			fs = append(fs, s)
		}
		return "struct { " + strings.Join(fs, "; ") + " }"
	case *types.Interface:
		if t.NumMethods() == 0 {
			return "interface {}"
		}
		var ms []string
		for i := range t.NumMethods() {
			m := t.Method(i)
			ms = append(ms, m.Name()+sigName(m.Type().(*types.Signature)))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	return t.String()
}

// sigName spells a signature's parameters and results as reflect does.
func sigName(sig *types.Signature) string {
	var ps []string
	for i := range sig.Params().Len() {
		p := goName(sig.Params().At(i).Type())
		if sig.Variadic() && i == sig.Params().Len()-1 {
			p = "..." + strings.TrimPrefix(p, "[]")
		}
		ps = append(ps, p)
	}
	s := "(" + strings.Join(ps, ", ") + ")"
	var rs []string
	for i := range sig.Results().Len() {
		rs = append(rs, goName(sig.Results().At(i).Type()))
	}
	switch len(rs) {
	case 0:
	case 1:
		s += " " + rs[0]
	default:
		s += " (" + strings.Join(rs, ", ") + ")"
	}
	return s
}
