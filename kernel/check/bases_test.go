package check

import (
	"fmt"
	"strings"
	"testing"
)

// TestBasesRunOut: past the bases of a kind (rt's baseCount), a type
// with methods is yaegi's again, and assertions tell it from the others
// by yaegi's wrapper (rt.TypeName): an any holding one asserted to
// another of the kind, and a complex64 to it, as declared from a base
// they were.
func TestBasesRunOut(t *testing.T) {
	var decls strings.Builder
	for i := range 66 {
		fmt.Fprintf(&decls, "type Ovf%d complex64\nfunc (Ovf%d) M() int { return %d }\n", i, i, i)
	}
	runSteps(t,
		step{decls.String(), ""},
		step{`var a any = Ovf65(1)
_, other := a.(Ovf64)
_, own := a.(Ovf65)
var c any = complex64(1)
_, conv := c.(Ovf65)
fmt.Println(other, own, conv)`, "false true false\n"},
	)
}

// TestBasedDeclaredAfterUse: a type declared from a base later in the
// cell than a function that puts its constant in an interface keeps its
// type there (the base was reserved only when the walk reached the type:
// the constant was left to yaegi, which held the bare float64).
func TestBasedDeclaredAfterUse(t *testing.T) {
	runSteps(t,
		step{"func six() any { return Six }\ntype Later float64\nfunc (Later) M() {}\nconst Six Later = 6", ""},
		step{`fmt.Printf("%T %v\n", six(), six() == any(Later(6)))`, "main.Later true\n"},
	)
}
