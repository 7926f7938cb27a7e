//go:build ignore

// Slice, map and array types the notebook names (with methods and
// without) whose elements have String methods, handed to a helper that
// takes an any and was declared before them, put in []any and in a
// map[string]any, and printed with Println, %v and %+v.
package main

import (
	"fmt"
	"sort"
)

func listing(title string, v any) {
	fmt.Printf("%-7s %v\n", title+":", v)
}

func dumpAll(vals map[string]any) {
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s=%+v\n", k, vals[k])
	}
}

//cell

type Minutes int

func (m Minutes) String() string { return fmt.Sprintf("%d:%02d", int(m)/60, int(m)%60) }

type Track struct {
	Title string
	Len   Minutes
}

func (t *Track) String() string { return fmt.Sprintf("%q (%v)", t.Title, t.Len) }

type Album []Track

type Queue []*Track

func (q Queue) Left() (m Minutes) {
	for _, t := range q {
		m += t.Len
	}
	return m
}

type Library map[string]Album

type Podium [3]Minutes

//cell

var (
	dusk = Album{{"Amber", 201}, {"Low Tide", 347}}
	lib  = Library{"dusk": dusk, "empty": nil}
	q    = Queue{&dusk[1], &dusk[0]}
	best = Podium{347, 201, 95}
)

//cell

func main() {
	listing("album", dusk)
	listing("queue", q)
	listing("library", lib)
	listing("podium", best)
	listing("left", q.Left())
	fmt.Println([]any{q, best}, len(q))
	dumpAll(map[string]any{"q": q, "podium": best, "first": dusk[0], "ptr": &dusk[0]})
	var boxed any = Queue{q[1]}
	if qq, ok := boxed.(Queue); ok {
		fmt.Println("queue of", len(qq), qq)
	}
}
