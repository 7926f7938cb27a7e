package check

import (
	"go/scanner"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// The lowering's code calls builtins: its checks call len and cap
// (if i >= len(s) { ... }), its panics panic, its clear of a map
// deletes, its errors.As keeps a stack of errors with append. A notebook
// may name a variable after them (cap := 100 in a statement cell, var
// len = 3, delete := true): Go lets a package's name shadow a builtin,
// and the lowering's calls would reach the variable. Where the notebook
// does (a variable or a constant: a function so named takes the user's
// calls), they go to rt's functions instead (reflection: a compiled
// call's cost, in code that only such a notebook pays). User code cannot
// call the builtin there either (go/types refused it), so every call of
// the name in what the lowering wrote is the lowering's.
//
// Left: recover, which a deferred function must call itself (a
// notebook's variable recover breaks the lowering's deferred
// functions), and the append of range-over-func loops' defers.

// shadowedCalls match calls of the builtins, not of methods or fields so
// named, by the name of rt's function in their place.
var shadowedCalls = map[string]struct {
	builtin string
	re      *regexp.Regexp
}{
	"Len":          {"len", regexp.MustCompile(`(^|[^.\w])len\(`)},
	"Cap":          {"cap", regexp.MustCompile(`(^|[^.\w])cap\(`)},
	"Delete":       {"delete", regexp.MustCompile(`(^|[^.\w])delete\(`)},
	"Raise":        {"panic", regexp.MustCompile(`(^|[^.\w])panic\(`)},
	"AppendErrors": {"append", regexp.MustCompile(`(^|[^.\w])append\((gofuturesStack\d+)`)},
}

// unshadowBuiltins rewrites the lowering's calls of builtins in its
// edits when the notebook's package declares those names.
func (lw *lowerer) unshadowBuiltins() {
	if lw.pkg == nil {
		return
	}
	for fn, sc := range shadowedCalls {
		obj := lw.pkg.Scope().Lookup(sc.builtin)
		if _, isFunc := obj.(*types.Func); obj == nil || isFunc {
			continue
		}
		for i := range lw.edits {
			if text := lw.edits[i].Text; sc.re.MatchString(text) {
				lw.edits[i].Text = replaceInCode(text, sc.re, "${1}"+rtName+"."+fn+"(${2}") // (${2}: AppendErrors' stack)
				lw.extraImport(rtName, rt.Path)
			}
		}
	}
}

// replaceInCode is re.ReplaceAllString(text, repl) in the parts of text,
// Go source, outside string and rune literals and comments: a literal
// the lowering wrote into its edits (a constant it folded, "panic(x)")
// keeps its text.
func replaceInCode(text string, re *regexp.Regexp, repl string) string {
	var sc scanner.Scanner
	file := token.NewFileSet().AddFile("", -1, len(text))
	sc.Init(file, []byte(text), nil, scanner.ScanComments)
	var b strings.Builder
	code, lit := 0, -1 // where the code not yet written starts; the literal being passed, -1 if none
	for {
		pos, tok, _ := sc.Scan()
		at := len(text)
		if tok != token.EOF {
			at = file.Offset(pos)
		}
		if lit >= 0 { // (to the next token: the scanner's text of a literal lacks its carriage returns)
			b.WriteString(text[lit:at])
			code, lit = at, -1
		}
		if tok == token.EOF {
			break
		}
		if tok == token.STRING || tok == token.CHAR || tok == token.COMMENT {
			b.WriteString(re.ReplaceAllString(text[code:at], repl))
			lit = at
		}
	}
	b.WriteString(re.ReplaceAllString(text[code:], repl))
	return b.String()
}
