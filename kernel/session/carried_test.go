package session

import "testing"

// A panic of a cell type's MarshalJSON, which json lets through (the
// lowering's Table recovers it and rt raises it again), has the method's
// frame, at the line of its kind's one site, its caller's at its call
// of json.Marshal (the only call of it, among calls that may call
// back), and Go's "[recovered, repanicked]": json recovers it and
// panics again with its value.
func TestPanicCarriedMarshalerFrames(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"encoding/json\"\n\t\"fmt\"\n)\n\ntype Stat struct{ Total, Count int }\n\nfunc (s Stat) MarshalJSON() ([]byte, error) {\n\treturn []byte(fmt.Sprint(s.Total / s.Count)), nil\n}\n\nfunc dump(v any) {\n\tb, err := json.Marshal(v)\n\tif err != nil {\n\t\tfmt.Println(err)\n\t}\n\tfmt.Println(string(b))\n}"
	panicCells(t, s, decls, []panicCase{
		{"dump([]Stat{{4, 2}})\ndump([]Stat{{1, 0}})", []string{"panic: runtime error: integer divide by zero [recovered, repanicked]", "Cell In[1], line 9, in Stat.MarshalJSON", "Cell In[1], line 13, in dump", "Cell In[2], line 2"}},
	})
}

// A cell's top-level statement whose call of compiled code (a Decoder's
// Decode) called a cell type's UnmarshalJSON that panicked: the
// statement's line is that call's, among the statement's calls that may
// call back.
func TestPanicCarriedUnmarshalerStatementLine(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"encoding/json\"\n\t\"fmt\"\n\t\"strings\"\n)\n\ntype Pair struct{ K, V string }\n\nfunc (p *Pair) UnmarshalJSON(b []byte) error {\n\tvar s string\n\tif err := json.Unmarshal(b, &s); err != nil {\n\t\treturn err\n\t}\n\tkv := strings.SplitN(s, \"=\", 2)\n\tp.K, p.V = kv[0], kv[1]\n\treturn nil\n}"
	panicCells(t, s, decls, []panicCase{
		{"dec := json.NewDecoder(strings.NewReader(`\"a=1\" \"c\"`))\nfor dec.More() {\n\tvar p Pair\n\tif err := dec.Decode(&p); err != nil {\n\t\tfmt.Println(err)\n\t}\n\tfmt.Println(p)\n}", []string{
			"panic: runtime error: index out of range [1] with length 1", "Cell In[1], line 15, in Pair.UnmarshalJSON", "Cell In[2], line 4"}},
	})
}
