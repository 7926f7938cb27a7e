package check

import "testing"

// Channels of other directions or of a named type, and arrays of a named
// type, compare with ==, != and a switch's cases as in Go (mixedEqual,
// mixedCases): yaegi v0.16.1 alone refused them ("mismatched types") or
// failed converting the case to the tag's type, or matched no case of a
// type the tag converts to.
func TestMixedChanArrayCompare(t *testing.T) {
	runSteps(t,
		step{"k := make(chan int)\nvar ro <-chan int = k\nvar so chan<- int = k\nother := make(chan int)", ""},
		step{"fmt.Println(ro == k, k == ro, so != k, ro == nil, ro == other)", "true true false false false\n"},
		step{"type Pipe chan int\nvar p Pipe = k\nfmt.Println(p == k, k != p, p == other)", "true false false\n"},
		step{"type A [2]int\nvar a A\nfmt.Println(a == [2]int{}, [2]int{1} != a, a == A{0, 1})", "true true false\n"},
		step{"switch ro {\ncase other:\n\tfmt.Println(\"other\")\ncase k:\n\tfmt.Println(\"same\")\n}", "same\n"},
		step{"a[1] = 5\nswitch a {\ncase [2]int{}:\n\tfmt.Println(\"zero\")\ncase [2]int{0, 5}:\n\tfmt.Println(\"five\")\n}", "five\n"},
		step{"for _, c := range []<-chan int{other, ro, nil} {\n\tswitch k {\n\tcase nil:\n\t\tfmt.Println(\"nil\")\n\tcase other:\n\t\tfmt.Println(\"other\")\n\tcase c:\n\t\tfmt.Println(\"c\")\n\tdefault:\n\t\tfmt.Println(\"none\")\n\t}\n}", "none\nc\nnone\n"},
		step{"func isIn(c <-chan int, cs ...chan int) int {\n\tfor i, x := range cs {\n\t\tif x == c {\n\t\t\treturn i\n\t\t}\n\t}\n\treturn -1\n}\nfmt.Println(isIn(k, other, k), isIn(other, k))", "1 -1\n"},
	)
}
