package check

import "testing"

// Struct types of one name and fields that two functions declare are
// two types, as in Go: their values in an any are not equal, are two
// keys of a map[any], and each asserts only to its own (yaegi v0.16.1
// made them one reflect type, both tagged "item"). %T, reflection's name
// and a panic's message name each main.item. A type a function declares
// used as a map key, with fields of another such type, stays itself.
func TestLocalStructsOfOneName(t *testing.T) {
	runSteps(t,
		step{"import \"reflect\"\nfunc first() any {\n\ttype item struct{ N int }\n\treturn item{1}\n}\nfunc second() any {\n\ttype item struct{ N int }\n\treturn item{1}\n}\nfunc isFirst(x any) bool {\n\ttype item struct{ N int }\n\t_, ok := x.(item)\n\treturn ok\n}\nfunc grid() int {\n\ttype pt struct{ X, Y int }\n\ttype seg struct{ A, B pt }\n\tseen := map[pt]int{}\n\tfor _, s := range []seg{{pt{0, 0}, pt{1, 1}}, {pt{1, 1}, pt{2, 2}}} {\n\t\tseen[s.A]++\n\t\tseen[s.B]++\n\t}\n\treturn seen[pt{1, 1}]\n}", ""},
		step{"a, b := first(), second()\nm := map[any]int{a: 1, b: 2}\nfmt.Println(a == b, a == first(), len(m), isFirst(a), grid())\nfmt.Printf(\"%T %T %v %s\\n\", a, b, a, reflect.TypeOf(a).Name())",
			"false true 2 false 2\nmain.item main.item {1} item\n"},
	)
}

// A notebook array type's value and an array of the same elements are
// unequal through any (type Key [2]string: any(Key{"a", "b"}) is not
// any([2]string{"a", "b"})), and equal to their own kind. (Two any
// variables, one holding the array, still compare equal: a bare array
// in an any may be a Key that went through compiled code.)
func TestNamedArrayNotItsArray(t *testing.T) {
	runSteps(t,
		step{"type Key [2]string", ""},
		step{"var a, b any = Key{\"a\", \"b\"}, [2]string{\"a\", \"b\"}\nfmt.Println(a == any([2]string{\"a\", \"b\"}), any(Key{\"a\", \"b\"}) == any([2]string{\"a\", \"b\"}), a == any(Key{\"a\", \"b\"}), b == any([2]string{\"a\", \"b\"}))", "false false true true\n"},
	)
}
