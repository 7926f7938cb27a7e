package check

import "testing"

// A notebook error of a struct type with value receivers given to a
// compiled function value (context.CancelCauseFunc) goes in the box, so
// errors.As finds it again behind context.Cause (yaegi v0.16.1's
// wrapper kept one of its fields).
func TestCancelCauseNotebookError(t *testing.T) {
	runSteps(t,
		step{"type Quota struct{ Used, Limit int }\nfunc (q Quota) Error() string { return fmt.Sprintf(\"quota %d/%d\", q.Used, q.Limit) }", ""},
		step{"ctx, cancel := context.WithCancelCause(context.Background())\ncancel(Quota{12, 10})\nvar q Quota\nerr := fmt.Errorf(\"w: %w\", context.Cause(ctx))\nfmt.Println(err, errors.As(err, &q), q.Used)", "w: quota 12/10 true 12\n"},
	)
}
