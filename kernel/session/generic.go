package session

import (
	"regexp"
	"strconv"
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
// lowered away. A mention in a string or comment keeps the import, and
// with it the interpreter's error.
func usesPackage(r *check.Result, name string) bool {
	re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\s*\.`)
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
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// loweredName matches the fresh names of kernel/check's lowering
// (lowerer.fresh: a base and a number), and the names of the functions
// of printing tables (check.FmtDeclPrefix and a hash), which are not
// fresh.
var loweredName = regexp.MustCompile(`\bgofutures[A-Za-z]*[0-9]+\b`)

// sameLowered reports whether a and b are the same source up to a
// one-to-one renaming of the lowering's fresh names (the names of
// printing tables kept as they are).
func sameLowered(a, b string) bool {
	if a == b {
		return true
	}
	canon := func(src string) string {
		seen := map[string]string{}
		return loweredName.ReplaceAllStringFunc(src, func(n string) string {
			if strings.HasPrefix(n, check.FmtDeclPrefix) {
				return n
			}
			if c, ok := seen[n]; ok {
				return c
			}
			c := strings.TrimRight(n, "0123456789") + "#" + strconv.Itoa(len(seen))
			seen[n] = c
			return c
		})
	}
	return canon(a) == canon(b)
}
