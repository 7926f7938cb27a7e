package check

import "testing"

// A template reads the fields and calls the methods an embedded cell
// struct promotes through a struct type a cell spelled without a name
// (struct{ *N; L int }), as Go does (rt's embeddedHolder): yaegi's
// struct type does not mark the embedded field and text/template said
// "can't evaluate field Name". A pointer method needs a pointer or an
// addressable field; a nil embedded pointer fails as reflect does.
func TestTemplateAnonymousStructPromotes(t *testing.T) {
	runSteps(t,
		step{"import (\"strings\"; \"text/template\")\ntype N struct{ Name string }\nfunc (n *N) Hi(s string) string { return s + n.Name }\ntype V struct {\n\tN\n\tL int\n}", ""},
		step{"var sb strings.Builder\ntm := template.Must(template.New(\"t\").Parse(`{{.Name}}{{.Hi \"+\"}}|`))\nfmt.Println(tm.Execute(&sb, struct{ *N }{&N{\"a\"}}))\nfmt.Println(tm.Execute(&sb, struct{ N }{N{\"b\"}}))\nfmt.Println(tm.Execute(&sb, struct{ *N; L int }{&N{\"c\"}, 2}))\nfmt.Println(tm.Execute(&sb, &struct{ N; L int }{N{\"d\"}, 2}))\nfmt.Println(tm.Execute(&sb, struct{ L int; *N }{2, nil}))\nfmt.Println(tm.Execute(&sb, struct{ L int; V }{2, V{N{\"f\"}, 3}}))\nfmt.Println(sb.String())",
			"<nil>\ntemplate: t:1:11: executing \"t\" at <.Hi>: can't evaluate field Hi in type struct { main.N }\n<nil>\n<nil>\ntemplate: t:1:2: executing \"t\" at <.Name>: reflect: indirection through nil pointer to embedded struct field N\ntemplate: t:1:11: executing \"t\" at <.Hi>: can't evaluate field Hi in type struct { L int; main.V }\na+a|bc+c|d+d|f\n"},
	)
}
