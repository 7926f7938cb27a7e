//go:build ignore

// A ticket triage board: incoming tickets are JSON lines decoded in a
// loop into a struct and turned into values of a notebook interface
// (Bug, Feature); they are filed in a sync.Map by id and in a
// container/heap by severity; triage pops them in a loop into the
// columns of a board ([][]string), reorders a column with swaps, and
// shows the top of each column with slices of its rows.
package main

import (
	"container/heap"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

type Ticket interface {
	ID() int
	Severity() int
	Column() int
	Title() string
}

type Bug struct {
	N     int
	Sev   int
	Short string
}

func (b Bug) ID() int       { return b.N }
func (b Bug) Severity() int { return b.Sev }
func (b Bug) Column() int   { return 0 }
func (b Bug) Title() string { return "bug: " + b.Short }

type Feature struct {
	N     int
	Votes int
	Short string
}

func (f *Feature) ID() int       { return f.N }
func (f *Feature) Severity() int { return f.Votes / 10 }
func (f *Feature) Column() int   { return 1 }
func (f *Feature) Title() string { return "feature: " + f.Short }

type raw struct {
	ID    int    `json:"id"`
	Kind  string `json:"kind"`
	Sev   int    `json:"sev"`
	Votes int    `json:"votes"`
	Title string `json:"title"`
}

//cell

type Queue []Ticket

func (q Queue) Len() int { return len(q) }
func (q Queue) Less(i, j int) bool {
	if q[i].Severity() != q[j].Severity() {
		return q[i].Severity() > q[j].Severity()
	}
	return q[i].ID() < q[j].ID()
}
func (q Queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *Queue) Push(x any)   { *q = append(*q, x.(Ticket)) }
func (q *Queue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

func decode(lines []string) ([]Ticket, []error) {
	var ts []Ticket
	var errs []error
	for i := range lines {
		var r raw
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", i+1, err))
			continue
		}
		switch r.Kind {
		case "bug":
			ts = append(ts, Bug{r.ID, r.Sev, r.Title})
		case "feature":
			ts = append(ts, &Feature{r.ID, r.Votes, r.Title})
		default:
			errs = append(errs, fmt.Errorf("line %d: unknown kind %q", i+1, r.Kind))
		}
	}
	return ts, errs
}

//cell

func main() {
	lines := []string{
		`{"id": 1, "kind": "bug", "sev": 3, "title": "crash on save"}`,
		`{"id": 2, "kind": "feature", "votes": 42, "title": "dark mode"}`,
		`{"id": 3, "kind": "bug", "sev": 5, "title": "data loss"}`,
		`{"id": "4", "kind": "bug"}`,
		`{"id": 5, "kind": "chore", "title": "bump deps"}`,
		`{"id": 6, "kind": "feature", "votes": 7, "title": "emoji"}`,
		`{"id": 7, "kind": "bug", "sev": 1, "title": "typo"}`,
	}
	tickets, errs := decode(lines)
	for _, e := range errs {
		fmt.Println("rejected", e)
	}

	var byID sync.Map
	q := &Queue{}
	for _, t := range tickets {
		byID.Store(t.ID(), t)
		heap.Push(q, t)
	}
	board := make([][]string, 2)
	var order []any
	for q.Len() > 0 {
		t := heap.Pop(q)
		order = append(order, t)
		tk := t.(Ticket)
		board[tk.Column()] = append(board[tk.Column()], fmt.Sprintf("#%d %s", tk.ID(), tk.Title()))
	}
	fmt.Println(len(order), "triaged, first", order[0].(Ticket).ID())
	col := board[0]
	col[0], col[len(col)-1] = col[len(col)-1], col[0]
	for c, name := range []string{"bugs", "features"} {
		top := board[c][:min(2, len(board[c]))]
		fmt.Printf("%s (%d): %s\n", name, len(board[c]), strings.Join(top, "; "))
	}
	for _, id := range []int{3, 4, 6} {
		if v, ok := byID.Load(id); ok {
			fmt.Println("found", v.(Ticket).Title())
		} else {
			fmt.Println("no ticket", id)
		}
	}
}
