package check

import "testing"

// A struct type whose only field embeds an interface of a compiled
// package (the sort.Reverse pattern) converts to compiled interfaces,
// sorts, reads, prints, encodes and asserts back as in Go (yaegi v0.16.1
// panicked "reflect: StructOf does not support methods of embedded
// interfaces" converting it).
func TestStructEmbeddingOneCompiledInterface(t *testing.T) {
	runSteps(t,
		step{`import ("encoding/json"; "fmt"; "io"; "reflect"; "sort"; "strings")
type reverse struct{ sort.Interface }
func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }
type nopCloser struct {
	io.Reader ` + "`json:\"r\"`" + `
}
func (nopCloser) Close() error { return nil }`, ""},
		step{`xs := []int{3, 1, 2}
rs := []reverse{{sort.IntSlice(xs)}, {
	sort.StringSlice{"a", "b"},
}}
for _, r := range rs {
	sort.Sort(r)
}
p := &reverse{Interface: sort.IntSlice(xs)}
fmt.Println(xs, rs[1], p.Len(), sort.IsSorted(reverse{sort.IntSlice(xs)}))
fmt.Printf("%v %+v %#v\n", rs[0], rs[1], reverse{})
rt := reflect.TypeOf(rs[0])
fmt.Println(rt.NumField(), rt.Field(0).Name, rt)
b, err := json.Marshal(nopCloser{strings.NewReader("x")})
fmt.Println(string(b), err, reverse{} == reverse{nil})
var rc io.ReadCloser = nopCloser{strings.NewReader("abc")}
d, _ := io.ReadAll(rc)
_, ok := rc.(nopCloser)
fmt.Println(string(d), rc.Close(), ok)
switch rc.(type) {
case nopCloser:
	fmt.Println("nopCloser")
}`, "[3 2 1] {[b a]} 3 true\n{[3 2 1]} {Interface:[b a]} main.reverse{Interface:sort.Interface(nil)}\n" +
			"1 Interface main.reverse\n{\"r\":{}} <nil> true\nabc <nil> true\nnopCloser\n"},
	)
}
