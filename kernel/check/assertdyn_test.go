package check

import "testing"

// A failed assertion of an interface holding a pointer to a notebook
// struct with methods names *main.Sq, as Go does: it named yaegi's
// interp.valueInterface.
func TestAssertFailedNamesPointer(t *testing.T) {
	runStepsNoFrames(t, step{`type Rect struct{ W int }
type Sq struct{ S int }
func (s *Sq) Area() int { return s.S * s.S }
func try(a any) {
	defer func() { fmt.Println(recover()) }()
	_ = a.(Rect)
}
try(&Sq{2})
try(Sq{2})
try(&Rect{1})`, "interface conversion: interface {} is *main.Sq, not main.Rect\ninterface conversion: interface {} is main.Sq, not main.Rect\ninterface conversion: interface {} is *main.Rect, not main.Rect\n"})
}

// The same for an assertion to an interface the pointer's type lacks a
// method of.
func TestAssertMissingNamesPointer(t *testing.T) {
	runStepsNoFrames(t, step{`type Namer interface{ Name() string }
type Sq struct{ S int }
func (s *Sq) Area() int { return s.S * s.S }
func try(a any) {
	defer func() { fmt.Println(recover()) }()
	_ = a.(Namer)
}
try(&Sq{2})`, "interface conversion: *main.Sq is not main.Namer: missing method Name\n"})
}
