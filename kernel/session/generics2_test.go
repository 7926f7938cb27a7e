package session

import "testing"

// Notebook generic types and functions of issue 13 (corpus 338–352).
func TestCellsGenericResultMethodLater(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"type Result[T any] struct {\n\tval T\n\terr error\n}\nfunc Ok[T any](v T) Result[T] { return Result[T]{val: v} }\nfunc Fail[T any](err error) Result[T] { return Result[T]{err: err} }\nfunc Collect[T any](rs []Result[T]) Result[[]T] {\n\tout := make([]T, 0, len(rs))\n\tfor _, r := range rs {\n\t\tif r.err != nil {\n\t\t\treturn Fail[[]T](r.err)\n\t\t}\n\t\tout = append(out, r.val)\n\t}\n\treturn Ok(out)\n}", ""},
		{"func (r Result[T]) String() string { return \"x\" }", ""},
	})
}

// %T of a value whose static type is an instance of a generic
// standard-library type (iter.Seq[[]int], made a copy by kernel/cell/mono)
// names the instance as Go does, not the copy's underlying func type.
func TestCellsFmtTypeOfStdlibInstance(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"iter\"\nfunc one[T any](v T) iter.Seq[T] {\n\treturn func(yield func(T) bool) { yield(v) }\n}", ""},
		{"fmt.Printf(\"%T %T\\n\", one([]int{1}), one(\"s\"))", "iter.Seq[[]int] iter.Seq[string]\n"},
	})
}

// A generic function of the notebook that calls iter.Pull with its own
// type parameter (a merge of two sorted sequences) is not handed to the
// interpreter, which lacks package iter: its copies for ints run.
func TestCellsGenericIterPull(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\"cmp\"; \"iter\"; \"slices\")\nfunc Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {\n\treturn func(yield func(T) bool) {\n\t\tna, sa := iter.Pull(a)\n\t\tdefer sa()\n\t\tnb, sb := iter.Pull(b)\n\t\tdefer sb()\n\t\tva, okA := na()\n\t\tvb, okB := nb()\n\t\tfor okA || okB {\n\t\t\tif okA && (!okB || va <= vb) {\n\t\t\t\tif !yield(va) {\n\t\t\t\t\treturn\n\t\t\t\t}\n\t\t\t\tva, okA = na()\n\t\t\t} else {\n\t\t\t\tif !yield(vb) {\n\t\t\t\t\treturn\n\t\t\t\t}\n\t\t\t\tvb, okB = nb()\n\t\t\t}\n\t\t}\n\t}\n}", ""},
		{"fmt.Println(slices.Collect(Merge(slices.Values([]int{1, 4}), slices.Values([]int{2, 3, 5}))))", "[1 2 3 4 5]\n"},
	})
}
