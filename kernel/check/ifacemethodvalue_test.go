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

// An error made of a value of an interface a cell declares (type AppErr
// interface { error; Code() int }) holds the notebook type the interface
// held: asserted, switched on, errors.As and errors.Is find it, also
// returned from a function whose result is an error (yaegi v0.16.1's
// error held the interface's wrapper: err.(nf) was false, errors.As
// into an AppErr left it nil).
func TestCellInterfaceToError(t *testing.T) {
	runSteps(t,
		step{"import \"errors\"\ntype AppErr interface {\n\terror\n\tCode() int\n}\ntype nf struct{ key string }\nfunc (e nf) Error() string { return \"not found: \" + e.key }\nfunc (e nf) Code() int { return 404 }\ntype bad struct{}\nfunc (*bad) Error() string { return \"bad\" }\nfunc (*bad) Code() int { return 400 }\nfunc find(k string) error {\n\tvar e AppErr = nf{k}\n\tif k == \"\" {\n\t\te = &bad{}\n\t}\n\treturn e\n}", ""},
		step{"var a AppErr = nf{\"y\"}\nvar err error = a\nvar ae AppErr\nvar n nf\n_, ok := err.(nf)\nfmt.Println(errors.As(err, &ae), ae.Code(), errors.As(err, &n), n.key, ok, errors.Is(err, nf{\"y\"}))\nswitch e := find(\"\").(type) {\ncase *bad:\n\tfmt.Println(\"bad\", e.Code())\ndefault:\n\tfmt.Println(\"other\", e)\n}\nfmt.Println(errors.As(fmt.Errorf(\"w: %w\", find(\"q\")), &ae), ae)\nvar none AppErr\nvar e4 error = none\nfmt.Println(e4 == nil, e4)",
			"true 404 true y true true\nbad 400\ntrue not found: q\ntrue <nil>\n"},
	)
}

// A method value of a nil interface value panics when it is made, as
// Go's does (a nil pointer dereference), not when it is called: of a
// compiled interface, of one a cell declares, and promoted from an
// embedded nil interface field.
func TestNilInterfaceMethodValuePanics(t *testing.T) {
	runStepsNoFrames(t,
		step{"type Shape interface{ Area() float64 }\ntype Tile struct{ Shape }\nfunc try(f func()) { defer func() { fmt.Println(recover()) }(); f() }", ""},
		step{"try(func() { var s fmt.Stringer; f := s.String; fmt.Println(\"made\"); _ = f })\ntry(func() { var sh Shape; f := sh.Area; fmt.Println(\"made\"); _ = f })\ntry(func() { t := Tile{}; f := t.Area; fmt.Println(\"made\"); _ = f })",
			"runtime error: invalid memory address or nil pointer dereference\nruntime error: invalid memory address or nil pointer dereference\nruntime error: invalid memory address or nil pointer dereference\n"},
	)
}
