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
