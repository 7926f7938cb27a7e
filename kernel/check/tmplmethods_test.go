package check

import "testing"

// A template calls the methods of cell types (templateCall, tmplMethods,
// rt.Execute): of a struct, through a pointer, with arguments, in a
// range, of a named slice type; a method's error as Go words it.
func TestTemplateCallsMethods(t *testing.T) {
	runSteps(t,
		step{"import (\"errors\"; \"strings\"; \"text/template\")\ntype P struct{ First, Last string }\nfunc (p P) Full() string { return p.First + \" \" + p.Last }\nfunc (p *P) Up() string { return strings.ToUpper(p.First) }\nfunc (p P) Greet(s string, n int) string { return fmt.Sprint(s, p.First, n) }\nfunc (p P) Fail() (string, error) { return \"\", errors.New(\"no\") }\ntype Names []string\nfunc (n Names) Joined() string { return strings.Join(n, \"+\") }", ""},
		step{"var sb strings.Builder\nt := template.Must(template.New(\"x\").Parse(\"{{.First}} / {{.Full}} {{.Up}} {{.Greet \\\"hi\\\" 2}};\"))\nerr := t.Execute(&sb, &P{\"a\", \"b\"})\nerr2 := template.Must(template.New(\"r\").Parse(\"{{range .}}{{.Full}},{{end}}\")).Execute(&sb, []P{{\"c\", \"d\"}})\nerr3 := template.Must(template.New(\"n\").Parse(\"{{.Joined}}\")).Execute(&sb, Names{\"e\", \"f\"})\nfmt.Println(sb.String(), err, err2, err3)\nfmt.Println(template.Must(template.New(\"f\").Parse(\"{{.Fail}}\")).Execute(&sb, P{}))",
			"a / a b A hia2;c d,e+f <nil> <nil> <nil>\ntemplate: f:1:2: executing \"f\" at <.Fail>: error calling Fail: no\n"},
	)
}

// reflect lists and calls the methods of cell types (reflectCall,
// methodsTable, rt.MethodsType): exported ones sorted by name, the
// pointer's method set with the pointer methods; a function's any seen
// through its value (rt.ValueOf).
func TestReflectMethodsOfCellTypes(t *testing.T) {
	runSteps(t,
		step{"import \"reflect\"\ntype P struct{ N int }\nfunc (p P) Show() string { return fmt.Sprint(\"n=\", p.N) }\nfunc (p *P) Inc(d int) { p.N += d }\nfunc (p P) hidden() {}", ""},
		step{"p := P{1}\nt := reflect.TypeOf(p)\nfmt.Println(t.NumMethod(), t.Method(0).Name, reflect.TypeOf(&p).NumMethod())\nreflect.ValueOf(&p).MethodByName(\"Inc\").Call([]reflect.Value{reflect.ValueOf(4)})\nfmt.Println(reflect.ValueOf(p).MethodByName(\"Show\").Call(nil)[0])\n_, ok := t.MethodByName(\"Inc\")\nfmt.Println(ok, t.Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))\nfunc() { var x any = p; fmt.Println(reflect.ValueOf(x).NumMethod()) }()",
			"1 Show 2\nn=5\nfalse false\n1\n"},
	)
}

// A template prints what a function of its FuncMap returns of a cell
// type with a String method as Go does (its String), when its data is
// of a cell type: the template's table describes the notebook's types fmt
// prints wrongly, not only the data's (it printed 1.5 for $1.50).
func TestTemplateFuncResultOfCellType(t *testing.T) {
	runSteps(t,
		step{"import (\"strings\"; \"text/template\")\ntype Money float64\nfunc (m Money) String() string { return fmt.Sprintf(\"$%.2f\", float64(m)) }\ntype Item struct{ Name string; Price float64 }", ""},
		step{"var sb strings.Builder\nt := template.Must(template.New(\"x\").Funcs(template.FuncMap{\"money\": func(f float64) Money { return Money(f) }}).Parse(\"{{range .}}{{.Name}} {{money .Price}};{{end}}\"))\nerr := t.Execute(&sb, []Item{{\"pen\", 1.5}, {\"ink\", 12}})\nfmt.Println(sb.String(), err)",
			"pen $1.50;ink $12.00; <nil>\n"},
	)
}
