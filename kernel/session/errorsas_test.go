package session

import "testing"

// errors.As with a nil target panics as Go's does, and a function that
// calls it at two lines names the line of the call that panicked (the
// lowering's walk of the chain notes its call's line).
func TestPanicErrorsAsNilTargetLine(t *testing.T) {
	s := New(richOpts())
	decls := "import (\n\t\"errors\"\n\t\"fmt\"\n)\n\ntype NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return \"no \" + e.Key }\n\nfunc classify(err error, target *NotFound, miss **NotFound) {\n\tif errors.As(err, &target) {\n\t\tfmt.Println(\"found\", target.Key)\n\t}\n\tfmt.Println(errors.As(err, miss))\n}"
	panicCells(t, s, decls, []panicCase{
		{"classify(fmt.Errorf(\"w: %w\", &NotFound{\"k\"}), nil, nil)", []string{
			"panic: errors: target must be a non-nil pointer", "Cell In[1], line 14, in classify", "Cell In[2], line 1"}},
	})
}
