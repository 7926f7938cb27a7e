package session

import "testing"

// The frame of a copy of a generic function's instance that calls a
// method of a generic type's instance names the line of its call: the
// copy's calls name the method of the type's copy (mainꞏRingꞏstring.Next),
// the frame inside it the generic type's (Ring.Next).
func TestPanicLineCopyCallsGenericMethod(t *testing.T) {
	s := New(richOpts())
	decls := "type Ring[T any] struct {\n\titems []T\n\thead  int\n}\n\nfunc (r *Ring[T]) Next() T {\n\tv := r.items[r.head%len(r.items)]\n\tr.head++\n\treturn v\n}\n\nfunc drain[T any](r *Ring[T], n int) []T {\n\tvar out []T\n\tfor i := 0; i < n; i++ {\n\t\tout = append(out, r.Next())\n\t}\n\treturn out\n}"
	panicCells(t, s, decls, []panicCase{
		{"n := &Ring[int]{items: []int{1}}\ndrain(n, 2)\nw := &Ring[string]{}\ndrain(w, 1)", []string{"panic: runtime error: integer divide by zero", "Cell In[1], line 7, in Ring.Next", "Cell In[1], line 15, in drain[...]", "Cell In[2], line 4"}},
	})
}

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
