package check

import "testing"

// Assertions on a nil value of an interface a cell declares: the
// comma-ok forms report false, the others panic with Go's runtime error
// (yaegi v0.16.1 crashed the cell: "reflect: call of reflect.Value.Type
// on zero Value", or recovered a nil pointer dereference).
func TestAssertNilCellInterface(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() float64 }\ntype Namer interface{ Name() string }\ntype Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s }\nfunc try(f func()) {\n\tdefer func() { fmt.Println(recover()) }()\n\tf()\n}", ""},
		step{"var none Shape\n_, ok1 := none.(Shape)\n_, ok2 := none.(Namer)\nq, ok3 := none.(Sq)\nfmt.Println(ok1, ok2, ok3, q)\ntry(func() { _ = none.(Sq) })\ntry(func() { _ = none.(Namer) })", "false false false {0}\n6:71: panic: main.func.func.func.func(...)\n6:18: panic: main.func.func.func(...)\ninterface conversion: main.Shape is nil, not main.Sq\n" +
			"7:74: panic: main.func.func.func.func(...)\n7:18: panic: main.func.func.func(...)\ninterface conversion: interface is nil, not main.Namer\n"},
	)
}

// An assertion to an interface a cell declares of a value that does not
// implement it panics with Go's message, naming the missing method
// (yaegi v0.16.1 let it pass).
func TestAssertMissingMethod(t *testing.T) {
	runSteps(t,
		step{"type Shape interface{ Area() float64 }\ntype Namer interface{ Name() string; Area() float64 }\ntype Sq struct{ s float64 }\nfunc (q Sq) Area() float64 { return q.s }\nfunc try(s any) (r any) {\n\tdefer func() { r = recover() }()\n\t_ = s.(Namer)\n\treturn nil\n}", ""},
		step{"fmt.Println(try(Sq{1}))\nfmt.Println(try(3))", "43:58: panic: main.try.func.func(...)\ninterface conversion: main.Sq is not main.Namer: missing method Name\n" +
			"43:58: panic: main.try.func.func(...)\ninterface conversion: int is not main.Namer: missing method Area\n"},
	)
}

// x.(I) of a nil value, I an interface of the standard library (error,
// fmt.Stringer), implemented by a cell type or not, panics with Go's runtime error, a
// *runtime.TypeAssertionError (yaegi v0.16.1 panicked in reflect: a nil
// pointer dereference once recovered).
func TestAssertNilToCompiledInterface(t *testing.T) {
	runStepsNoFrames(t,
		step{"import \"runtime\"\nfunc try(f func()) {\n\tdefer func() {\n\t\tr := recover()\n\t\t_, ok := r.(runtime.Error)\n\t\tfmt.Printf(\"%v %v %T\\n\", r, ok, r)\n\t}()\n\tf()\n}", ""},
		step{"type E struct{}\nfunc (E) Error() string { return \"E\" }\nvar r any\nvar err error\ntry(func() { _ = r.(error) })\ntry(func() { s := err.(fmt.Stringer); fmt.Println(s) })\ntry(func() { fmt.Println(any(3).(error)) })",
			"interface conversion: interface is nil, not error true *runtime.TypeAssertionError\ninterface conversion: interface is nil, not fmt.Stringer true *runtime.TypeAssertionError\ninterface conversion: int is not error: missing method Error true *runtime.TypeAssertionError\n"},
	)
}
