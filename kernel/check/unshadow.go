package check

import (
	"go/types"
	"regexp"

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

// shadowedCalls matches calls of len and cap, not of methods or fields
// so named.
var shadowedCalls = regexp.MustCompile(`(^|[^.\w])(len|cap)\(`)

// unshadowBuiltins rewrites the lowering's calls of len and cap in its
// edits when the notebook's package declares those names.
func (lw *lowerer) unshadowBuiltins() {
	if lw.pkg == nil {
		return
	}
	scope := lw.pkg.Scope()
	repl := map[string]string{}
	for _, b := range []string{"len", "cap"} {
		if _, fn := scope.Lookup(b).(*types.Func); scope.Lookup(b) != nil && !fn {
			repl[b] = rtName + "." + map[string]string{"len": "Len", "cap": "Cap"}[b] + "("
		}
	}
	if len(repl) == 0 {
		return
	}
	used := false
	for i := range lw.edits {
		lw.edits[i].Text = shadowedCalls.ReplaceAllStringFunc(lw.edits[i].Text, func(m string) string {
			sub := shadowedCalls.FindStringSubmatch(m)
			r, ok := repl[sub[2]]
			if !ok {
				return m
			}
			used = true
			return sub[1] + r
		})
	}
	if used {
		lw.extraImport(rtName, rt.Path)
	}
}
