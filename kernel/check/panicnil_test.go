package check

import "testing"

// panic with a nil interface value (the literal nil, or a variable of an
// interface type holding nil) is recovered as a *runtime.PanicNilError,
// as Go 1.21 on does (yaegi v0.16.1's recover returned nil); a non-nil
// value of an interface type is recovered as itself.
func TestPanicNilRecovered(t *testing.T) {
	runStepsNoFrames(t,
		step{"func try(f func()) { defer func() { r := recover(); fmt.Printf(\"%T %v\\n\", r, r) }(); f() }", ""},
		step{"try(func() { panic(nil) })", "*runtime.PanicNilError panic called with nil argument\n"},
		step{"var err error\ntry(func() { panic(err) })", "*runtime.PanicNilError panic called with nil argument\n"},
		step{"var box any\ntry(func() { panic(box) })", "*runtime.PanicNilError panic called with nil argument\n"},
		step{"type Shape interface{ Area() int }\nvar s Shape\ntry(func() { panic(s) })", "*runtime.PanicNilError panic called with nil argument\n"},
		step{"err = errors.New(\"set\")\ntry(func() { panic(err) })", "*errors.errorString set\n"},
		step{"box = 7\ntry(func() { panic(box) })", "int 7\n"},
		step{"func g() (msg string) { defer func() { var pe *runtime.PanicNilError; msg = fmt.Sprint(errors.As(recover().(error), &pe)) }(); panic(nil) }\ng()", "=> true"},
	)
}

// A method called on a nil interface value panics with Go's nil
// dereference, a runtime.Error (yaegi v0.16.1 panics with reflect's
// string "reflect: Method on nil interface value").
func TestMethodOnNilInterfaceRecovered(t *testing.T) {
	runStepsNoFrames(t,
		step{"func try(f func()) { defer func() { r := recover(); _, ok := r.(runtime.Error); fmt.Println(ok, r) }(); f() }", ""},
		step{"var err error\ntry(func() { _ = err.Error() })", "true runtime error: invalid memory address or nil pointer dereference\n"},
		step{"type Shape interface{ Area() int }\nvar s Shape\ntry(func() { fmt.Println(s.Area()) })", "true runtime error: invalid memory address or nil pointer dereference\n"},
	)
}

// A field promoted through a nil embedded pointer panics with Go's nil
// dereference, a runtime.Error (yaegi v0.16.1 panics with reflect's
// string "reflect: indirection through nil pointer to embedded struct").
func TestPromotedFieldThroughNilEmbeddedRecovered(t *testing.T) {
	runStepsNoFrames(t,
		step{"func try(f func()) { defer func() { r := recover(); _, ok := r.(runtime.Error); fmt.Println(ok, r) }(); f() }\ntype Inner struct{ V int }\ntype Outer struct {\n\t*Inner\n\tName string\n}", ""},
		step{"var o Outer\ntry(func() { fmt.Println(o.V) })\ntry(func() { o.V = 3 })", "true runtime error: invalid memory address or nil pointer dereference\ntrue runtime error: invalid memory address or nil pointer dereference\n"},
	)
}
