package check

import (
	"fmt"
	"go/ast"
	"go/types"
	"hash/fnv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// Nil pointers in compiled interfaces. yaegi v0.16.1 makes a nil pointer
// of a notebook type converted to an interface of a compiled package a
// nil interface (var p *T; var s fmt.Stringer = p; s == nil was true):
// its wrapper of the value is made only for non-nil pointers. In Go the
// interface holds the typed nil, whose methods run with a nil receiver.
//
// The lowering converts such a pointer in a function that, when it is
// nil, puts it in a box: a pointer to an interpreted struct whose first
// field V holds the pointer (tagged rt.NilBoxTag, which rt's printer and
// Unwrap look into) and whose methods, the interface's, call the
// pointer's (F0 ... Fn, closures over it). error has a box of its own
// (errs.go). Assertions to the notebook's pointer types look into a nil
// box when the value asserts to nothing else (rt.NilBoxed).

// NilBoxPrefix starts the names of the types of the boxes (a snapshot
// makes them again around their values).
const NilBoxPrefix = "gofuturesNilBox"

// nilBoxTarget reports whether a value of type t converted to dst goes
// to a nil box when it is nil: t is a pointer to a notebook type, not
// generic, dst an interface of a compiled package other than error, with
// methods, all exported, that t implements.
func nilBoxTarget(t, dst types.Type) bool {
	if t == nil || dst == nil || !nilBoxablePtr(t) || boxTarget(t, dst) || interpretedIface(dst) {
		return false
	}
	return boxableIface(t, dst)
}

// boxTarget reports whether a value of type t converted to dst always
// goes to a box: t is a notebook type or a pointer to one that has a
// method of dst, an interface other than error (a compiled package's
// or the notebook's), from a field it embeds of a compiled type
// (promoted.go).
func boxTarget(t, dst types.Type) bool {
	if t == nil || dst == nil {
		return false
	}
	if _, ok := cellConcrete(t); !ok {
		return false
	}
	return promotedCompiled(t, nonEmptyIface(dst)) && boxableIface(t, dst)
}

// boxableIface reports whether dst is an interface other than error,
// with methods, all exported, that t implements.
func boxableIface(t, dst types.Type) bool {
	it := nonEmptyIface(dst)
	if it == nil || types.Identical(dst, errorType) {
		return false
	}
	for m := range it.Methods() {
		if !m.Exported() {
			return false
		}
	}
	return types.Implements(t, it)
}

// nilBoxablePtr reports whether t is a pointer to a notebook type, not
// generic nor an interface, with methods: a nil one may be in a nil box.
func nilBoxablePtr(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := plainCellType(p.Elem())
	if !ok {
		return false
	}
	if _, iface := n.Underlying().(*types.Interface); iface {
		return false
	}
	return types.NewMethodSet(t).Len() > 0
}

// nilBoxerTo returns a function literal func(t) dst that converts its
// argument, putting it in dst's nil box when it is nil (nilBoxTarget),
// or always (boxTarget), or "" when the box cannot be spelled.
func (lw *lowerer) nilBoxerTo(t, dst types.Type) string {
	box, ok := lw.nilBox(dst)
	if !ok {
		return ""
	}
	it := nonEmptyIface(dst)
	b := lw.fresh("B")
	var fields []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		sig := m.Type().(*types.Signature)
		var params, args []string
		for j := range sig.Params().Len() {
			p := fmt.Sprintf("%sp%d", b, j)
			pt := lw.typ(sig.Params().At(j).Type())
			if sig.Variadic() && j == sig.Params().Len()-1 {
				pt = "..." + lw.typ(sig.Params().At(j).Type().(*types.Slice).Elem())
				args = append(args, p+"...")
			} else {
				args = append(args, p)
			}
			params = append(params, p+" "+pt)
		}
		call := fmt.Sprintf("%s.%s(%s)", b, m.Name(), strings.Join(args, ", "))
		if sig.Results().Len() > 0 {
			call = "return " + call
		}
		fields = append(fields, fmt.Sprintf("F%d: func(%s)%s { %s }", i, strings.Join(params, ", "), results(sig, lw.typ), call))
	}
	if boxTarget(t, dst) {
		return fmt.Sprintf("func(%[1]s %[2]s) %[3]s { return &%[4]s{V: %[1]s, %[5]s} }",
			b, lw.typ(t), lw.typ(dst), box, strings.Join(fields, ", "))
	}
	return fmt.Sprintf("func(%[1]s %[2]s) %[3]s { if %[1]s == nil { return &%[4]s{V: %[1]s, %[5]s} }; return %[1]s }",
		b, lw.typ(t), lw.typ(dst), box, strings.Join(fields, ", "))
}

// nilBox declares the box of the interface dst (a compiled package's, or
// the notebook's for boxTarget) and returns its name: one type for each
// interface, named by its Go name.
func (lw *lowerer) nilBox(dst types.Type) (string, bool) {
	it := nonEmptyIface(dst)
	if it == nil || !spellable(lw.typ(dst)) {
		return "", false
	}
	var sigs []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		s := lw.typ(unnamedParams(m.Type().(*types.Signature)))
		if !spellable(s) {
			return "", false
		}
		sigs = append(sigs, s)
	}
	h := fnv.New32a()
	h.Write([]byte(types.TypeString(dst, nil)))
	if interpretedIface(dst) {
		// (a cell may declare the interface again, other methods in it)
		h.Write([]byte(types.TypeString(it, nil)))
	}
	name := fmt.Sprintf("%s%08x", NilBoxPrefix, h.Sum32())
	var typ strings.Builder
	fmt.Fprintf(&typ, "type %s struct {\n\tV any `%s:\"\"`\n", name, rt.NilBoxTag)
	for i := range it.NumMethods() {
		m := it.Method(i)
		fmt.Fprintf(&typ, "\tF%d %s\n", i, sigs[i])
		lw.generate(cell.Method, name+"."+m.Name(), adapterMethod("*"+name, i, m.Name(), m.Type().(*types.Signature), lw.typ))
	}
	typ.WriteString("}")
	lw.generate(cell.Type, name, typ.String())
	return name, true
}

// nilBoxConv converts e, of type t, going to the compiled interface
// dst, in a function that puts it in a nil box when it is nil (or
// always: boxTarget), and reports whether it did.
func (lw *lowerer) nilBoxConv(e ast.Expr, t, dst types.Type) bool {
	if !nilBoxTarget(t, dst) && !boxTarget(t, dst) {
		return false
	}
	b := lw.nilBoxerTo(t, dst)
	if b == "" {
		return false
	}
	lw.insert(e.Pos(), b+"(")
	lw.insertClose(e.End(), ")")
	return true
}

// nilUnboxCase is the statement of an asserter to t (with parameter x,
// result variable v) that asserts the pointer in a nil box, when x holds
// one and t is a pointer type a nil box may hold, or "".
func (lw *lowerer) nilUnboxCase(t types.Type, x, v string) string {
	if !nilBoxablePtr(t) && !promotedAny(t) {
		return ""
	}
	lw.extraImport(rtName, rt.Path)
	u := lw.fresh("U")
	return fmt.Sprintf("if %[1]s, ok := %[2]s.NilBoxed(%[3]s); ok { if %[4]s, ok := %[1]s.(%[5]s); ok { return %[4]s, true } }; ", u, rtName, x, v, lw.typ(t))
}

// returnNilBox lowers return x, x a variable of a pointer type going to
// a result of a compiled interface type (nilBoxTarget), the other
// results names, literals or nil, to if x == nil { return ..., box(x),
// ... }; return x: a non-nil pointer is returned as it is, without the
// call of a converting function (about 5 µs in the interpreter). It
// returns the index of that result, -1 when it lowered nothing.
func (lw *lowerer) returnNilBox(r *ast.ReturnStmt, res *types.Tuple) int {
	at := -1
	for i, e := range r.Results {
		switch e := ast.Unparen(e).(type) {
		case *ast.BasicLit:
			continue
		case *ast.Ident:
			if !nilBoxTarget(lw.info.TypeOf(e), res.At(i).Type()) {
				continue
			}
			if _, ok := lw.info.Uses[e].(*types.Var); ok && at < 0 {
				at = i
				continue
			}
		}
		if nilBoxTarget(lw.info.TypeOf(e), res.At(i).Type()) {
			return -1
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		// (one the lowering converts is left to it: an error in a box)
		if tv := lw.info.Types[id]; !tv.IsNil() && (tv.Type == nil || !types.Identical(tv.Type, res.At(i).Type())) {
			return -1
		}
	}
	if at < 0 {
		return -1
	}
	b := lw.nilBoxerTo(lw.info.TypeOf(r.Results[at]), res.At(at).Type())
	if b == "" {
		return -1
	}
	var rs []string
	for i, e := range r.Results {
		t := lw.text(e)
		if i == at {
			t = b + "(" + t + ")"
		}
		rs = append(rs, t)
	}
	lw.insert(r.Pos(), fmt.Sprintf("if %s == nil { return %s }; ", lw.text(r.Results[at]), strings.Join(rs, ", ")))
	return at
}
