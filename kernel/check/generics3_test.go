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

// A later cell's methods on a generic type that another generic type
// embeds: the embedding instance's copy and the embedded one are made
// once each in the cell that uses both.
func TestGenericEmbeddedMethodLater(t *testing.T) {
	runSteps(t,
		step{"type Set[T comparable] map[T]struct{}\nfunc SetOf[T comparable](xs ...T) Set[T] {\n\ts := Set[T]{}\n\tfor _, x := range xs {\n\t\ts[x] = struct{}{}\n\t}\n\treturn s\n}\nfunc (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }\ntype Inv[T comparable] struct {\n\tSet[T]\n\tName string\n}", ""},
		step{"inv := Inv[int]{SetOf(1, 2), \"main\"}\nfmt.Println(inv.Has(1))", "true\n"},
		step{"func (s Set[T]) Len() int { return len(s) }", ""},
		step{"fmt.Println(inv.Len(), SetOf(3).Len())", "2 1\n"},
	)
}
