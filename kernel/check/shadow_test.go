package check

import "testing"

// Locals and parameters named iota, nil, true or false: yaegi v0.16.1
// read the predeclared ones (iota 0, nil crashed in reflect).
func TestShadowedPredeclared(t *testing.T) {
	runSteps(t,
		step{`func d() { iota := 7; fmt.Println(iota) }
func f() int { nil := 3; return nil * 2 }
func h(iota int) int { return iota * 2 }
func b() { true := false; fmt.Println(true, !true) }
d(); fmt.Println(f(), h(5)); b()`, "7\n6 10\nfalse true\n"},
		step{`g := func(nil, iota int) int { return nil + iota }
fmt.Println(g(1, 2))
for i := range 2 {
	nil := i * 10
	fmt.Println(nil)
}`, "3\n0\n10\n"},
	)
}

// anyAsInterface rewrites the type any, not a field's name, an embedded
// field of a struct or the text of a tag.
func TestAnyAsInterface(t *testing.T) {
	for in, want := range map[string]string{
		"[]any":                                  "[]interface{}",
		"map[string]any":                         "map[string]interface{}",
		"struct{any}":                            "struct{any}",
		"struct{X int; any}":                     "struct{X int; any}",
		"struct{any int; Y []any}":               "struct{any int; Y []interface{}}",
		`struct{X int "json:\"any,omitempty\""}`: `struct{X int "json:\"any,omitempty\""}`,
		"interface{any}":                         "interface{interface{}}",
		"func(any) (many, anyway any)":           "func(interface{}) (many, anyway interface{})",
		"mypkg.any":                              "mypkg.any",
		"[]struct{V any}":                        "[]struct{V interface{}}",
	} {
		if got := anyAsInterface(in); got != want {
			t.Errorf("anyAsInterface(%q) = %q, want %q", in, got, want)
		}
	}
}
