package check

import "testing"

// A nil pointer of a notebook type in an interface of a compiled package
// other than error (fmt.Stringer, io.Writer, io.Reader) is not a nil
// interface, as in Go: yaegi v0.16.1 made it one. The lowering puts it
// in a nil box (nilbox.go) whose methods call the pointer's.
func TestTypedNilCompiledIfaces(t *testing.T) {
	runSteps(t,
		step{"type Label struct{ t string }\nfunc (l *Label) String() string { if l == nil { return \"none\" }; return l.t }\n" +
			"type Temp struct{ d float64 }\nfunc (t *Temp) String() string { return fmt.Sprint(t.d) }\n" +
			"type Sink struct{ n int }\nfunc (s *Sink) Write(p []byte) (int, error) { if s == nil { return 0, errors.New(\"nil sink\") }; s.n += len(p); return len(p), nil }\n" +
			"func find(ok bool) fmt.Stringer { var l *Label; if ok { l = &Label{\"a\"} }; return l }\n" +
			"func out() io.Writer { var s *Sink; return s }\nfunc none() fmt.Stringer { return (*Label)(nil) }\nfunc open(ok bool) (io.Writer, error) { var s *Sink; if ok { return s, nil }; return nil, nil }", ""},
		step{"var l *Label\nvar s fmt.Stringer = l\nfmt.Println(s == nil, s, find(false) != nil, find(true))\nfmt.Printf(\"%v %T %s\\n\", s, s, fmt.Stringer(l))", "false none true a\nnone *main.Label none\n"},
		step{"var tp *Temp\nts := fmt.Stringer(tp)\nfmt.Println(ts == nil)\nfmt.Printf(\"%v %d\\n\", []fmt.Stringer{s, nil}, ts)", "false\n[none <nil>] 0\n"},
		step{"b, ok := s.(*Label)\nvar a any = s\nc, ok2 := a.(*Label)\n_, bad := s.(*Temp)\nfmt.Println(b == nil, ok, c == nil, ok2, bad)\nswitch v := ts.(type) {\ncase nil:\n\tfmt.Println(\"nil\")\ncase *Temp:\n\tfmt.Println(\"*Temp\", v == nil)\n}", "true true true true false\n*Temp true\n"},
		step{"w0, _ := open(true)\nw1, _ := open(false)\nfmt.Println(none() != nil, none(), w0 != nil, w1 == nil)\nw := out()\n_, err := fmt.Fprint(w, \"x\")\nvar sk *Sink\n_, err2 := fmt.Fprintln(sk, \"y\")\n_, err3 := io.WriteString(io.MultiWriter(w), \"z\")\nfmt.Println(w == nil, err, err2, err3)", "true none true true\nfalse nil sink nil sink nil sink\n"},
	)
}
