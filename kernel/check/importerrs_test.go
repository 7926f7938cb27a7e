package check

import (
	"go/build"
	"path/filepath"
	"testing"
)

// An import of a path like the standard library's that is none of its
// packages (a misspelling) is refused as go build refuses it, at the
// spec, the packages in the order of their paths.
func TestImportNotInStd(t *testing.T) {
	src := func(p string) string { return filepath.Join(build.Default.GOROOT, "src", p) }
	runSteps(t,
		step{"import \"stirngs\"\n\nfunc shout(s string) string { return strings.ToUpper(s) }",
			"error: 1:8: package stirngs is not in std (" + src("stirngs") + ")"},
		step{"import (\n\t\"fmt\"\n\tj \"encodng/json\"\n\t\"sortt\"\n)",
			"error: 3:2: package encodng/json is not in std (" + src("encodng/json") + ") (and 1 more errors)"},
		step{"import (\n\t\"zzz\"\n\t\"aaa\"\n)", "error: 3:2: package aaa is not in std (" + src("aaa") + ") (and 1 more errors)"},
		step{"import \"strings\"\n\nfunc shout(s string) string { return strings.ToUpper(s) }", ""},
	)
}
