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
func (g goNames) of(t types.Type) string {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if n, ok := g[t.Obj().Name()]; ok && t.Obj().Pkg() != nil && t.Obj().Pkg().Path() == "main" {
			return n
		}
		name := typemark.GoName(t.Obj().Name())
		if p := t.Obj().Pkg(); p != nil {
			name = p.Name() + "." + name
		}
		if args := t.TypeArgs(); args.Len() > 0 {
			var as []string
			for a := range args.Types() {
				as = append(as, g.of(a))
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
		return "*" + g.of(t.Elem())
	case *types.Slice:
		return "[]" + g.of(t.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", t.Len(), g.of(t.Elem()))
	case *types.Map:
		return "map[" + g.of(t.Key()) + "]" + g.of(t.Elem())
	case *types.Chan:
		switch t.Dir() {
		case types.SendOnly:
			return "chan<- " + g.of(t.Elem())
		case types.RecvOnly:
			return "<-chan " + g.of(t.Elem())
		}
		if c, ok := t.Elem().(*types.Chan); ok && c.Dir() == types.RecvOnly {
			return "chan (" + g.of(t.Elem()) + ")"
		}
		return "chan " + g.of(t.Elem())
	case *types.Signature:
		return "func" + g.sig(t)
	case *types.Struct:
		if t.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range t.NumFields() {
			f := t.Field(i)
			s := g.of(f.Type())
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
			ms = append(ms, m.Name()+g.sig(m.Type().(*types.Signature)))
		}
		return "interface { " + strings.Join(ms, "; ") + " }"
	}
	return t.String()
}

// sigName spells a signature's parameters and results as reflect does.
func (g goNames) sig(sig *types.Signature) string {
	var ps []string
	for i := range sig.Params().Len() {
		p := g.of(sig.Params().At(i).Type())
		if sig.Variadic() && i == sig.Params().Len()-1 {
			p = "..." + strings.TrimPrefix(p, "[]")
		}
		ps = append(ps, p)
	}
	return "(" + strings.Join(ps, ", ") + ")" + results(sig, goName)
}
