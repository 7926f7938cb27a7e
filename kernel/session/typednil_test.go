package session

import "testing"

// A nil pointer of a notebook type in fmt.Stringer or io.Writer is not a
// nil interface (kernel/check's nilbox.go): its methods run with the nil
// receiver, and fmt prints <nil> where String panics on it, as go run
// does (yaegi v0.16.1 made the interface nil).
func TestTypedNilInCompiledInterface(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{"import (\n\t\"fmt\"\n\t\"io\"\n)\ntype Temp struct{ d float64 }\nfunc (t *Temp) String() string { return fmt.Sprint(t.d) }\n" +
			"type Sink struct{}\nfunc (s *Sink) Write(p []byte) (int, error) { if s == nil { return 0, fmt.Errorf(\"nil sink\") }; return len(p), nil }", ""},
		{"var t *Temp\nvar s fmt.Stringer = t\nfmt.Println(s == nil, s)\nfmt.Printf(\"%s|%v|%T\\n\", s, []fmt.Stringer{s}, s)\np, ok := s.(*Temp)\nfmt.Println(p == nil, ok)", "false <nil>\n<nil>|[<nil>]|*main.Temp\ntrue true\n"},
		{"var w io.Writer = (*Sink)(nil)\n_, err := io.WriteString(w, \"x\")\nfmt.Println(w == nil, err)", "false nil sink\n"},
	})
}
