package check

import "testing"

// Package unsafe in cells as in Go: Sizeof, Alignof and Offsetof are
// gc's constants (also in a constant declaration), String, StringData,
// Slice, SliceData and Add work on the cell's values and types, with the
// runtime's panics, and unsafe.Pointer converts between pointer types
// and uintptr.
func TestUnsafeCalls(t *testing.T) {
	runSteps(t,
		step{"import (\"fmt\"; \"unsafe\")\ntype H struct { F bool; C int32; N string }\ntype P struct{ X, Y int32 }", ""},
		step{"fmt.Println(unsafe.Sizeof(H{}), unsafe.Alignof(int64(0)), unsafe.Offsetof(H{}.N), unsafe.Sizeof([]H{}))", "24 8 8 24\n"},
		step{"const size = unsafe.Sizeof(H{})\nvar arr [size]byte\nfmt.Println(len(arr))", "24\n"},
		step{"b := []byte(\"hello\")\ns := unsafe.String(&b[0], len(b))\nfmt.Println(s, *unsafe.StringData(s))", "hello 104\n"},
		step{"ps := []P{{1, 2}, {3, 4}}\nq := unsafe.Slice(&ps[0], 2)\nq[1].Y = 9\nfmt.Println(ps, *unsafe.SliceData(ps), len(unsafe.Slice((*P)(nil), 0)), unsafe.SliceData([]P(nil)) == nil)", "[{1 2} {3 9}] {1 2} 0 true\n"},
		step{"f := 1.5\nbits := *(*uint64)(unsafe.Pointer(&f))\nfmt.Printf(\"%x\\n\", bits)\np := unsafe.Pointer(&ps[0])\np2 := (*P)(unsafe.Add(p, unsafe.Sizeof(P{})))\nfmt.Println(*p2, uintptr(unsafe.Pointer(p2))-uintptr(p))", "3ff8000000000000\n{3 9} 8\n"},
		step{"n := int8(-1)\nfunc() { defer func() { fmt.Println(recover()) }(); _ = unsafe.String(&b[0], n) }()\n" +
			"func() { defer func() { fmt.Println(recover()) }(); _ = unsafe.Slice((*int)(nil), 1) }()\n" +
			"func() { defer func() { fmt.Println(recover()) }(); _ = unsafe.Slice(&ps[0], n) }()",
			"runtime error: unsafe.String: len out of range\nruntime error: unsafe.Slice: ptr is nil and len is not zero\nruntime error: unsafe.Slice: len out of range\n"},
	)
}

// A notebook variable named after a builtin the lowering's code calls or
// spells (len, cap, new, delete, panic, append) leaves that code working: checks of indexes and
// slices in functions declared after it, and types declared after it.
func TestBuiltinNamedVariables(t *testing.T) {
	runStepsNoFrames(t,
		step{"import \"fmt\"\ncap := 10\nlen := 3\nnew := fmt.Sprint(\"n\")", ""},
		step{"type P struct{ X int }\nfunc tail(xs []int, i int) []int { return xs[i:] }\nfunc at(xs []int, i int) int { return xs[i] }\n" +
			"fmt.Println(tail([]int{1, 2, 3}, 1), at([]int{4, 5}, 1), cap, len, new, P{2})\n" +
			"func() { defer func() { fmt.Println(recover()) }(); at([]int{1}, 2) }()",
			"[2 3] 5 10 3 n {2}\nruntime error: index out of range [2] with length 1\n"},
		// delete, panic and append: a clear of a map, a failed assertion,
		// errors.As through wrapped errors
		step{"delete := true\npanic := \"p\"\nappend := []string{\"a\"}", ""},
		step{"import \"errors\"\ntype E struct{ c int }\nfunc (e *E) Error() string { return fmt.Sprint(\"e\", e.c) }\n" +
			"m := map[string]int{\"k\": 1}\nclear(m)\nvar pe *E\nerr := fmt.Errorf(\"w: %w\", errors.Join(errors.New(\"x\"), &E{2}))\n" +
			"fmt.Println(len, m, errors.As(err, &pe), pe.c, delete, panic, append)\nvar x any = 3\n" +
			"func() { defer func() { fmt.Println(recover()) }(); _ = x.(fmt.Stringer) }()",
			"3 map[] true 2 true p [a]\ninterface conversion: int is not fmt.Stringer: missing method String\n"},
		// the text of a literal is no call of theirs
		step{"x := \"a \" + \"panic(b) len(c) delete(d)\"\nfunc lit() string { return \"c \" + `panic(d)` }\nfmt.Println(x, lit(), 'p')", "a panic(b) len(c) delete(d) c panic(d) 112\n"},
	)
}
