package check

import (
	"strings"
	"testing"
)

// A switch whose default clause, not the last, is entered or left by
// fallthrough, with a case the lowering cannot copy, is refused before
// anything runs: yaegi ran the default clause last, and printed only "d"
// where Go prints "d" and "after 0". The cell changes nothing.
func TestSwitchFallthroughDefaultRefused(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t,
		step{"calls := 0\nfunc tag() int { calls++; return 2 }", ""},
	)
	_, err := nb.run("x := 1\nswitch x == 1 {\ncase false:\n\tfmt.Println(\"no\")\ndefault:\n\tfmt.Println(\"d\")\n\tfallthrough\ncase len(fmt.Sprint(tag())) > 3:\n\tfmt.Println(\"after\", calls)\n}")
	if err == nil || !strings.Contains(err.Error(), "2:1:") || !strings.Contains(err.Error(), "default clause") {
		t.Fatalf("got %v, want the interpreter's refusal at 2:1", err)
	}
	nb.steps(t,
		step{"calls", "=> 0"},
		step{"x", "error: 1:1: undefined: x"},
		// a case it can copy is lowered, and runs as in Go
		step{"v := 7\nswitch tag() {\ncase 5:\n\tfmt.Println(\"five\")\ndefault:\n\tfmt.Println(\"d\")\n\tfallthrough\ncase v:\n\tfmt.Println(\"after\", calls)\n}", "d\nafter 1\n"},
	)
}
