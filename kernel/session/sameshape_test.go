package session

import (
	"fmt"
	"testing"
)

// Types a cell declares with one underlying type are as many types as Go
// has: yaegi v0.16.1 made them one to reflection, so a *Denied asserted
// to *NotFound, errors.As took one for the other and a Fahrenheit in a
// fmt.Stringer printed with Celsius's String. (The outputs are go run's.)
func TestSameShapeTypes(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\"errors\"; \"fmt\")\ntype Celsius float64\ntype Fahrenheit float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\nfunc (f Fahrenheit) String() string { return fmt.Sprintf(\"%.1f°F\", float64(f)) }\ntype Color int\ntype Weekday int\nfunc (c Color) String() string { return [...]string{\"red\", \"green\"}[c] }\nfunc (d Weekday) String() string { return [...]string{\"Sun\", \"Mon\"}[d] }\ntype NotFound struct{ Name string }\ntype Denied struct{ Name string }\nfunc (e *NotFound) Error() string { return e.Name + \" not found\" }\nfunc (e *Denied) Error() string { return e.Name + \" denied\" }\nfunc find(n string) error { if n == \"x\" { return &Denied{n} }; return &NotFound{n} }\nvar _ = errors.New", ""},
		{"fmt.Println([]fmt.Stringer{Celsius(1), Fahrenheit(2)}, []any{Color(1), Weekday(1)})\nvar s fmt.Stringer = Fahrenheit(3)\nfmt.Println(s)\nfmt.Printf(\"%v %T\\n\", any(Weekday(1)), any(Weekday(0)))",
			"[1.0°C 2.0°F] [green Mon]\n3.0°F\nMon main.Weekday\n"},
		{"err := find(\"x\")\nvar nf *NotFound\nvar dn *Denied\nfmt.Println(errors.As(err, &nf), errors.As(err, &dn), err)\n_, isNF := err.(*NotFound)\nswitch err.(type) {\ncase *NotFound:\n\tfmt.Println(\"not found\")\ncase *Denied:\n\tfmt.Println(\"denied\")\n}\nfmt.Printf(\"%v %T %T\\n\", isNF, err, find(\"y\"))",
			"false true x denied\ndenied\nfalse *main.Denied *main.NotFound\n"},
		{"type Point struct{ X, Y int }\ntype Vec struct{ X, Y int }\nvar q Point = struct{ X, Y int }{3, 4}\np := Point{1, 2}\nfmt.Println(any(p) == any(Vec(p)), any(p) == any(Point{1, 2}), q)\nswitch any(Vec{}).(type) {\ncase Point:\n\tfmt.Println(\"point\")\ncase Vec:\n\tfmt.Println(\"vec\")\n}",
			"false true {3 4}\nvec\n"},
	})
}

// Completion offers a struct type's own members, not the field the
// lowering gives a type declared without fields (X_ to reflection).
func TestEmptyStructMembers(t *testing.T) {
	s := runCells(t, richOpts(), []cellCase{{"type Dog struct{}\nfunc (Dog) Bark() string { return \"w\" }\nd := Dog{}", ""}})
	if got := fmt.Sprint(s.Members()["d"]); got != "[Bark]" {
		t.Errorf("members of d: %s, want [Bark]", got)
	}
}

// Completion and inspection learn the predeclared type of a variable too
// (an int has no members; the notebook's methods are not offered).
func TestPredeclaredVarTypes(t *testing.T) {
	s := runCells(t, richOpts(), []cellCase{{"n := 3\nvar e error\nerr := e\nname := \"x\"\nq := &n", ""}})
	for v, want := range map[string]string{"n": "int", "name": "string", "q": "int", "err": "error"} {
		if got := s.Types()[v]; got != want {
			t.Errorf("type of %s: %q, want %q", v, got, want)
		}
	}
}

// (yaegi's reflection calls a Celsius a float64: the checker tells.)
func TestPredeclaredVarTypesNamed(t *testing.T) {
	s := runCells(t, richOpts(), []cellCase{{"type Celsius float64\nfunc (c Celsius) Warm() bool { return c > 20 }\nc := Celsius(3)\nvar d Celsius = 4\ne := d", ""}})
	for _, v := range []string{"c", "e"} {
		if got, ms := s.Types()[v], fmt.Sprint(s.Members()[v]); got != "Celsius" || ms != "[Warm]" {
			t.Errorf("type of %s: %q %s, want Celsius [Warm]", v, got, ms)
		}
	}
}
