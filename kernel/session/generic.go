package session

import (
	"regexp"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
)

// newGenerated returns the declarations of specialised generic code
// (check.Result.Generated) that the log does not hold yet as they are:
// a later cell that uses slices.Sort for ints again evaluates nothing.
func (s *Session) newGenerated(gen []*cell.Decl, count int) []*cell.Decl {
	have := map[string]string{}
	for _, d := range s.decls {
		if len(d.Names) == 1 {
			have[string(d.Kind)+" "+d.Names[0]] = d.Src
		}
	}
	var out []*cell.Decl
	for _, d := range gen {
		if src, ok := have[string(d.Kind)+" "+d.Names[0]]; ok && src == d.Src {
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
