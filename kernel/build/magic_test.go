package build

import (
	"slices"
	"strings"
	"testing"
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
