package snapshot

import "fmt"

// maxPerVar bounds the problems listed for one variable: a slice of a
// million funcs is one line and a count, not a million lines.
const maxPerVar = 5

// problemList collects problems, at most maxPerVar per variable.
type problemList struct {
	list  []Problem
	count map[string]int
	n     int // problems added, listed or not
}

func (l *problemList) add(p Problem) {
	if l.count == nil {
		l.count = map[string]int{}
	}
	l.n++
	l.count[p.Var]++
	if l.count[p.Var] <= maxPerVar {
		l.list = append(l.list, p)
	}
}

// done returns the list, with a last line per variable that had more.
func (l *problemList) done() []Problem {
	out := l.list
	seen := map[string]bool{}
	for _, p := range l.list {
		if n := l.count[p.Var]; n > maxPerVar && !seen[p.Var] {
			seen[p.Var] = true
			out = append(out, Problem{Var: p.Var, Path: p.Var, Reason: fmt.Sprintf("and %d more values not restored", n-maxPerVar)})
		}
	}
	return out
}
