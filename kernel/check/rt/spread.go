package rt

import (
	"fmt"
	"strconv"
	"strings"
)

// Printing calls that spread a slice of operands (fmt.Println(xs...),
// fmt.Printf(format, args...) in a helper of the notebook's) are lowered
// to format each operand as FmtAny does.

// Verb is a verb of a fmt format: its offset in the format, the verb,
// the index of the operand it formats, and whether an explicit index
// ([n]) came before it in the format (then fmt reports no EXTRA
// operands).
type Verb struct {
	At        int
	Verb      byte
	Arg       int
	Reordered bool
}

// Verbs lists the verbs of a fmt format with the arguments they
// format, explicit indexes ([n]) followed as fmt follows them.
func Verbs(f string) []Verb {
	var out []Verb
	arg := 0
	reordered := false
	index := func(i int) int { // f[i] == '['
		reordered = true
		j := strings.IndexByte(f[i:], ']')
		if j < 0 {
			return i + 1
		}
		if n, err := strconv.Atoi(f[i+1 : i+j]); err == nil && n > 0 {
			arg = n - 1
		}
		return i + j + 1
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0123456789.*[", f[i]) >= 0 {
			switch f[i] {
			case '[':
				i = index(i)
				continue
			case '*':
				arg++
			}
			i++
		}
		if i >= len(f) {
			break
		}
		if f[i] == '%' {
			continue
		}
		out = append(out, Verb{At: i, Verb: f[i], Arg: arg, Reordered: reordered})
		arg++
	}
	return out
}

// FmtSpread returns FmtAny of each of xs, in a new slice: the operands
// of a call that spreads them.
func FmtSpread(xs []any, t *Table) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = FmtAny(x, t)
	}
	return out
}

// FmtSpreadf is FmtSpread for a call with format: the operands of %T,
// %p and %w are left as they are (fmt names their types, prints their
// addresses, wraps the errors).
func FmtSpreadf(format string, xs []any, t *Table) []any {
	out := FmtSpread(xs, t)
	for _, v := range Verbs(format) {
		if strings.IndexByte("Tpw", v.Verb) >= 0 && v.Arg < len(xs) {
			out[v.Arg] = xs[v.Arg]
		}
	}
	return out
}

// typeVerbs returns the %T verbs of format whose operands, among n, no
// other verb formats: FormatT and FmtSpreadT name those operands' types
// by a function of the notebook's, as %s of a string.
func typeVerbs(format string, n int) []Verb {
	verbs := Verbs(format)
	other := map[int]bool{}
	for _, v := range verbs {
		if v.Verb != 'T' {
			other[v.Arg] = true
		}
	}
	var out []Verb
	for _, v := range verbs {
		if v.Verb == 'T' && v.Arg < n && !other[v.Arg] {
			out = append(out, v)
		}
	}
	return out
}

// FormatT is format with each %T of an operand among n that no other
// verb formats made %s, for the operands of FmtSpreadT.
func FormatT(format string, n int) string {
	verbs := typeVerbs(format, n)
	if len(verbs) == 0 {
		return format
	}
	b := []byte(format)
	for _, v := range verbs {
		b[v.At] = 's'
	}
	return string(b)
}

// FmtSpreadT is FmtSpreadf, but an operand of %T (of FormatT) is the
// name that name gives its dynamic type, or fmt's when name gives "":
// yaegi v0.16.1's reflect types of notebook types are unnamed structs
// (fmt printed struct { W int ... } for a main.Rect). With t nil, the
// other operands are left as they are (fmt prints them right).
func FmtSpreadT(format string, xs []any, t *Table, name func(any) string) []any {
	var out []any
	if t == nil {
		out = append([]any(nil), xs...)
	} else {
		out = FmtSpreadf(format, xs, t)
	}
	for _, v := range typeVerbs(format, len(xs)) {
		n := name(xs[v.Arg])
		if n == "" {
			n = fmt.Sprintf("%T", xs[v.Arg])
		}
		out[v.Arg] = n
	}
	return out
}
