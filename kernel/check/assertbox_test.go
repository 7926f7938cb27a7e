package check

import "testing"

// A notebook error asserted to error from an any (r.(error), and the
// recovered value of a panic) keeps its type: errors.As finds it through
// a %w wrapper, %T names it, and it asserts back (returnAs boxes it as a
// conversion to error does; yaegi v0.16.1's own wrapper hid the type).
func TestAssertedToErrorKeepsType(t *testing.T) {
	runSteps(t,
		step{"type JobError struct{ Job int }\nfunc (e JobError) Error() string { return fmt.Sprint(\"job \", e.Job) }\ntype PtrError struct{ Code int }\nfunc (p *PtrError) Error() string { return fmt.Sprint(\"code \", p.Code) }\nvar je JobError\nvar r any = JobError{4}", ""},
		step{"e3 := r.(error)\nfmt.Printf(\"%T %v\\n\", e3, e3)\n_, isJ := e3.(JobError)\nfmt.Println(isJ, errors.As(e3, &je), je.Job)", "main.JobError job 4\ntrue true 4\n"},
		step{"func ff() {\n\te4, ok := r.(error)\n\tfmt.Println(errors.As(fmt.Errorf(\"w: %w\", e4), &je), je.Job, ok)\n}\nff()", "true 4 true\n"},
		step{"func run(i int) (err error) {\n\tdefer func() {\n\t\tif e, ok := recover().(error); ok {\n\t\t\terr = fmt.Errorf(\"recovered: %w\", e)\n\t\t}\n\t}()\n\tif i == 1 {\n\t\tpanic(&PtrError{i})\n\t}\n\tpanic(JobError{i})\n}\nvar pe *PtrError\nfmt.Println(errors.As(run(6), &je), je.Job, run(6))\nfmt.Println(errors.As(run(1), &pe), pe.Code, errors.As(run(1), &je))", "true 6 recovered: job 6\ntrue 1 false\n"},
	)
}
