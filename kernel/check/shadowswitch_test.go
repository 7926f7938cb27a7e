package check

import "testing"

// A type switch's symbol named after a predeclared type (switch bool :=
// v.(type)) is renamed with its uses in the clauses, in a switch the
// interpreter runs and in one the lowering rewrites (a case of an
// interface a cell declares): "undefined: boolꞏ".
func TestTypeSwitchSymbolNamedAfterType(t *testing.T) {
	runSteps(t, step{`type Shape interface{ Area() int }
type Sq struct{ s int }
func (q Sq) Area() int { return q.s * q.s }
func plain(v any) {
	switch bool := v.(type) {
	case int:
		fmt.Println("int", bool+1)
	default:
		fmt.Println("other", bool)
	}
}
func shapes(v any) {
	switch string := v.(type) {
	case Shape:
		fmt.Println("shape", string.Area())
	case int, float64:
		fmt.Println("number", string)
	}
}
plain(3)
plain("x")
shapes(Sq{2})
shapes(2.5)`, "int 4\nother x\nshape 4\nnumber 2.5\n"})
}
