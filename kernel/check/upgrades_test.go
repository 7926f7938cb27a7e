package check

import "testing"

// A cell value given to compiled code as an io.Writer has its
// WriteString for compiled code that asks an io.Writer for one
// (rt.WriterStringWriter): io.WriteString and a strings.Reader's
// WriteTo (io.Copy) call it, as in Go (yaegi's wrapper had only Write);
// the value asserts back from the interface and %T names it. A
// WriteString of another signature, which io.StringWriter would not
// take, leaves io.WriteString calling Write.
func TestCompiledWriterWriteString(t *testing.T) {
	runSteps(t,
		step{"import (\"io\"; \"strings\")\ntype W struct{ log []string }\nfunc (w *W) Write(p []byte) (int, error) { w.log = append(w.log, \"W\"+string(p)); return len(p), nil }\nfunc (w *W) WriteString(s string) (int, error) { w.log = append(w.log, \"S\"+s); return len(s), nil }\ntype V struct{ log []string }\nfunc (v *V) Write(p []byte) (int, error) { v.log = append(v.log, \"W\"+string(p)); return len(p), nil }\nfunc (v *V) WriteString(s string) { v.log = append(v.log, \"S\"+s) }", ""},
		step{"w := &W{}\nio.WriteString(w, \"x\")\nfmt.Fprint(w, \"y\")\nio.Copy(w, strings.NewReader(\"z\"))\nfmt.Println(w.log)\nvar iw io.Writer = w\nback, ok := iw.(*W)\n_, isSW := iw.(io.StringWriter)\nfmt.Printf(\"%T %v %v %v\\n\", iw, ok, back == w, isSW)\nv := &V{}\nio.WriteString(v, \"x\")\nio.Copy(v, strings.NewReader(\"z\"))\nfmt.Println(v.log)",
			"[Sx Wy Sz]\n*main.W true true true\n[Wx Wz]\n"},
	)
}
