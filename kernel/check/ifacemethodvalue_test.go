package check

import "testing"

// A method value of an interface value binds the value the interface
// holds when it is made, as Go does: after st = temp(4), the earlier
// str := st.String still gives "3.0" (yaegi v0.16.1 called the String
// of what st held when str was called); of a compiled interface and of
// one a cell declares, in a function and in a cell's statements, and
// promoted from an embedded field of interface type.
func TestInterfaceMethodValueBinds(t *testing.T) {
	runSteps(t,
		step{"import \"strconv\"\ntype temp float64\nfunc (t temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) }\ntype Shape interface{ Area() float64 }\ntype sq float64\nfunc (s sq) Area() float64 { return float64(s * s) }\ntype Tile struct {\n\tShape\n\tid int\n}\nfunc f() {\n\tvar st fmt.Stringer = temp(3)\n\tstr := st.String\n\tst = temp(4)\n\tvar sh Shape = sq(2)\n\tarea := sh.Area\n\tsh = sq(3)\n\tfmt.Println(str(), st, area(), sh.Area())\n}", ""},
		step{"f()\nvar st fmt.Stringer = temp(3)\nstr := st.String\nst = temp(4)\ntile := &Tile{sq(5), 1}\nta := tile.Area\ntile.Shape = sq(1)\nfmt.Println(str(), st, ta(), tile.Area())", "3.0 4.0 4 9\n3.0 4.0 25 1\n"},
	)
}

// A value of an interface a cell declares given to a compiled package's
// interface (a Named embedding fmt.Stringer assigned, passed, put in a
// slice or converted to a fmt.Stringer) is the value the variable held
// then (yaegi v0.16.1 made a view of the variable, which a later
// assignment changed, and fmt.Stringer(n) panicked: "reflect.Set: value
// of type interp.valueInterface is not assignable to type
// fmt.Stringer"); so is the receiver of a method value of the embedded
// interface's method (s := n.String).
func TestCellInterfaceToCompiledInterface(t *testing.T) {
	runSteps(t,
		step{"type Named interface {\n\tfmt.Stringer\n\tName() string\n}\ntype pet string\nfunc (p pet) String() string { return \"pet \" + string(p) }\nfunc (p pet) Name() string { return string(p) }\nfunc keep(s fmt.Stringer) func() string { return func() string { return s.String() } }\nfunc f() {\n\tvar n Named = pet(\"rex\")\n\tvar x fmt.Stringer = n\n\tk := keep(n)\n\tlist := []fmt.Stringer{n}\n\te := fmt.Stringer(n)\n\ts := n.String\n\tn = pet(\"tom\")\n\tfmt.Println(x.String(), k(), list[0].String(), e, s(), n.String())\n}", ""},
		step{"f()\nvar n Named = pet(\"rex\")\nvar x fmt.Stringer = n\nn = pet(\"tom\")\nfmt.Println(x, n)", "pet rex pet rex pet rex pet rex pet rex pet tom\npet rex pet tom\n"},
	)
}
