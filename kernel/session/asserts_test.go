package session

import "testing"

// x.(I) of a nil interface value panics with Go's runtime error, to an
// interface of compiled code as to a cell's (yaegi v0.16.1: a nil
// dereference, "reflect: call of reflect.Value.Type on zero Value").
func TestNilInterfaceAssertPanics(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\ntype Shape interface{ Area() float64 }", ""},
		{"var r any\ndefer func() { fmt.Println(recover()) }()\n_ = r.(Shape)", "interface conversion: interface is nil, not main.Shape\n"},
		{"var r any\ndefer func() { fmt.Println(recover()) }()\n_ = r.(error)", "interface conversion: interface is nil, not error\n"},
		{"var e error\n_ = e.(fmt.Stringer)", "error: panic: interface conversion: interface is nil, not fmt.Stringer"},
	})
}
