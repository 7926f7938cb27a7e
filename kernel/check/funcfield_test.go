package check

import "testing"

// A method of a notebook func type called on a struct's field of that
// type runs (yaegi v0.16.1: "undefined method: Handle"), also through a
// pointer and an element; a field's pointer-receiver method is left to
// the interpreter.
func TestFuncFieldMethod(t *testing.T) {
	runSteps(t,
		step{"type Handler func(string) error\nfunc (h Handler) Handle(s string) error { return h(s) }\ntype Route struct {\n\tPath string\n\tH    Handler\n}\nfunc echo(s string) error { return fmt.Errorf(\"echo %s\", s) }\nfunc serve(rs []Route) {\n\tfor _, r := range rs {\n\t\tfmt.Println(r.Path, r.H.Handle(r.Path))\n\t}\n\tp := &rs[0]\n\tfmt.Println(p.H.Handle(\"p\"), rs[0].H.Handle(\"e\"))\n}", ""},
		step{"serve([]Route{{\"/a\", echo}, {\"/b\", Handler(echo)}})", "/a echo /a\n/b echo /b\necho p echo e\n"},
	)
}
