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

// scanners are fmt's scanning functions, with the number of arguments
// they take before the operands they scan into.
var scanners = map[string]int{
	"Scan": 0, "Scanln": 0, "Scanf": 1,
	"Sscan": 1, "Sscanln": 1, "Sscanf": 2,
	"Fscan": 1, "Fscanln": 1, "Fscanf": 2,
}

// scanArgs lowers the operands of a call c of fmt's scanning function
// name (of package fmt) that are of cell types with a Scan method
// (fmt.Scanner): fmt looks for the method on the interpreter's value,
// which lacks it in yaegi v0.16.1, and scanned a type Celsius float64
// as a float64 and a struct as "can't scan type". Each such operand x
// goes as rt.ScanFunc((x).Scan), x's method bound to it. It returns
// the indexes of the operands it lowered.
func (lw *lowerer) scanArgs(c *ast.CallExpr, fmtPkg *types.Package, name string) map[int]bool {
	skip, ok := scanners[name]
	if !ok {
		return nil
	}
	obj, ok := fmtPkg.Scope().Lookup("Scanner").(*types.TypeName)
	if !ok {
		return nil
	}
	scanner, ok := obj.Type().Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	if c.Ellipsis.IsValid() {
		return lw.scanSpread(c, skip, scanner)
	}
	scanned := map[int]bool{}
	for i := skip; i < len(c.Args); i++ {
		a := c.Args[i]
		t := lw.info.TypeOf(a)
		if t != nil && types.IsInterface(t) {
			if lw.scanAny(a, t, scanner) {
				scanned[i] = true
			}
			continue
		}
		if t == nil || !types.Implements(t, scanner) {
			continue
		}
		sel := types.NewMethodSet(t).Lookup(nil, "Scan")
		if sel == nil || sel.Obj().Pkg() == nil || sel.Obj().Pkg().Path() != "main" {
			continue // a compiled type's method, which fmt sees
		}
		lw.extraImport(rtName, rt.Path)
		lw.insert(a.Pos(), rtName+".ScanFunc((")
		lw.insertClose(a.End(), ").Scan)")
		scanned[i] = true
	}
	return scanned
}

// The operands of fmt's scanning functions of an interface type (an
// any): yaegi v0.16.1 holds a pointer to a notebook type with methods
// there as its record of the value (valueInterface), which fmt took for
// a struct ("type not a pointer: interp.valueInterface"), and fmt does
// not see the Scan method of the type. Such an operand x goes as
// rt.ScanArg(x), which hands fmt the pointer the record holds, and,
// when notebook types have a Scan method, as rt.ScanArg(R(x)), R a
// generated function (scanResolver) that makes a pointer to one of
// those types a ScanFunc of its method. A spread slice xs goes as
// rt.ScanArgs(xs)..., or rt.ScanArgs(S(xs))... with S R of each of
// the slice's elements.

// scanAny lowers the operand a of static type t, an interface, of a
// call of a scanning function; it reports whether it did.
func (lw *lowerer) scanAny(a ast.Expr, t types.Type, scanner *types.Interface) bool {
	if nonEmptyIface(t) != nil && !interpretedIface(t) {
		return false // a compiled interface with methods: yaegi's wrapper, which fmt sees through
	}
	lw.extraImport(rtName, rt.Path)
	open, close := rtName+".ScanArg(", ")"
	if r := lw.scanResolver(t, scanner); r != "" {
		open, close = open+r+"(", close+")"
	}
	lw.insert(a.Pos(), open)
	lw.insertClose(a.End(), close)
	return true
}

// scanSpread lowers the spread slice of a call c of a scanning function
// that takes skip arguments before the operands; it returns the index
// of the slice when it did.
func (lw *lowerer) scanSpread(c *ast.CallExpr, skip int, scanner *types.Interface) map[int]bool {
	last := len(c.Args) - 1
	if last != skip {
		return nil
	}
	sl, ok := types.Unalias(lw.info.TypeOf(c.Args[last])).Underlying().(*types.Slice)
	if !ok || !types.IsInterface(sl.Elem()) {
		return nil
	}
	e := sl.Elem()
	if nonEmptyIface(e) != nil && !interpretedIface(e) {
		return nil
	}
	lw.extraImport(rtName, rt.Path)
	open := rtName + ".ScanArgs("
	r := lw.scanResolver(e, scanner)
	if r != "" || !types.Identical(types.Unalias(lw.info.TypeOf(c.Args[last])), types.NewSlice(types.Universe.Lookup("any").Type())) {
		open += lw.scanEach(e, r) + "("
	} else {
		open += "("
	}
	lw.insert(c.Args[last].Pos(), open)
	lw.insertClose(c.Args[last].End(), "))")
	return map[int]bool{last: true}
}

// scanResolver returns the name of a function func(x any) any,
// declared with the cell, that returns a ScanFunc of the Scan method
// of x when x holds one of the notebook's types that has one and that
// an operand of the interface type t may hold, else x; "" when the
// notebook declares none. The notebook's types looked up, a function
// declared before them is lowered again with them (relower.go).
func (lw *lowerer) scanResolver(t types.Type, scanner *types.Interface) string {
	it, _ := t.Underlying().(*types.Interface)
	var b strings.Builder
	var refs []string
	for _, c := range lw.implementing(scanner) {
		if it == nil || !types.Implements(c, it) {
			continue
		}
		sel := types.NewMethodSet(c).Lookup(nil, "Scan")
		if sel == nil || sel.Obj().Pkg() == nil || sel.Obj().Pkg().Path() != "main" {
			continue
		}
		n, ok := types.Unalias(c).(*types.Named)
		if p, isPtr := c.(*types.Pointer); isPtr {
			n, ok = types.Unalias(p.Elem()).(*types.Named)
		}
		if !ok || !isCellNamed(n) || n.Obj().Parent() != n.Obj().Pkg().Scope() {
			continue
		}
		fmt.Fprintf(&b, "\tif v, ok := x.(%s); ok {\n\t\treturn %s.ScanFunc(v.Scan)\n\t}\n", lw.typ(c), rtName)
		refs = append(refs, n.Obj().Name())
	}
	if b.Len() == 0 {
		return ""
	}
	body := b.String() + "\treturn x\n"
	return lw.scanDecl("x any", "any", body, refs)
}

// scanEach returns the name of a function func(xs []E) []any, declared
// with the cell, that returns the values of xs (E the interface type
// e) in a slice of any, through the resolver r where r is not "".
func (lw *lowerer) scanEach(e types.Type, r string) string {
	x := "x"
	if r != "" {
		x = r + "(x)"
	}
	body := fmt.Sprintf("\tout := make([]any, len(xs))\n\tfor i, x := range xs {\n\t\tout[i] = %s\n\t}\n\treturn out\n", x)
	return lw.scanDecl("xs []"+lw.typ(e), "[]any", body, nil)
}

// scanDecl declares with the cell, once for each text, a function of
// the parameters params and result res whose body is body, and returns
// its name; refs are the notebook's types it names.
func (lw *lowerer) scanDecl(params, res, body string, refs []string) string {
	h := fnv.New64a()
	h.Write([]byte(params + res + body))
	name := fmt.Sprintf("%sScan%x", FmtDeclPrefix, h.Sum64())
	for _, d := range lw.fmtDecls {
		if d.Names[0] == name {
			return name
		}
	}
	src := fmt.Sprintf("func %s(%s) %s {\n%s}", name, params, res, body)
	lw.fmtDecls = append(lw.fmtDecls, &cell.Decl{Kind: cell.Func, Names: []string{name}, Src: src, Refs: refs})
	return name
}
