package check

import "testing"

// A range over a composite literal of channels ([]chan int{a, b}) and
// over a map of channels runs as in Go (rangeChans): yaegi v0.16.1 alone
// failed both ("reflect.Value.Len on int Value", "invalid memory
// address"); the pipeline's channels are closed in a loop over them.
func TestRangeChanLiteralsAndMaps(t *testing.T) {
	runSteps(t,
		step{"k := make(chan int, 1)\nother := make(chan int, 1)", ""},
		step{"for i, c := range []chan int{other, k} {\n\tc <- i * 10\n}\nfmt.Println(<-other, <-k)", "0 10\n"},
		step{"func f() {\n\tfor _, c := range [2]<-chan int{1: k} {\n\t\tfmt.Println(c == nil)\n\t}\n}\nf()", "true\nfalse\n"},
		step{"m := map[string]chan int{\"a\": other, \"b\": k}\nn := 0\nfor name, c := range m {\n\tc <- len(name)\n\tn++\n}\nfor _, c := range map[int]chan int{1: other} {\n\tfmt.Println(<-c, n)\n}\nfmt.Println(<-k)", "1 2\n1\n"},
		step{"for _, c := range []chan int{other, k} {\n\tclose(c)\n}\n_, ok := <-k\nfmt.Println(ok)", "false\n"},
	)
}
