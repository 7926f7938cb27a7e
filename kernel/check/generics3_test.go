package check

import "testing"

// A method a later cell declares on a generic type of an earlier cell is
// a method of a variable of an instance made before it.
func TestGenericMethodLaterOnOldValue(t *testing.T) {
	runSteps(t,
		step{"type Box[T any] struct{ xs []T }\nfunc (b *Box[T]) Add(x T) { b.xs = append(b.xs, x) }", ""},
		step{"b := &Box[string]{}\nb.Add(\"a\")", ""},
		step{"func (b *Box[T]) Len() int { return len(b.xs) }", ""},
		step{"fmt.Println(b.Len())", "1\n"},
		step{"func (b Box[T]) String() string { return fmt.Sprint(len(b.xs), \" items\") }", ""},
		step{"fmt.Println(*b, b.Len())\nvar s fmt.Stringer = b\nfmt.Println(s)", "1 items 1\n1 items\n"},
	)
}

func TestGenericMethodLaterNewValue(t *testing.T) {
	runSteps(t,
		step{"type Box[T any] struct{ xs []T }\nfunc (b *Box[T]) Add(x T) { b.xs = append(b.xs, x) }", ""},
		step{"b := &Box[string]{}\nb.Add(\"a\")", ""},
		step{"func (b *Box[T]) Len() int { return len(b.xs) }", ""},
		step{"c := &Box[string]{}\nc.Add(\"x\")\nfmt.Println(c.Len())\nfmt.Println(b.Len())", "1\n1\n"},
	)
}

func TestPlainMethodLater(t *testing.T) {
	runSteps(t,
		step{"type Box struct{ xs []int }\nfunc (b *Box) Add(x int) { b.xs = append(b.xs, x) }", ""},
		step{"b := &Box{}\nb.Add(1)", ""},
		step{"func (b *Box) Len() int { return len(b.xs) }", ""},
		step{"fmt.Println(b.Len())", "1\n"},
	)
}
