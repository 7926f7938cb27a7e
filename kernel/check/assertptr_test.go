package check

import "testing"

// A value of a cell type whose method has a pointer receiver does not
// implement the interface of that method, as in Go: a type switch takes
// the default, a comma-ok assertion fails, a plain one panics with Go's
// message; the pointer asserts. Also for an instance of a generic type
// (yaegi v0.16.1 asserted the value, and the type switch panicked in
// reflect.Set).
func TestAssertPointerReceiverOnly(t *testing.T) {
	runStepsNoFrames(t,
		step{"type N2 struct{ Name string }\nfunc (n *N2) String() string { return n.Name }\ntype Named[T any] struct{ V T }\nfunc (n *Named[T]) String() string { return fmt.Sprint(n.V) }", ""},
		step{"func d(x any) string {\n\tswitch v := x.(type) {\n\tcase fmt.Stringer:\n\t\treturn \"stringer \" + v.String()\n\t}\n\treturn fmt.Sprintf(\"other %T\", x)\n}\nfmt.Println(d(N2{\"a\"}), d(&N2{\"b\"}), d(Named[int]{1}), d(&Named[int]{2}))\nvar x any = N2{\"c\"}\ns, ok := x.(fmt.Stringer)\nfmt.Println(s, ok)\nfunc() {\n\tdefer func() { fmt.Println(recover()) }()\n\t_ = x.(fmt.Stringer)\n}()",
			"other main.N2 stringer b other main.Named[int] stringer 2\n<nil> false\ninterface conversion: main.N2 is not fmt.Stringer: missing method String\n"},
	)
}

// A value of an instance of a generic type asserts to an instance of a
// generic interface it implements (a type switch's case Getter[int]),
// whether the cell made the instance (through a generic function's
// result) or an earlier one did; and to a plain interface from a later
// cell (the copy of the instance implements none of them: its methods
// name copies, mainꞏBoxꞏint, where the interface names Box[int]).
func TestAssertGenericInstancesToInterfaces(t *testing.T) {
	runStepsNoFrames(t,
		step{"type Box[T any] struct{ v T }\ntype Getter[T any] interface{ Get() Box[T] }\ntype Holder[T any] struct{ b Box[T] }\nfunc (h *Holder[T]) Get() Box[T] { return h.b }\nfunc (h *Holder[T]) Len() int { return 1 }\nfunc NewHolder[T any](v T) *Holder[T] { return &Holder[T]{Box[T]{v}} }\ntype Sized interface{ Len() int }", ""},
		step{"h := NewHolder(3)\nvar x any = h\nswitch g := x.(type) {\ncase Getter[string]:\n\tfmt.Println(\"string\", g.Get())\ncase Getter[int]:\n\tfmt.Println(\"int\", g.Get())\n}\n_, ok := x.(Sized)\nfmt.Println(ok)", "int {3}\ntrue\n"},
		step{"_, ok = x.(Getter[int])\n_, ok2 := x.(Sized)\nfmt.Println(ok, ok2)", "true true\n"},
	)
}
