package check

import "testing"

// A function of an earlier cell printing a value of a struct type that a
// later cell gives a String method: fmt calls it, as Go does.
func TestLaterStringerOfStruct(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype S struct{ N int }\nfunc get() S { return S{3} }\nfunc rep() string { return fmt.Sprintf(\"%+v|%v\", get(), get()) }", ""},
		step{"func (s S) String() string { return fmt.Sprint(\"n=\", s.N) }", ""},
		step{"fmt.Println(rep())\nfmt.Printf(\"%+v\\n\", get())", "n=3|n=3\nn=3\n"},
	)
}
