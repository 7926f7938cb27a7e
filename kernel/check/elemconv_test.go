package check

import "testing"

// A string converts to a slice of a defined byte or rune type and back
// ([]Code(s), string(codes), Codes(name), []Glyph(s), Name(glyphs)), as
// for []byte and []rune (elemConv: yaegi v0.16.1 refused "cannot convert
// expression of type string to type []main.Code").
func TestConvertStringDefinedElems(t *testing.T) {
	runSteps(t,
		step{"type Code byte\ntype Glyph rune\ntype Codes []Code\ntype Name string\nvar table = []Glyph(\"αβγ\")", ""},
		step{"cs := Codes(Name(\"hi\"))\nfmt.Printf(\"%v %T %s %q\\n\", cs, cs, string(cs), Name(cs))\nfmt.Println([]Code(\"x\\xffy\"), []Glyph(\"x\\xffy\"), string(table[1:]), Name([]Glyph{'o', 'k'}))\nfunc local() string {\n\ttype L rune\n\tls := []L(Name(\"añb\"))\n\treturn string(ls[1:])\n}\nfmt.Println(local())", "[104 105] main.Codes hi \"hi\"\n[120 255 121] [120 65533 121] βγ ok\nñb\n"},
	)
}
