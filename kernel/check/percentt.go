package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// percentT spells %T of notebook types in fmt's formatting functions
// with a constant format: the verb becomes %s and the argument its
// type's name, found at run time for interfaces. It returns the
// arguments it replaced by their names (typed), and those that the
// format hands to %T and to other verbs too (shared: %[1]v %[1]T), whose
// %T it pointed at a name appended to the arguments (splitT), the
// argument itself left to the other verbs.
func (lw *lowerer) percentT(c *ast.CallExpr, name string) (typed, shared map[int]bool) {
	fi := -1
	switch name {
	case "Printf", "Sprintf", "Errorf", "Appendf":
		fi = 0
	case "Fprintf":
		fi = 1
	}
	if name == "Appendf" {
		fi = 1
	}
	if fi < 0 || len(c.Args) <= fi || c.Ellipsis.IsValid() {
		return nil, nil
	}
	tv := lw.info.Types[c.Args[fi]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil, nil
	}
	lit, ok := c.Args[fi].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return nil, nil
	}
	format := constant.StringVal(tv.Value)
	// a verb without an operand (fmt's %!d(MISSING)) would take the
	// names that splitT appends to the operands: spelled as fmt prints it
	format, complete := withoutMissing(format, len(c.Args)-fi-1)
	verbs := indexedVerbs(format)
	uses := map[int]string{} // argument -> its verbs
	for _, v := range verbs {
		uses[v.arg] += string(v.verb)
	}
	// the %T verbs to spell, those of shared arguments apart
	var plain, split []int
	for k, v := range verbs {
		if v.verb != 'T' || fi+1+v.arg >= len(c.Args) {
			continue
		}
		at := lw.info.Types[c.Args[fi+1+v.arg]].Type
		if at == nil {
			continue
		}
		if _, iface := at.Underlying().(*types.Interface); !iface && !mentionsMain(at) && !mentionsInstance(at) {
			continue
		}
		if strings.Trim(uses[v.arg], "T") == "" {
			plain = append(plain, k)
			continue
		}
		if !complete || !splittable(format, verbs, uses, k, c.Args[fi+1+v.arg], at) {
			return nil, nil // the %T and the other verbs print it as yaegi does
		}
		split = append(split, k)
	}
	if len(plain)+len(split) == 0 {
		return nil, nil
	}
	var edits []formatEdit
	typed, shared = map[int]bool{}, map[int]bool{}
	for _, k := range plain {
		a := c.Args[fi+1+verbs[k].arg]
		typed[fi+1+verbs[k].arg] = true
		lw.insert(a.Pos(), lw.typeNamer(lw.info.Types[a].Type)+"(")
		lw.insertClose(a.End(), ")")
		edits = append(edits, formatEdit{verbs[k].at, verbs[k].at + 1, "s"})
	}
	last := c.Args[len(c.Args)-1]
	n := len(c.Args) - fi - 1 // the operands, appended names included
	var names strings.Builder
	for _, k := range split {
		v := verbs[k]
		a := c.Args[fi+1+v.arg]
		shared[fi+1+v.arg] = true
		n++
		names.WriteString(", " + lw.typeName(a))
		edits = append(edits, splitT(format, verbs, k, n)...)
	}
	if names.Len() > 0 {
		lw.insertClose(last.End(), names.String())
	}
	lw.replace(lit.Pos(), lit.End(), strconv.Quote(applyFormatEdits(format, edits)))
	return typed, shared
}

// withoutMissing returns format with the directives that take no
// operand of the n there are spelled as fmt prints them (%!d(MISSING),
// %!v(BADINDEX) for an index [n] past them), and whether it could: one
// whose width or precision is a '*' it leaves, reporting false.
func withoutMissing(format string, n int) (string, bool) {
	for {
		var bad *verb
		for _, v := range indexedVerbs(format) {
			if v.arg >= n {
				bad = &v
				break
			}
		}
		if bad == nil {
			return format, true
		}
		start := strings.LastIndexByte(format[:bad.at], '%')
		d := format[start:bad.at]
		if strings.IndexByte(d, '*') >= 0 {
			return format, false
		}
		what := "(MISSING)"
		if strings.IndexByte(d, '[') >= 0 {
			what = "(BADINDEX)"
		}
		// (the next verbs take the operands they took: a bad index
		// moves fmt to no other)
		format = format[:start] + "%%!" + string(bad.verb) + what + format[bad.at+1:]
	}
}

// typeName is the expression of the name %T prints for a: a constant
// for a static type that is not an interface, the name of what it holds
// found at run time for one (a read again: see splittable).
func (lw *lowerer) typeName(a ast.Expr) string {
	t := lw.info.Types[a].Type
	if _, iface := t.Underlying().(*types.Interface); !iface {
		return strconv.Quote(lw.goName(types.Unalias(t)))
	}
	return lw.typeNamer(t) + "(" + lw.text(a) + ")"
}

// formatEdit replaces format[at:end] by text.
type formatEdit struct {
	at, end int
	text    string
}

// applyFormatEdits applies edits, which do not overlap, to format; of
// an insertion and a replacement at one offset, the insertion goes left.
func applyFormatEdits(format string, edits []formatEdit) string {
	sort.SliceStable(edits, func(i, j int) bool {
		if edits[i].at != edits[j].at {
			return edits[i].at > edits[j].at
		}
		return edits[i].end > edits[j].end
	})
	for _, e := range edits {
		format = format[:e.at] + e.text + format[e.end:]
	}
	return format
}

// splittable reports whether splitT can point the %T verbs[k] of the
// argument a of type t at a name of its own: its directive has no
// argument of its own but a (no '*'), the directive after it is no
// other such %T without an index, and a, when an interface's value
// whose type is found at run time, reads the same twice (a variable or
// a field of one). uses are the verbs of each argument.
func splittable(format string, verbs []verb, uses map[int]string, k int, a ast.Expr, t types.Type) bool {
	start := strings.LastIndexByte(format[:verbs[k].at], '%')
	d := format[start+1 : verbs[k].at]
	if i := strings.IndexByte(d, '['); i >= 0 {
		if !strings.HasSuffix(d, "]") || strings.IndexByte(d[i+1:], '[') >= 0 {
			return false
		}
		d = d[:i]
	}
	if strings.Trim(d, "+-# 0123456789.") != "" {
		return false
	}
	if k+1 < len(verbs) && verbs[k+1].verb == 'T' && strings.Trim(uses[verbs[k+1].arg], "T") != "" {
		if _, unindexed := firstOperand(format, verbs[k+1].at); unindexed {
			return false
		}
	}
	if _, iface := t.Underlying().(*types.Interface); iface {
		return readsSame(a)
	}
	return true
}

// readsSame reports whether e is a variable or a field of one, read
// twice with no effect.
func readsSame(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x.Name != "_"
	case *ast.SelectorExpr:
		return readsSame(x.X)
	}
	return false
}

// splitT returns the edits of format that point its %T verbs[k] at the
// operand n (1-based: a name appended to the operands) as a %s, and that
// keep the directive after it at the operand it took, which fmt would
// otherwise take after n.
func splitT(format string, verbs []verb, k, n int) []formatEdit {
	v := verbs[k]
	at := v.at
	if strings.HasSuffix(format[:at], "]") {
		at = strings.LastIndexByte(format[:at], '[')
	}
	edits := []formatEdit{{at, v.at + 1, "[" + strconv.Itoa(n) + "]s"}}
	if k+1 < len(verbs) {
		if pin, ok := firstOperand(format, verbs[k+1].at); ok {
			edits = append(edits, formatEdit{pin, pin, "[" + strconv.Itoa(v.arg+2) + "]"})
		}
	}
	return edits
}

// firstOperand returns where the directive whose verb is at at takes its
// first operand (a '*' of its width or precision, or the verb), when it
// takes it without an index ([n]) of its own.
func firstOperand(format string, at int) (int, bool) {
	i := strings.LastIndexByte(format[:at], '%') + 1
	for i < at && strings.IndexByte("+-# 0", format[i]) >= 0 {
		i++
	}
	// the width, then the precision after a '.': each an index, a '*'
	// (which takes the operand) or digits
	for part := range 2 {
		if part == 1 {
			if format[i] != '.' {
				break
			}
			i++
		}
		switch format[i] {
		case '[':
			return 0, false
		case '*':
			return i, true
		}
		for i < at && '0' <= format[i] && format[i] <= '9' {
			i++
		}
	}
	if format[i] == '[' {
		return 0, false
	}
	return i, true
}
