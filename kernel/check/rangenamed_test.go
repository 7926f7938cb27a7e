package check

import "testing"

// A range over a string of a defined type (type Name string, a local
// one, template.HTML, a type argument of a generic ~string function) runs
// over its runes (rangeString converts it: yaegi v0.16.1 refused "cannot
// use type main.Name as type string").
func TestRangeDefinedString(t *testing.T) {
	runSteps(t,
		step{"type Name string\nfunc runes[S ~string](s S) (n int) {\n\tfor range s {\n\t\tn++\n\t}\n\treturn\n}", ""},
		step{"n := Name(\"h\\xffé\")\nfor i, r := range n {\n\tfmt.Print(i, \":\", r, \" \")\n}\nfunc local() int {\n\ttype Tag string\n\tk := 0\n\tfor i := range Tag(\"ab\") {\n\t\tk += i + 1\n\t}\n\treturn k\n}\nfmt.Println(local(), runes(n), runes(\"abc\"))", "0:104 1:65533 2:233 3 3 3\n"},
		step{"import \"html/template\"\nfor _, r := range template.HTML(\"<b>\") {\n\tfmt.Print(string(r), \".\")\n}\nfmt.Println()", "<.b.>.\n"},
	)
}
