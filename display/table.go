package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// TaskTable is a live HTML table of tasks: id, function, arguments,
// state, worker and duration, under a summary line with a progress bar.
// It displays itself when created and then updates in place as events
// arrive, at most once per Interval however many tasks there are (a Map
// over 100,000 tasks sends a few updates a second), and once more when
// every task is finished, so it ends in its final state. It shows every
// task of small runs; of large runs the running tasks, the last failures
// and the most recently finished tasks, up to MaxRows rows.
//
// Feed it with Record, or install it as an executor observer (its
// OnEvent method). Outside a kernel it prints its text form each time all
// tasks are finished.
type TaskTable struct {
	title string
	log   *TaskLog
	lv    *live

	mu       sync.Mutex
	interval time.Duration
	maxRows  int
	now      func() time.Time
}

// NewTaskTable returns a table with the given title and displays it.
func NewTaskTable(title string) *TaskTable {
	t := newTaskTable(title, time.Now)
	t.lv.show()
	return t
}

func newTaskTable(title string, now func() time.Time) *TaskTable {
	t := &TaskTable{title: title, log: NewTaskLog(), interval: DefaultInterval, maxRows: 15, now: now}
	t.lv = newLive(t.getInterval, t.bundle, func() bool { return t.log.Active() == 0 })
	return t
}

// SetInterval sets the shortest time between two updates (default
// DefaultInterval).
func (t *TaskTable) SetInterval(d time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.interval = d
}

func (t *TaskTable) getInterval() time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.interval
}

// SetMaxRows sets how many task rows the table shows at most (default 15).
func (t *TaskTable) SetMaxRows(n int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.maxRows = max(n, 1)
}

// Log returns the TaskLog behind the table, e.g. for a Timeline.
func (t *TaskTable) Log() *TaskLog { return t.log }

// Record adds one task event and schedules an update.
func (t *TaskTable) Record(ev TaskEvent) {
	t.log.Record(ev)
	t.lv.touch()
}

// Flush updates the output now.
func (t *TaskTable) Flush() { t.lv.flush(false) }

// Close updates the output with the current state now; outside a kernel
// it prints it even if tasks are still active.
func (t *TaskTable) Close() { t.lv.close() }

// ID returns the display id of the table's output.
func (t *TaskTable) ID() string { return t.lv.handle.ID() }

func (t *TaskTable) bundle() Bundle {
	return Bundle{Data: map[string]any{MIMEHTML: t.HTML(), MIMEText: t.String()}}
}

func (t *TaskTable) snapshot() (summary, time.Time) {
	t.mu.Lock()
	rows, now := t.maxRows, t.now()
	t.mu.Unlock()
	return t.log.snapshot(rows), now
}

// progressLine describes counts, rate and ETA, e.g.
// "45,210 of 100,000 finished · 4 running · 12 failed · 1,234 tasks/s".
func progressLine(s summary, now time.Time) string {
	finished := s.counts[TaskDone] + s.counts[TaskFailed] + s.counts[TaskCancelled]
	parts := []string{fmt.Sprintf("%s of %s finished", commas(finished), commas(s.total))}
	if n := s.counts[TaskRunning]; n > 0 {
		parts = append(parts, commas(n)+" running")
	}
	if n := s.counts[TaskPending]; n > 0 {
		parts = append(parts, commas(n)+" pending")
	}
	if n := s.counts[TaskFailed]; n > 0 {
		parts = append(parts, commas(n)+" failed")
	}
	if n := s.counts[TaskCancelled]; n > 0 {
		parts = append(parts, commas(n)+" cancelled")
	}
	end := s.last
	active := finished < s.total
	if active {
		end = now
	}
	if !s.first.IsZero() && end.After(s.first) {
		elapsed := end.Sub(s.first)
		rate := float64(finished) / elapsed.Seconds()
		if finished > 0 {
			parts = append(parts, formatRate(rate))
		}
		parts = append(parts, formatDuration(elapsed)+" elapsed")
		if active && rate > 0 {
			eta := time.Duration(float64(s.total-finished) / rate * float64(time.Second))
			parts = append(parts, "ETA "+formatDuration(eta))
		}
	}
	return strings.Join(parts, " · ")
}

func formatRate(r float64) string {
	switch {
	case r >= 100:
		return commas(int(r+0.5)) + " tasks/s"
	case r >= 1:
		return fmt.Sprintf("%.1f tasks/s", r)
	default:
		return fmt.Sprintf("%.2f tasks/s", r)
	}
}

// commas formats n with thousands separators.
func commas(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

// State colors in HTML: white text on saturated badges reads in light and
// dark themes alike.
var stateColors = [...]string{"#6e7781", "#e69f00", "#0072b2", "#d55e00", "#999999"}

const (
	cssBox   = "font-family:var(--jp-ui-font-family,system-ui,sans-serif);font-size:13px;line-height:1.4"
	cssTable = "border-collapse:collapse;margin-top:6px;font-size:inherit;font-variant-numeric:tabular-nums"
	cssCell  = "padding:2px 10px;border-bottom:1px solid var(--jp-border-color2,#d0d7de);text-align:left;white-space:nowrap"
	cssNum   = "padding:2px 10px;border-bottom:1px solid var(--jp-border-color2,#d0d7de);text-align:right;white-space:nowrap"
)

// progressBarHTML draws a stacked bar of done, failed, cancelled and
// running tasks.
func progressBarHTML(s summary) string {
	var b strings.Builder
	b.WriteString(`<div style="display:flex;width:100%;max-width:520px;height:10px;border-radius:5px;overflow:hidden;background:var(--jp-layout-color3,#d0d7de);margin:4px 0">`)
	if s.total > 0 {
		for _, st := range []TaskState{TaskDone, TaskFailed, TaskCancelled, TaskRunning} {
			if n := s.counts[st]; n > 0 {
				fmt.Fprintf(&b, `<div title="%s: %d" style="width:%.3f%%;background:%s"></div>`,
					st, n, 100*float64(n)/float64(s.total), stateColors[st])
			}
		}
	}
	b.WriteString(`</div>`)
	return b.String()
}

func badge(st TaskState) string {
	c := "#6e7781"
	if int(st) >= 0 && int(st) < len(stateColors) {
		c = stateColors[st]
	}
	fg := "#fff"
	if st == TaskRunning { // white on orange is hard to read
		fg = "#1f2328"
	}
	return fmt.Sprintf(`<span style="background:%s;color:%s;border-radius:3px;padding:0 6px;font-size:12px">%s</span>`, c, fg, st)
}

func shorten(s string, n int) string {
	s = validUTF8(s)
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func hasArgs(rows []Task) bool {
	for _, r := range rows {
		if r.Args != "" {
			return true
		}
	}
	return false
}

// HTML returns the table as an HTML fragment.
func (t *TaskTable) HTML() string {
	s, now := t.snapshot()
	var b strings.Builder
	fmt.Fprintf(&b, `<div style="%s">`, cssBox)
	if t.title != "" {
		fmt.Fprintf(&b, `<b>%s</b> — `, html.EscapeString(validUTF8(t.title)))
	}
	if s.total == 0 {
		b.WriteString(`waiting for tasks…</div>`)
		return b.String()
	}
	b.WriteString(html.EscapeString(progressLine(s, now)))
	b.WriteString(progressBarHTML(s))
	withArgs := hasArgs(s.rows)
	fmt.Fprintf(&b, `<table style="%s"><thead><tr>`, cssTable)
	for _, h := range []string{"id", "function", "args", "state", "worker", "duration"} {
		if h == "args" && !withArgs {
			continue
		}
		style := cssCell
		if h == "id" || h == "duration" {
			style = cssNum
		}
		fmt.Fprintf(&b, `<th style="%s">%s</th>`, style, h)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, r := range s.rows {
		state := badge(r.State)
		if r.Err != nil {
			msg := validUTF8(r.Err.Error())
			state += fmt.Sprintf(` <span title="%s">%s</span>`, html.EscapeString(msg), html.EscapeString(shorten(msg, 48)))
		}
		dur := ""
		if d := r.Duration(now); d > 0 {
			dur = formatDuration(d)
		}
		args := ""
		if withArgs {
			args = fmt.Sprintf(`<td style="%s">%s</td>`, cssCell, html.EscapeString(shorten(r.Args, 40)))
		}
		fmt.Fprintf(&b, `<tr><td style="%s">%d</td><td style="%s">%s</td>%s<td style="%s">%s</td><td style="%s">%s</td><td style="%s">%s</td></tr>`,
			cssNum, r.ID,
			cssCell, html.EscapeString(shorten(r.Func, 40)),
			args,
			cssCell, state,
			cssCell, html.EscapeString(r.Worker),
			cssNum, dur)
	}
	b.WriteString(`</tbody></table>`)
	if s.hidden > 0 {
		fmt.Fprintf(&b, `<div style="opacity:.7;margin-top:2px">… %s more tasks not shown</div>`, commas(s.hidden))
	}
	b.WriteString(`</div>`)
	return b.String()
}

// String returns the table as text (the text/plain form).
func (t *TaskTable) String() string {
	s, now := t.snapshot()
	var b strings.Builder
	if t.title != "" {
		b.WriteString(validUTF8(t.title) + ": ")
	}
	if s.total == 0 {
		b.WriteString("waiting for tasks…\n")
		return b.String()
	}
	b.WriteString(progressLine(s, now) + "\n")
	withArgs := hasArgs(s.rows)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	if withArgs {
		fmt.Fprintln(tw, "id\tfunction\targs\tstate\tworker\tduration")
	} else {
		fmt.Fprintln(tw, "id\tfunction\tstate\tworker\tduration")
	}
	for _, r := range s.rows {
		state := r.State.String()
		if r.Err != nil {
			state += ": " + shorten(r.Err.Error(), 48)
		}
		dur := ""
		if d := r.Duration(now); d > 0 {
			dur = formatDuration(d)
		}
		if withArgs {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", r.ID, shorten(r.Func, 40), shorten(r.Args, 40), state, r.Worker, dur)
		} else {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", r.ID, shorten(r.Func, 40), state, r.Worker, dur)
		}
	}
	_ = tw.Flush()
	if s.hidden > 0 {
		fmt.Fprintf(&b, "… %s more tasks not shown\n", commas(s.hidden))
	}
	return b.String()
}
