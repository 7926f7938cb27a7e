package check

import (
	"fmt"
	"go/types"
	"hash/fnv"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Declarations the lowering adds to a notebook (Result.Generated, with
// the specialised generic code): the error box (errs.go) and adapters of
// compiled values to interfaces declared in cells. Their names start with
// gofutures; implementing leaves them out.

// generate adds a declaration of kind and name with source src to the
// cell's generated ones, once.
func (lw *lowerer) generate(kind cell.DeclKind, name, src string) {
	key := string(kind) + " " + name
	for _, d := range lw.gen {
		if d.Key() == key {
			return
		}
	}
	lw.gen = append(lw.gen, &cell.Decl{Kind: kind, Names: []string{name}, Src: src})
}

// generatedName reports whether a notebook name is one the lowering
// declares.
func generatedName(name string) bool { return strings.HasPrefix(name, "gofutures") }

// adapter returns the name of a function func(any) (A, bool) that adapts
// a compiled value to t, an interface declared in a cell (or written as a
// literal), and ok. yaegi v0.16.1 asserts only interpreted values to such
// interfaces: err.(interface{ Unwrap() []error }) is false for the
// compiled *errors.joinError. The adapter A has t's methods, each calling
// the value's method of that name, found by reflection.
func (lw *lowerer) adapter(t types.Type) (string, bool) {
	it := nonEmptyIface(t)
	if it == nil || mentionsMain(it) {
		return "", false
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
		return "", false // a compiled interface: yaegi asserts to it
	}
	var sigs []string
	for i := range it.NumMethods() {
		m := it.Method(i)
		if !m.Exported() {
			return "", false
		}
		s := lw.typ(unnamedParams(m.Type().(*types.Signature)))
		if !spellable(s) {
			return "", false
		}
		sigs = append(sigs, m.Name()+" "+s)
	}
	h := fnv.New32a()
	h.Write([]byte(strings.Join(sigs, ";")))
	name := fmt.Sprintf("gofuturesAdapt%08x", h.Sum32())
	var typ, ctor strings.Builder
	fmt.Fprintf(&typ, "type %s struct {\n\tX any\n", name)
	refl := hiddenAlias("reflect")
	lw.extraImport(refl, "reflect")
	fmt.Fprintf(&ctor, "func %[1]sOf(x any) (%[1]s, bool) {\n\tvar a %[1]s\n\tr := %[2]s.ValueOf(x)\n\tif !r.IsValid() {\n\t\treturn a, false\n\t}\n\ta.X = x\n", name, refl)
	for i := range it.NumMethods() {
		m := it.Method(i)
		sig := m.Type().(*types.Signature)
		fs := lw.typ(unnamedParams(sig))
		fmt.Fprintf(&typ, "\tF%d %s\n", i, fs)
		fmt.Fprintf(&ctor, "\tm%[1]d := r.MethodByName(%[2]q)\n\tif !m%[1]d.IsValid() {\n\t\treturn a, false\n\t}\n\tf%[1]d, ok := m%[1]d.Interface().(%[3]s)\n\tif !ok {\n\t\treturn a, false\n\t}\n\ta.F%[1]d = f%[1]d\n", i, m.Name(), fs)
		lw.generate(cell.Method, name+"."+m.Name(), adapterMethod(name, i, m.Name(), sig, lw.typ))
	}
	typ.WriteString("}")
	ctor.WriteString("\treturn a, true\n}")
	lw.generate(cell.Type, name, typ.String())
	lw.generate(cell.Func, name+"Of", ctor.String())
	return name + "Of", true
}

// adapterMethod is the method name of adapter type a, calling its field
// F<i>.
func adapterMethod(a string, i int, name string, sig *types.Signature, spell func(types.Type) string) string {
	var params, args []string
	for j := range sig.Params().Len() {
		p := fmt.Sprintf("p%d", j)
		t := spell(sig.Params().At(j).Type())
		if sig.Variadic() && j == sig.Params().Len()-1 {
			t = "..." + spell(sig.Params().At(j).Type().(*types.Slice).Elem())
			p += "..."
			params = append(params, fmt.Sprintf("p%d %s", j, t))
			args = append(args, p)
			continue
		}
		params = append(params, p+" "+t)
		args = append(args, p)
	}
	res := results(sig, spell)
	call := fmt.Sprintf("a.F%d(%s)", i, strings.Join(args, ", "))
	if res != "" {
		call = "return " + call
	}
	return fmt.Sprintf("func (a %s) %s(%s)%s { %s }", a, name, strings.Join(params, ", "), res, call)
}

// interpretedIface reports whether t is an interface with methods that
// yaegi builds itself (declared in a cell, or a literal): one it asserts
// compiled values to wrongly.
func interpretedIface(t types.Type) bool {
	if nonEmptyIface(t) == nil {
		return false
	}
	n, ok := t.(*types.Named)
	return !ok || n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" // error is compiled
}
