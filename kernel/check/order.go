package check

import (
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Order returns decls in an order that resolves when they are evaluated
// one by one: imports first, then each declaration after the ones it
// refers to (by name; a method after its receiver's type), keeping the
// given order where references allow (and for cycles).
func Order(decls []*cell.Decl) []*cell.Decl {
	declares := map[string][]int{}
	for i, d := range decls {
		if d.Kind == cell.Import {
			continue
		}
		for _, n := range d.Names {
			if d.Kind == cell.Method {
				n = n[strings.IndexByte(n, '.')+1:]
				n = "." + n // methods are found through their type
			}
			declares[n] = append(declares[n], i)
		}
	}
	deps := make([][]int, len(decls))
	for i, d := range decls {
		if d.Kind == cell.Import {
			continue
		}
		refs := d.Refs
		if d.Kind == cell.Method {
			refs = append(append([]string(nil), refs...), d.Names[0][:strings.IndexByte(d.Names[0], '.')])
		}
		for _, r := range refs {
			for _, j := range declares[r] {
				if j != i {
					deps[i] = append(deps[i], j)
				}
			}
		}
	}
	out := make([]*cell.Decl, 0, len(decls))
	state := make([]int, len(decls)) // 0 new, 1 visiting, 2 done
	var visit func(i int)
	visit = func(i int) {
		if state[i] != 0 {
			return // done, or a cycle: keep the given order
		}
		state[i] = 1
		for _, j := range deps[i] {
			visit(j)
		}
		state[i] = 2
		out = append(out, decls[i])
	}
	for i, d := range decls {
		if d.Kind == cell.Import {
			state[i] = 2
			out = append(out, d)
		}
	}
	for i := range decls {
		visit(i)
	}
	return out
}
