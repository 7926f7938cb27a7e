package session

import (
	"go/scanner"
	"go/token"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// newGenerated returns the declarations of specialised generic code
// (check.Result.Generated) that the log does not hold yet as they are:
// a later cell that uses slices.Sort for ints again evaluates nothing.
// Each cell lowers the copies anew, with fresh names of its own
// (gofuturesState42 where an earlier cell wrote gofuturesState9): a copy
// that differs from the log's only by those is the same (it was taken
// for a redefinition, of a type with its methods too, which started a
// fresh interpreter).
func (s *Session) newGenerated(gen []*cell.Decl, count int) []*cell.Decl {
	have := map[string]string{}
	for _, d := range s.decls {
		if len(d.Names) == 1 {
			have[string(d.Kind)+" "+d.Names[0]] = d.Src
		}
	}
	var out []*cell.Decl
	for _, d := range gen {
		if src, ok := have[string(d.Kind)+" "+d.Names[0]]; ok && sameLowered(src, d.Src) {
			continue
		}
		g := *d
		g.Cell = count
		out = append(out, &g)
	}
	return out
}

// usesPackage reports whether the lowered cell r still names the package
// imported as name (name.X). A package the interpreter lacks (iter,
// unique) need not be imported when every use of it was specialised and
// lowered away. A mention in a string or a comment is none: the
// lowering's names of types for %T ("unique.Handle[string]") are
// strings.
func usesPackage(r *check.Result, name string) bool {
	var srcs []string
	for _, l := range r.Decls {
		srcs = append(srcs, l.Src)
	}
	if r.Stmts != nil {
		srcs = append(srcs, r.Stmts.Src)
	}
	for _, d := range r.Generated {
		srcs = append(srcs, d.Src)
	}
	srcs = append(srcs, r.Prelude)
	for _, s := range srcs {
		if namesPackage(s, name) {
			return true
		}
	}
	return false
}

// namesPackage reports whether the Go source src has the identifier
// name followed by a period, outside strings and comments.
func namesPackage(src, name string) bool {
	if !strings.Contains(src, name) {
		return false
	}
	var sc scanner.Scanner
	fset := token.NewFileSet()
	sc.Init(fset.AddFile("", -1, len(src)), []byte(src), nil, 0)
	prevName := false
	for {
		_, tok, lit := sc.Scan()
		switch {
		case tok == token.EOF:
			return false
		case tok == token.PERIOD && prevName:
			return true
		}
		prevName = tok == token.IDENT && lit == name
	}
}

// sameLowered reports whether a and b are the same source up to a
// one-to-one renaming of the fresh names of kernel/check's lowering
// (lowerer.fresh: gofutures, a base of letters and a number); names of
// printing tables (check.FmtDeclPrefix and a hash) are not fresh and
// must be the same.
func sameLowered(a, b string) bool {
	if a == b {
		return true
	}
	ab, ba := map[string]string{}, map[string]string{}
	i, j := 0, 0 // what is compared already
	for {
		pa, na := nextFresh(a, i)
		pb, nb := nextFresh(b, j)
		if pa < 0 || pb < 0 {
			return pa == pb && a[i:] == b[j:]
		}
		if a[i:pa] != b[j:pb] {
			return false
		}
		fa, fb := a[pa:pa+na], b[pb:pb+nb]
		if strings.HasPrefix(fa, check.FmtDeclPrefix) || strings.HasPrefix(fb, check.FmtDeclPrefix) {
			if fa != fb {
				return false
			}
		} else {
			if strings.TrimRight(fa, "0123456789") != strings.TrimRight(fb, "0123456789") {
				return false
			}
			if x, ok := ab[fa]; ok && x != fb {
				return false
			}
			if x, ok := ba[fb]; ok && x != fa {
				return false
			}
			ab[fa], ba[fb] = fb, fa
		}
		i, j = pa+na, pb+nb
	}
}

// nextFresh returns the offset and length of the first name in s from
// offset from that reads as a fresh name of the lowering (a word
// gofutures, letters, digits), or -1.
func nextFresh(s string, from int) (int, int) {
	const prefix = "gofutures"
	for {
		k := strings.Index(s[from:], prefix)
		if k < 0 {
			return -1, 0
		}
		at := from + k
		e := at + len(prefix)
		for e < len(s) && ('a' <= s[e] && s[e] <= 'z' || 'A' <= s[e] && s[e] <= 'Z') {
			e++
		}
		d := e
		for d < len(s) && '0' <= s[d] && s[d] <= '9' {
			d++
		}
		if (at == 0 || !wordByte(s[at-1])) && d > e && (d == len(s) || !wordByte(s[d])) {
			return at, d - at
		}
		from = at + 1
	}
}

func wordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}
