package check

import (
	"go/types"
	"regexp"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// The lowering's checks call len and cap (if i >= len(s) { ... }). A
// notebook may name a variable after them (cap := 100 in a statement
// cell, var len = 3): Go lets a package's name shadow a builtin, and the
// lowering's calls would reach the variable. Where the notebook does
// (a variable or a constant: a function so named takes the user's calls),
// they go to rt's Len and Cap instead (reflection: a compiled call's
// cost, in checks that only such a notebook pays). User code cannot call
// the builtin there either (go/types refused it), so every call of the
// name in what the lowering wrote is the lowering's.

// shadowedCalls match calls of len and cap, not of methods or fields so
// named, by the name of rt's function in their place.
var shadowedCalls = map[string]*regexp.Regexp{
	"Len": regexp.MustCompile(`(^|[^.\w])len\(`),
	"Cap": regexp.MustCompile(`(^|[^.\w])cap\(`),
}

// unshadowBuiltins rewrites the lowering's calls of len and cap in its
// edits when the notebook's package declares those names.
func (lw *lowerer) unshadowBuiltins() {
	if lw.pkg == nil {
		return
	}
	for fn, re := range shadowedCalls {
		obj := lw.pkg.Scope().Lookup(strings.ToLower(fn))
		if _, isFunc := obj.(*types.Func); obj == nil || isFunc {
			continue
		}
		for i := range lw.edits {
			if text := lw.edits[i].Text; re.MatchString(text) {
				lw.edits[i].Text = re.ReplaceAllString(text, "${1}"+rtName+"."+fn+"(")
				lw.extraImport(rtName, rt.Path)
			}
		}
	}
}
