package build

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/internal/toolchain"
)

// A package's generic names are listed once per kernel, at most
// shownGenerics of them: importing github.com/samber/lo listed all 412,
// again at every later build.
func TestSummaryGenerics(t *testing.T) {
	var many []string
	for i := range 20 {
		many = append(many, fmt.Sprintf("F%02d", i))
	}
	res := &toolchain.Result{Cached: true, Packages: []toolchain.Package{
		{Path: "example.com/few", GenericFuncs: []string{"Map", "Filter"}},
		{Path: "example.com/many", GenericFuncs: many},
	}}
	announced := map[string]bool{}
	first := summary("import example.com/many", res, nil, announced)
	for _, want := range []string{
		"example.com/few: generic Filter and Map: compiled in",
		"example.com/many: generic F00, F01, F02, F03, F04, F05, F06, F07, … (20 in all): compiled in",
	} {
		if !strings.Contains(first, want) {
			t.Errorf("first summary lacks %q:\n%s", want, first)
		}
	}
	if second := summary("instantiate example.com/many.F00[int]", res, []string{"err"}, announced); strings.Contains(second, "generic") ||
		!strings.HasSuffix(second, "values that did not come back: err") {
		t.Errorf("second summary:\n%s", second)
	}
}
