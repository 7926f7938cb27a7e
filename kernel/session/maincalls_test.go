package session

import "testing"

// A panic a compiled function raised (strings.Repeat's negative count)
// in a cell's func main that calls it in two of its statements names the
// line of the call in the statement that was running.
func TestPanicLineCompiledRaiserInMainStatement(t *testing.T) {
	s := New(richOpts())
	panicCells(t, s, "import (\n\t\"fmt\"\n\t\"strings\"\n)", []panicCase{
		{"func main() {\n\tn := 2\n\tfmt.Println(strings.Repeat(\"ab\", n))\n\tn -= 5\n\tfmt.Println(strings.Repeat(\"ab\", n))\n}", []string{
			"panic: strings: negative Repeat count", "Cell In[2], line 5, in main", "Cell In[2]"}},
	})
}

// A cell function that the copy of a generic function of a package
// (kernel/cell/mono's slices.SortFunc, whose frame is no frame of the
// notebook's) called: the caller's frame names its call of that
// function, in main the one in the statement that was running.
func TestPanicLineThroughPackageCopy(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"cmp\"\n\t\"fmt\"\n\t\"slices\"\n)\n\ntype Item struct {\n\tName  string\n\tPrice *float64\n}\n\nfunc byPrice(a, b Item) int { return cmp.Compare(*a.Price, *b.Price) }"
	panicCells(t, s, decls, []panicCase{
		{"func main() {\n\tp1, p2 := 2.5, 1.0\n\titems := []Item{{\"a\", &p1}, {\"b\", &p2}}\n\tslices.SortFunc(items, byPrice)\n\tfmt.Println(items[0].Name)\n\titems = append(items, Item{Name: \"c\"})\n\tslices.SortFunc(items, byPrice)\n}", []string{
			"panic: runtime error: invalid memory address or nil pointer dereference", "Cell In[1], line 12, in byPrice", "Cell In[2], line 7, in main", "Cell In[2]", "(yaegi: reflect: call of reflect.Value.IsZero on zero Value)"}},
	})
}
