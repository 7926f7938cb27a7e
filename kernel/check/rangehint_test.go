package check

import "testing"

// Ranging over a value whose method All (or Values) returns an iterator,
// as executor's AsCompleted and MapIter give, names that method.
func TestRangeHint(t *testing.T) {
	runSteps(t,
		step{"type Bag struct{ xs []int }\nfunc (b *Bag) All() func(func(int) bool) {\n\treturn func(yield func(int) bool) {\n\t\tfor _, x := range b.xs {\n\t\t\tif !yield(x) {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}\n}\ntype Plain struct{}", ""},
		step{"b := &Bag{[]int{1, 2}}\nfor x := range b.All() {\n\tfmt.Print(x)\n}\nfmt.Println()", "12\n"},
		step{"for x := range b {\n\t_ = x\n}", "error: 1:16: cannot range over b (variable of type *Bag); its method All returns an iterator: range over b.All()"},
		step{"for x := range (Plain{}) {\n\t_ = x\n}", "error: 1:16: cannot range over (Plain{}) (value of struct type Plain)"},
	)
}
