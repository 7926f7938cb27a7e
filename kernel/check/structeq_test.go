package check

import "testing"

// Structs and arrays with fields of a notebook interface compare by what
// the fields hold, in ==, != and a switch's cases (ifaceFields); a dynamic
// type that is not comparable panics as in Go.
func TestStructWithInterfaceFieldsEqual(t *testing.T) {
	runSteps(t,
		step{"type Node interface{ V() int }\ntype Num int\nfunc (n Num) V() int { return int(n) }\ntype Bin struct {\n\tOp byte\n\tL, R Node\n}\nfunc (b Bin) V() int { return b.L.V() + b.R.V() }", ""},
		step{"var n Node = Bin{'+', Num(1), Num(2)}\nb := Bin{'+', Num(1), Num(2)}\nfmt.Println(n == Bin{'+', Num(1), Num(2)}, b == Bin{'+', Num(1), Num(2)}, b != Bin{'+', Num(1), Num(3)}, n == b)", "true true true true\n"},
		step{"switch b {\ncase Bin{'+', Num(1), Num(3)}:\n\tfmt.Println(3)\ncase Bin{'+', Num(1), Num(2)}:\n\tfmt.Println(2)\ndefault:\n\tfmt.Println(\"none\")\n}", "2\n"},
		step{"a1, a2 := [2]Node{Num(1), nil}, [2]Node{Num(1), nil}\nfmt.Println(a1 == a2, a1 == [2]Node{nil, Num(1)})", "true false\n"},
		step{"type W struct {\n\tA [2]Node\n\tS string\n}\nw1, w2 := W{[2]Node{Num(1), Num(2)}, \"x\"}, W{[2]Node{Num(1), Num(2)}, \"x\"}\nfmt.Println(w1 == w2, w1 != w2, w1 == W{S: \"x\"})", "true false false\n"},
		step{"type E struct {\n\tV any\n\tN Node\n}\nfmt.Println(E{Num(1), Num(2)} == E{Num(1), Num(2)}, E{b, nil} == E{b, nil}, E{1, nil} == E{Num(1), nil})", "true true false\n"},
		step{"defer func() { fmt.Println(recover()) }()\nfmt.Println(E{[]int{1}, nil} == E{[]int{1}, nil})", "runtime error: comparing uncomparable type []int\n"},
	)
}
