package session

import "testing"

// An index of an expression with an assertion (a[0].([]int)[i], which
// kernel/check's index check evaluates again) panics with Go's message,
// recovered and in a traceback that names its line (yaegi's message was
// "reflect: slice index out of range").
func TestIndexAsserted(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import \"fmt\"\nfunc nth(a []any) (v any) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tv = r\n\t\t}\n\t}()\n\treturn a[0].([]int)[a[1].(int)]\n}", ""},
		{"fmt.Println(nth([]any{[]int{1, 2, 3}, 1}))\nfmt.Println(nth([]any{[]int{1, 2, 3}, 5}))", "2\nruntime error: index out of range [5] with length 3\n"},
	})
	s := New(richOpts())
	decls := "func pick(a []any) int {\n\tx := 1\n\treturn a[0].([]int)[a[1].(int)] + x\n}"
	panicCells(t, s, decls, []panicCase{
		{"pick([]any{[]int{1}, 3})", []string{"panic: runtime error: index out of range [3] with length 1", "Cell In[1], line 3, in pick", "Cell In[2], line 1"}},
	})
}
