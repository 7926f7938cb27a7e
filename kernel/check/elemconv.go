package check

import (
	"fmt"
	"go/ast"
	"go/types"
)

// elemConv lowers a conversion between a string and a slice of a defined
// byte or rune type ([]Code(s) and string(codes) with type Code byte,
// []Glyph(name) with type Glyph rune, Codes(s) with type Codes []Code):
// yaegi v0.16.1 refused "cannot convert expression of type string to
// type []main.Code", where Go converts as for []byte and []rune. The
// conversion becomes a function literal that converts through []byte or
// []rune and copies element by element; the operand is lowered as ever.
func (lw *lowerer) elemConv(c *ast.CallExpr) bool {
	tv := lw.info.Types[c.Fun]
	if !tv.IsType() || len(c.Args) != 1 || c.Ellipsis.IsValid() {
		return false
	}
	dst, src := tv.Type, lw.info.TypeOf(c.Args[0])
	if src == nil {
		return false
	}
	if elem, base, ok := definedElemSlice(dst); ok && isStringTyped(src) {
		s, b, o, i := lw.fresh("S"), lw.fresh("B"), lw.fresh("O"), lw.fresh("I")
		lw.replace(c.Pos(), c.Args[0].Pos(), fmt.Sprintf(
			"func(%[1]s string) %[2]s { %[3]s := %[4]s(%[1]s); %[5]s := make(%[2]s, len(%[3]s)); for %[6]s := range %[3]s { %[5]s[%[6]s] = %[7]s(%[3]s[%[6]s]) }; return %[5]s }(string(",
			s, lw.typ(dst), b, base, o, i, lw.typ(elem)))
	} else if _, base, ok := definedElemSlice(src); ok && isStringTyped(dst) {
		s, b, i := lw.fresh("S"), lw.fresh("B"), lw.fresh("I")
		lw.replace(c.Pos(), c.Args[0].Pos(), fmt.Sprintf(
			"%[1]s(func(%[2]s %[3]s) string { %[4]s := make(%[5]s, len(%[2]s)); for %[6]s := range %[2]s { %[4]s[%[6]s] = %[7]s(%[2]s[%[6]s]) }; return string(%[4]s) }(",
			lw.typ(dst), s, lw.typ(src), b, base, i, base[2:]))
	} else {
		return false
	}
	lw.replace(c.Args[0].End(), c.End(), "))")
	lw.walk(c.Args[0])
	return true
}

// definedElemSlice reports whether t is a slice type whose element is a
// defined type of underlying byte or rune (not byte or rune themselves),
// with the element and "[]byte" or "[]rune".
func definedElemSlice(t types.Type) (types.Type, string, bool) {
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return nil, "", false
	}
	e := sl.Elem()
	if _, named := types.Unalias(e).(*types.Named); !named {
		return nil, "", false
	}
	switch b, _ := e.Underlying().(*types.Basic); {
	case b == nil:
		return nil, "", false
	case b.Kind() == types.Uint8:
		return e, "[]byte", true
	case b.Kind() == types.Int32:
		return e, "[]rune", true
	}
	return nil, "", false
}

// isStringTyped reports whether t is a string type, named or not, or an
// untyped string constant's.
func isStringTyped(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
