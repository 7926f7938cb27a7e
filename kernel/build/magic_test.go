package build

import (
	"slices"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
)

func TestParseMagic(t *testing.T) {
	m := parseMagic("\n%%compile\nfunc f() int { return 1 }\n")
	if !m.compile || m.line != 3 || !strings.HasPrefix(m.body, "func f()") {
		t.Errorf("%%%%compile: %+v", m)
	}
	// a whole file pasted: its package clause is blanked, lines kept
	m = parseMagic("%%compile\npackage main\n\nfunc f() int { return 1 }\n")
	if !m.compile || m.err != nil || strings.Contains(m.body, "package") || !strings.HasPrefix(strings.TrimSpace(m.body), "func f()") ||
		strings.Count(m.body, "\n") != 3 {
		t.Errorf("%%%%compile with a package clause: %+v", m)
	}
	if m := parseMagic("%%compile -O2\nfunc f() {}"); m.err == nil {
		t.Errorf("a %%%%compile line with arguments was accepted")
	}
	m = parseMagic("%go get example.com/x@v1.0.0 example.com/y\n\n%go mod\n")
	if len(m.goArgs) != 2 || !slices.Equal(m.goArgs[0], []string{"get", "example.com/x@v1.0.0", "example.com/y"}) || m.goArgs[1][0] != "mod" {
		t.Errorf("%%go: %+v", m)
	}
	if m := parseMagic("%go mod\nx := 1"); m.err == nil {
		t.Errorf("a %%go cell with Go code was accepted")
	}
	for _, code := range []string{"x := 1", "%time f()", "// %%compile\nx := 1", "%gofmt"} {
		if m := parseMagic(code); m.compile || m.goArgs != nil || m.err != nil {
			t.Errorf("%q taken as a magic: %+v", code, m)
		}
	}
}

// A cell that uses a variable of a %%compile cell is told why it is
// undefined: the compiled code owns it.
func TestCompiledVarHint(t *testing.T) {
	cells := []toolchain.Cell{{Name: "In_1", Source: "var Counter, hits int\nfunc Bump() { Counter++ }\nconst Limit = 3\n"}}
	res := kernel.ExecuteResult{Status: "error", EName: "CompileError", EValue: "undefined: Counter",
		Traceback: []string{"CompileError: undefined: Counter", "Cell In[2], line 1, column 1: undefined: Counter", "Cell In[2], line 2, column 1: undefined: Limits"}}
	got := compiledVarHint(res, cells)
	if !strings.Contains(got.EValue, "undefined: Counter (a variable of a %%compile cell") || !strings.Contains(got.Traceback[0], "%%compile") ||
		strings.Contains(got.Traceback[1], "%%compile") || strings.Contains(got.Traceback[2], "%%compile") {
		t.Errorf("hint: %q %q", got.EValue, got.Traceback)
	}
	other := kernel.ExecuteResult{Status: "error", EName: "CompileError", EValue: "undefined: Counters"}
	if got := compiledVarHint(other, cells); got.EValue != other.EValue {
		t.Errorf("hint for another name: %q", got.EValue)
	}
}
