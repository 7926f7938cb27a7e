package executor

import (
	"fmt"
	"html"
	"runtime"
	"sort"
	"strings"
)

// poolStats is a snapshot of a pool: what String and HTML show.
type poolStats struct {
	kind    string // "ThreadPool" or "ProcessPool"
	name    string
	workers int // the bound
	started int // workers started (goroutines or processes)
	pending int // queued, not yet taken by a worker
	running int // taken by a worker and not finished
	done    int // finished, failed or cancelled
	state   string
	tasks   []runningTask // ProcessPool: the tasks running now, by worker
}

// runningTask is one running task of a ProcessPool.
type runningTask struct {
	worker string // e.g. "ProcessPool-1_0 (pid 4242)"
	id     uint64
	fn     string
}

// poolState names a pool's state for its summary.
func poolState(broken error, shutdown bool) string {
	switch {
	case broken != nil:
		return "broken: " + broken.Error()
	case shutdown:
		return "shut down"
	}
	return "open"
}

func (p *ThreadPool) stats() poolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := poolStats{kind: "ThreadPool", name: p.name, workers: p.max, started: p.workers,
		pending: len(p.queue) - p.head, running: p.busy, state: poolState(p.broken, p.shutdown)}
	if st.workers == 0 { // a zero ThreadPool before its first task
		st.workers = runtime.NumCPU()
	}
	if st.name == "" {
		st.name = "ThreadPool"
	}
	st.done = int(p.seq) - st.pending - st.running
	return st
}

func (p *ProcessPool) stats() poolStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := poolStats{kind: "ProcessPool", name: p.name, workers: p.max, started: p.max,
		pending: len(p.queue), running: len(p.running), state: poolState(p.broken, p.shutdown)}
	// A task a worker has taken but not yet started counts as done for a
	// moment: the snapshot needs no bookkeeping on the task's path.
	st.done = max(int(p.seq)-st.pending-st.running, 0)
	for f, w := range p.running {
		st.tasks = append(st.tasks, runningTask{worker: w.name, id: f.id, fn: f.Name()})
	}
	sort.Slice(st.tasks, func(i, j int) bool { return st.tasks[i].worker < st.tasks[j].worker })
	return st
}

// line is the one-line summary, e.g.
// `ThreadPool(4) "ThreadPool-1": 2 pending, 4 running, 10 done`.
func (st poolStats) line() string {
	s := fmt.Sprintf("%s(%d) %q: %d pending, %d running, %d done", st.kind, st.workers, st.name,
		st.pending, st.running, st.done)
	if st.state != "open" {
		s += "; " + st.state
	}
	return s
}

// String summarizes the pool on one line: its kind and worker bound, its
// name, and how many tasks are pending, running and done (finished,
// failed or cancelled), e.g.
// `ThreadPool(4) "ThreadPool-1": 2 pending, 4 running, 10 done`,
// followed by "; shut down" or "; broken: <why>" when it takes no tasks.
func (p *ThreadPool) String() string { return p.stats().line() }

// HTML renders the pool's summary as a small table, which is how a
// notebook shows a pool that is a cell's value.
func (p *ThreadPool) HTML() string { return p.stats().html() }

// String summarizes the pool on one line like ThreadPool.String, e.g.
// `ProcessPool(2) "ProcessPool-1": 0 pending, 1 running, 5 done`.
func (p *ProcessPool) String() string { return p.stats().line() }

// HTML renders the pool's summary as a small table, with the task each
// worker process runs now; a notebook shows a pool that is a cell's value
// this way.
func (p *ProcessPool) HTML() string { return p.stats().html() }

// Style of the summary tables; the colors are those of display's task
// table (Okabe-Ito).
const (
	sumBox  = `<div style="font-family:var(--jp-ui-font-family,system-ui,sans-serif);font-size:13px;line-height:1.4">`
	sumTab  = `<table style="border-collapse:collapse;font-size:inherit;font-variant-numeric:tabular-nums">`
	sumCell = `padding:2px 10px;border-bottom:1px solid var(--jp-border-color2,#d0d7de);white-space:nowrap;`
	sumTh   = `<th style="` + sumCell + `text-align:left">`
	sumTd   = `<td style="` + sumCell + `text-align:left">`
	sumNum  = `<td style="` + sumCell + `text-align:right">`
)

var stateColors = map[State]string{Pending: "#6e7781", Running: "#e69f00", Finished: "#0072b2",
	Cancelled: "#999999", CancelledAndNotified: "#999999"}

func badge(text, bg string) string {
	fg := "#fff"
	if bg == "#e69f00" {
		fg = "#1f2328"
	}
	return `<span style="background:` + bg + `;color:` + fg +
		`;border-radius:3px;padding:0 6px;font-size:12px">` + html.EscapeString(text) + `</span>`
}

func (st poolStats) html() string {
	var b strings.Builder
	b.WriteString(sumBox)
	fmt.Fprintf(&b, "<b>%s</b> — %s, %d workers", html.EscapeString(st.name), st.kind, st.workers)
	if st.kind == "ThreadPool" {
		fmt.Fprintf(&b, " (%d started)", st.started)
	}
	if st.state != "open" {
		b.WriteString(" · ")
		bg := "#999999"
		if strings.HasPrefix(st.state, "broken") {
			bg = "#d55e00"
		}
		b.WriteString(badge(st.state, bg))
	}
	b.WriteString(sumTab + "<thead><tr>")
	for _, h := range []string{"pending", "running", "done"} {
		b.WriteString(`<th style="` + sumCell + `text-align:right">` + h + "</th>")
	}
	b.WriteString("</tr></thead><tbody><tr>")
	for _, n := range []int{st.pending, st.running, st.done} {
		fmt.Fprintf(&b, "%s%d</td>", sumNum, n)
	}
	b.WriteString("</tr></tbody></table>")
	if len(st.tasks) > 0 {
		b.WriteString(`<div style="margin-top:6px">running now:</div>` + sumTab +
			"<thead><tr>" + sumTh + "worker</th>" + sumTh + "task</th>" + sumTh + "function</th></tr></thead><tbody>")
		for _, t := range st.tasks {
			fmt.Fprintf(&b, "<tr>%s%s</td>%s%d</td>%s%s</td></tr>", sumTd, html.EscapeString(t.worker),
				sumNum, t.id, sumTd, html.EscapeString(t.fn))
		}
		b.WriteString("</tbody></table>")
	}
	b.WriteString("</div>")
	return b.String()
}

// HTML renders the future as one table row: its task id, function, state
// and, once it finished, its result or error. A notebook shows a future
// that is a cell's value this way.
func (f *Future) HTML() string {
	s := f.State()
	var b strings.Builder
	b.WriteString(sumBox + sumTab + "<thead><tr>" + sumTh + "task</th>" + sumTh + "function</th>" +
		sumTh + "state</th>" + sumTh + "result</th></tr></thead><tbody><tr>")
	fmt.Fprintf(&b, "%s%d</td>%s%s</td>", sumNum, f.id, sumTd, html.EscapeString(f.Name()))
	label, bg := s.String(), stateColors[s]
	var result string
	if s == Finished {
		if f.err != nil {
			label, bg = "failed", "#d55e00"
			result = f.err.Error()
		} else {
			result = fmt.Sprintf("%v", f.value)
		}
	}
	if r := []rune(result); len(r) > 200 {
		result = string(r[:200]) + "…"
	}
	fmt.Fprintf(&b, "%s%s</td>%s<code>%s</code></td></tr></tbody></table></div>", sumTd, badge(label, bg),
		sumTd, html.EscapeString(result))
	return b.String()
}
