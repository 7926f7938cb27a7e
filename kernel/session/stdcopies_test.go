package session

import "testing"

// A statement's variable of a standard-library generic type (copied for
// yaegi v0.16.1, which has none) in a cell whose statements run in a
// function (a loop, a block): declared ahead with the copy's name, not
// Go's spelling, which was a nil dereference (unique.Handle[string]) or
// "undefined selector sync/atomic.Pointer" before anything ran.
func TestStatementVarsOfStdGenericTypes(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"fmt\"\n\t\"sync/atomic\"\n\t\"unique\"\n)\ntype Config struct{ N int }", ""},
		{"if true {\n}\nh := unique.Make(\"go\")\nfmt.Println(h.Value())", "go\n"},
		{"for i := range 2 {\n\t_ = i\n}\nvar p atomic.Pointer[Config]\np.Store(&Config{3})\nfmt.Println(p.Load().N)", "3\n"},
		{"for i := range 2 {\n\t_ = i\n}\nq := &atomic.Pointer[Config]{}\nq.Store(&Config{4})\nfmt.Println(q.Load().N, p.Load().N, h.Value())", "4 3 go\n"},
		{"func load(p *atomic.Pointer[Config]) int { return p.Load().N }\nload(q)", "=> 4"},
	})
}
