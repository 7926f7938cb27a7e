package check

import "testing"

// A struct with several blank fields (padding) runs: yaegi named each
// X_ and its process died making the type; binary.Read leaves the blank
// fields as they were, as Go's skips their bytes; printing and
// reflection name them _.
func TestBlankFields(t *testing.T) {
	runSteps(t,
		step{"type Packet struct {\n\tKind uint8\n\t_    [3]byte\n\tLen  uint32\n\t_    uint16\n\tID   uint16\n}", ""},
		step{"var p Packet\nerr := binary.Read(bytes.NewReader([]byte{2, 9, 9, 9, 5, 0, 0, 0, 1, 1, 3, 0}), binary.LittleEndian, &p)\nfmt.Printf(\"%v %+v %d\\n\", err, p, binary.Size(p))",
			"<nil> {Kind:2 _:[0 0 0] Len:5 _:0 ID:3} 12\n"},
		step{"ps := make([]Packet, 2)\nbinary.Read(bytes.NewReader(bytes.Repeat([]byte{7}, 24)), binary.BigEndian, ps)\nfmt.Printf(\"%+v\\n\", ps[1])\nfmt.Println(reflect.TypeOf(p).Field(1).Name, reflect.TypeOf(p).NumField())",
			"{Kind:7 _:[0 0 0] Len:117901063 _:0 ID:1799}\n_ 5\n"},
	)
}

// A struct with an unexported field and another named as yaegi renames
// it (secret, Xsecret) is refused before anything runs, with what to do
// (the interpreter's process died making the type).
func TestCollidingFieldsRefused(t *testing.T) {
	runSteps(t,
		step{"type Doc struct {\n\tsecret  string\n\tXsecret string\n}", "error: 2:2: cannot use the type Doc here: yaegi v0.16.1 names its unexported field secret Xsecret, the name of its field Xsecret, and cannot make such a type (rename one of the two)"},
		step{"type Doc struct{ secret, Xother string }\nfmt.Println(Doc{\"a\", \"b\"})", "{a b}\n"},
	)
}
