package session

import "testing"

// Faults found by running the standard library's own examples
// (GOROOT/src/*/example_test.go) as notebook cells.
func TestStdExamplesFaults(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		// os/exec is compiled in the interpreter: the checker must not try
		// to copy exec.Cmd from GOROOT's source (it refused the cell).
		{"import (\n\t\"fmt\"\n\t\"os/exec\"\n)\nout, err := exec.Command(\"echo\", \"hi\").Output()\nfmt.Printf(\"%q %v\\n\", out, err)", "\"hi\\n\" <nil>\n"},
	})
}
