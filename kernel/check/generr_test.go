package check

import "testing"

// A value of an instance of a generic struct error type with value
// receivers converted to error where the lowering converts (an append to
// a []error, a `var e error = ...`): boxed as a plain type's value is.
// yaegi v0.16.1 kept the value in its error wrapper by one field, so
// values appended in a loop all printed as the last one, a declaration
// crashed (reflect.Set: ... is not assignable to type error) and
// errors.As did not find the value.
func TestGenericValueErrorsToError(t *testing.T) {
	runSteps(t,
		step{"type PE[T any] struct {\n\tIn  string\n\tOut T\n}\nfunc (e PE[T]) Error() string { return \"parse \" + e.In }", ""},
		step{"func gen(ss []string) []error {\n\tvar errs []error\n\tfor _, s := range ss {\n\t\terrs = append(errs, PE[int]{s, -1})\n\t}\n\treturn errs\n}\nfmt.Println(gen([]string{\"x\", \"y\"}))", "[parse x parse y]\n"},
		step{"var es []error\nfor _, s := range []string{\"a\", \"b\"} {\n\tes = append(es, PE[int]{s, 1})\n}\nfmt.Println(es)", "[parse a parse b]\n"},
		step{"func gen4(ss []string) []error {\n\tvar errs []error\n\tfor _, s := range ss {\n\t\tvar e error = PE[int]{s, -1}\n\t\terrs = append(errs, e)\n\t}\n\treturn errs\n}\nfmt.Println(gen4([]string{\"x\", \"y\"}))", "[parse x parse y]\n"},
		step{"joined := errors.Join(gen([]string{\"q\", \"r\"})...)\nvar pe PE[int]\nfmt.Println(errors.As(joined, &pe), pe.In, pe.Out, errors.Is(joined, PE[int]{\"r\", -1}))\nv, ok := es[1].(PE[int])\nfmt.Println(v, ok)", "true q -1 true\nparse b true\n"},
	)
}
