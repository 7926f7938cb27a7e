package check

import "testing"

// A body that defers a call and returns at several places stores a mark
// of each before it (a return statement, the closing brace it can end
// at) in the variable of Config.ExitMarker (ExitMark); one that defers
// nothing, or returns at one place, stores none. The marked body runs as
// before: labels, cases, bare returns of named results.
func TestExitMarkers(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      map[int][]int // line of the lowered source: the lines its marks name
		calls     string        // statements run after the declarations
		out       string
	}{
		{"two returns", "func f(k int) (n int) {\n\tdefer func() { n *= 10 }()\n\tif k < 0 {\n\t\treturn 0\n\t}\n\tn = k\n\treturn\n}",
			map[int][]int{4: {4}, 7: {7}}, "fmt.Println(f(-1), f(2))", "0 20\n"},
		{"closing brace", "func f(ks []int, out *[]int) {\n\tdefer func() { *out = append(*out, -1) }()\n\tfor _, k := range ks {\n\t\tswitch {\n\t\tcase k < 0:\n\t\t\treturn\n\t\t}\n\t\t*out = append(*out, k)\n\t}\n}",
			map[int][]int{6: {6}, 10: {10}}, "var a, b []int\nf([]int{1, -1, 2}, &a)\nf([]int{3}, &b)\nfmt.Println(a, b)", "[1 -1] [3 -1]\n"},
		{"label", "func f(k int) int {\n\tdefer func() {}()\n\tif k > 0 {\n\t\tgoto L\n\t}\n\treturn 0\nL:\n\treturn k\n}",
			map[int][]int{6: {6}, 8: {8}}, "fmt.Println(f(1), f(0))", "1 0\n"},
		{"one return", "func f(k int) int {\n\tdefer func() {}()\n\treturn k\n}", nil, "fmt.Println(f(3))", "3\n"},
		{"no defer", "func f(k int) int {\n\tif k > 0 {\n\t\treturn 1\n\t}\n\treturn 0\n}", nil, "fmt.Println(f(3))", "1\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			nb := newNotebook(t)
			nb.c.cfg.ExitMarker = "gofuturesmk"
			if _, err := nb.in.Eval("var gofuturesmk int"); err != nil {
				t.Fatal(err)
			}
			l, got, tags := lastMarked(t, nb, c.src)
			if !mapsEqual(got, c.want) {
				t.Errorf("marks %v, want %v in\n%s", got, c.want, l.Src)
			}
			if c.want != nil && (len(tags) != 1 || !tags[l.ExitMark]) {
				t.Errorf("tags %v, ExitMark %d", tags, l.ExitMark)
			}
			if c.want == nil && l.ExitMark != 0 {
				t.Errorf("ExitMark %d of a body without exit marks", l.ExitMark)
			}
			nb.steps(t, step{"import \"fmt\"\n\n" + c.src, ""}, step{c.calls, c.out})
		})
	}
}
