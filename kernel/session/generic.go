package session

import "github.com/gofutures/gofutures/kernel/cell"

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
