package check

import (
	"fmt"
	"go/types"
	"strconv"
	"strings"

	"github.com/gofutures/gofutures/internal/typemark"
)

// goName spells t as reflect does in a Go program: main.point,
// []uint8, interface {}, struct { x int }.
func goName(t types.Type) string { return goNames(nil).of(t) }

// goName spells t as reflect does in a Go program, also where t is or
// holds one of kernel/cell/mono's copies of instances of the notebook's
// generic types: main.Pair[string,int], not main.mainꞏPairꞏstringꞏint.
func (lw *lowerer) goName(t types.Type) string { return goNames(lw.copyNames).of(t) }

// goNames are the names Go gives the types mono's copies stand for, by
// the copies' names (Checker.copyNames).
type goNames map[string]string

// of spells t as reflect does.
func (g goNames) of(t types.Type) string { return g.spell(t, false) }

// spell spells t as reflect does, inside the type arguments of an
// instance when arg is true, where the name of a type declared inside a
// function ends in its number (typemark.ArgName).
func (g goNames) spell(t types.Type, arg bool) string {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if n, ok := g[t.Obj().Name()]; ok && t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main" {
			if arg {
				return typemark.ArgName(n)
			}
			return typemark.GoName(n)
		}
		name := typemark.GoName(t.Obj().Name())
		if p := t.Obj().Pkg(); p != nil {
			name = p.Name() + "." + name
		}
		if args := t.TypeArgs(); args.Len() > 0 {
			var as []string
			for a := range args.Types() {
				as = append(as, g.spell(a, true))
			}
			name += "[" + strings.Join(as, ",") + "]"
		}
		if v := typemark.Vargen(t.Obj().Name()); arg && v != "" {
			name += "·" + v
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
		return "*" + g.spell(t.Elem(), arg)
	case *types.Slice:
		return "[]" + g.spell(t.Elem(), arg)
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), g.spell(t.Elem(), arg))
	case *types.Map:
		return "map[" + g.spell(t.Key(), arg) + "]" + g.spell(t.Elem(), arg)
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + g.spell(t.Elem(), arg)
		case types.RecvOnly:
			return "<-chan " + g.spell(t.Elem(), arg)
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + g.spell(t.Elem(), arg) + ")"
		}
		return "chan " + g.spell(t.Elem(), arg)
	case *types.Signature:
		return "func" + g.sig(arg, t)
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range t.NumFields() {
			f := t.Field(i)
			s := g.spell(f.Type(), arg)
			switch {
			case f.Embedded():
			case arg && !f.Exported() && f.Pkg() != nil:
				// (an instance's name qualifies them: struct { main.q int })
				s = f.Pkg().Name() + "." + f.Name() + " " + s
			default:
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
			ms = append(ms, m.Name()+g.sig(arg, m.Type().(*types.Signature)))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	return t.String()
}

// sig spells a signature's parameters and results as reflect does (as
// spell, for arg).
func (g goNames) sig(arg bool, sig *types.Signature) string {
	var ps []string
	for i := range sig.Params().Len() {
		p := g.spell(sig.Params().At(i).Type(), arg)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			p = "..." + strings.TrimPrefix(p, "[]")
		}
		ps = append(ps, p)
	}
	return "(" + strings.Join(ps, ", ") + ")" + results(sig, goName)
}
