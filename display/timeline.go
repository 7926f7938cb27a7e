package display

import (
	"fmt"
	"image/color"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Span is one task on a worker: a bar in a Timeline.
type Span struct {
	Worker string
	Task   string // label, e.g. "#12 gcd"
	Start  time.Time
	End    time.Time // zero while the task runs
	State  TaskState // TaskDone, TaskFailed, TaskCancelled or TaskRunning
}

// Timeline is a per-worker task timeline (a Gantt chart): one row per
// worker, one bar per task, colored by outcome. It renders as SVG with a
// text summary per worker as text/plain. Build it from a TaskLog (see
// TaskLog.Timeline, TaskTable.Log) or from spans of any origin.
type Timeline struct {
	Title string
	Spans []Span
}

// Timeline returns the timeline of the tasks that have started.
func (l *TaskLog) Timeline(title string) *Timeline {
	tl := &Timeline{Title: title}
	for _, t := range l.Tasks() {
		if t.Started.IsZero() {
			continue
		}
		label := fmt.Sprintf("#%d", t.ID)
		if t.Func != "" {
			label += " " + t.Func
		}
		tl.Spans = append(tl.Spans, Span{Worker: t.Worker, Task: label, Start: t.Started, End: t.Finished, State: t.State})
	}
	return tl
}

// workers returns the worker names in natural order ("w2" before "w10").
func (tl *Timeline) workers() []string {
	seen := map[string]bool{}
	var ws []string
	for _, s := range tl.Spans {
		if !seen[s.Worker] {
			seen[s.Worker] = true
			ws = append(ws, s.Worker)
		}
	}
	sort.Slice(ws, func(i, j int) bool { return naturalLess(ws[i], ws[j]) })
	return ws
}

// naturalLess compares strings with digit runs compared as numbers.
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		da, db := digitPrefix(a), digitPrefix(b)
		if da != "" && db != "" {
			na, nb := strings.TrimLeft(da, "0"), strings.TrimLeft(db, "0")
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			if na != nb {
				return na < nb
			}
			a, b = a[len(da):], b[len(db):]
			continue
		}
		if a[0] != b[0] {
			return a[0] < b[0]
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func digitPrefix(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i]
}

func (tl *Timeline) bounds() (start, end time.Time) {
	for _, s := range tl.Spans {
		if start.IsZero() || s.Start.Before(start) {
			start = s.Start
		}
		e := s.End
		if e.IsZero() {
			e = s.Start
		}
		if e.After(end) {
			end = e
		}
	}
	return start, end
}

// String returns a per-worker summary (the text/plain form).
func (tl *Timeline) String() string {
	var b strings.Builder
	if tl.Title != "" {
		b.WriteString(validUTF8(tl.Title) + "\n")
	}
	if len(tl.Spans) == 0 {
		b.WriteString("(no tasks)\n")
		return b.String()
	}
	start, end := tl.bounds()
	fmt.Fprintf(&b, "%s tasks on %d workers in %s\n", commas(len(tl.Spans)), len(tl.workers()), formatDuration(end.Sub(start)))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "worker\ttasks\tbusy\tutilization\tfailed\tcancelled\trunning")
	for _, w := range tl.workers() {
		var n, failed, cancelled, running int
		var busy time.Duration
		for _, s := range tl.Spans {
			if s.Worker != w {
				continue
			}
			n++
			switch s.State {
			case TaskFailed:
				failed++
			case TaskCancelled:
				cancelled++
			case TaskRunning:
				running++
			}
			if !s.End.IsZero() {
				busy += s.End.Sub(s.Start)
			}
		}
		util := "–"
		if total := end.Sub(start); total > 0 {
			util = fmt.Sprintf("%.0f%%", 100*busy.Seconds()/total.Seconds())
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%d\t%d\n", w, n, formatDuration(busy), util, failed, cancelled, running)
	}
	_ = tw.Flush()
	return b.String()
}

// SVG returns the chart as an SVG document.
func (tl *Timeline) SVG() string {
	s, err := tl.svg()
	if err != nil {
		return errorSVG(fmt.Errorf("timeline: %w", err))
	}
	return s
}

// RenderPNG returns the chart as a PNG image, e.g. to save it to a file.
// (It is not named PNG so that displaying the chart sends only SVG.)
func (tl *Timeline) RenderPNG() ([]byte, error) {
	p, w, h, err := tl.plot()
	if err != nil {
		return nil, err
	}
	return pngBytes(p, w, h)
}

// MIMEBundle returns the SVG chart and the text summary.
func (tl *Timeline) MIMEBundle() map[string]any {
	s, err := tl.svg()
	if err != nil {
		return map[string]any{MIMEText: tl.String()}
	}
	return chartBundle(s, tl.String())
}

func (tl *Timeline) svg() (string, error) {
	p, w, h, err := tl.plot()
	if err != nil {
		return "", err
	}
	return svgBytes(p, w, h)
}

// maxBarsPerRow bounds the bars drawn per worker: tasks shorter than
// 1/maxBarsPerRow of the time axis (under a pixel) are drawn merged, so
// that a timeline of 100,000 tasks stays a small SVG.
const maxBarsPerRow = 1000

// mergeSpans joins, per worker, neighbouring spans of the same state that
// are shorter than res and less than res apart into one unlabeled span.
func mergeSpans(spans []Span, res time.Duration) []Span {
	if len(spans) <= maxBarsPerRow || res <= 0 {
		return spans
	}
	byWorker := map[string][]Span{}
	var workers []string
	for _, s := range spans {
		if _, ok := byWorker[s.Worker]; !ok {
			workers = append(workers, s.Worker)
		}
		byWorker[s.Worker] = append(byWorker[s.Worker], s)
	}
	out := make([]Span, 0, len(workers)*maxBarsPerRow)
	for _, w := range workers {
		ss := byWorker[w]
		sort.Slice(ss, func(i, j int) bool { return ss[i].Start.Before(ss[j].Start) })
		var cur Span
		merged := false
		have := false
		for _, s := range ss {
			short := !s.End.IsZero() && s.End.Sub(s.Start) < res
			if have && short && merged && s.State == cur.State && s.Start.Sub(cur.End) < res {
				cur.End = s.End
				cur.Task = ""
				continue
			}
			if have {
				out = append(out, cur)
			}
			cur, have, merged = s, true, short
		}
		if have {
			out = append(out, cur)
		}
	}
	return out
}

// gantt is the plotter that draws the bars.
type gantt struct {
	rows   map[string]int
	spans  []Span
	start  time.Time
	scale  float64 // seconds per x unit
	xmax   float64
	height float64 // bar height in y units
	font   text.Style

	legend     []legendEntry
	legendFont text.Style
}

type legendEntry struct {
	label string
	color color.Color
}

// drawLegend draws the entries in one line, right-aligned, in the band
// above the top row.
func (g *gantt) drawLegend(c draw.Canvas, trY func(float64) vg.Length) {
	y := trY(float64(len(g.rows)) - 0.5 + legendBand/2)
	const sw, gap = vg.Length(9), vg.Length(4)
	var width vg.Length
	for _, e := range g.legend {
		width += sw + gap + g.legendFont.Width(e.label) + 3*gap
	}
	x := c.Max.X - width
	for _, e := range g.legend {
		box{e.color}.Thumbnail(&draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{
			Min: vg.Point{X: x, Y: y - sw/2}, Max: vg.Point{X: x + sw, Y: y + sw/2}}})
		x += sw + gap
		c.FillText(g.legendFont, vg.Point{X: x, Y: y}, e.label)
		x += g.legendFont.Width(e.label) + 3*gap
	}
}

var spanColors = map[TaskState]color.Color{
	TaskDone:      colorBlue,
	TaskFailed:    colorRed,
	TaskCancelled: colorGray,
	TaskRunning:   colorOrange,
	TaskPending:   colorSkyBlue,
}

func (g *gantt) x(t time.Time) float64 { return t.Sub(g.start).Seconds() / g.scale }

// Plot draws every span as a rectangle, with its label inside when it
// fits.
func (g *gantt) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	g.drawLegend(c, trY)
	// Done tasks first, then failed, cancelled and running ones on top,
	// at least 2pt wide, so that a rare failure among many short tasks
	// stays visible.
	for pass := 0; pass < 2; pass++ {
		for _, s := range g.spans {
			if (s.State == TaskDone) != (pass == 0) {
				continue
			}
			g.drawSpan(c, trX, trY, s)
		}
	}
}

func (g *gantt) drawSpan(c draw.Canvas, trX, trY func(float64) vg.Length, s Span) {
	minW := vg.Length(0.6)
	if s.State != TaskDone {
		minW = 2
	}
	row := float64(g.rows[s.Worker])
	end := s.End
	if end.IsZero() {
		end = g.start.Add(time.Duration(g.xmax * g.scale * float64(time.Second)))
	}
	x0, x1 := trX(g.x(s.Start)), trX(g.x(end))
	if x1-x0 < minW {
		x1 = x0 + minW
	}
	y0, y1 := trY(row-g.height/2), trY(row+g.height/2)
	col := spanColors[s.State]
	if col == nil {
		col = colorPurple
	}
	pts := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
	c.FillPolygon(col, c.ClipPolygonXY(pts))
	if x1-x0 > vg.Length(3) { // a thin white gap between neighbours
		c.StrokeLine2(draw.LineStyle{Color: color.White, Width: 0.5}, x1, y0, x1, y1)
	}
	if s.Task != "" && x1-x0 > g.font.Width(s.Task)+4 {
		f := g.font
		if s.State == TaskRunning { // white on orange is hard to read
			f.Color = colorInk
		}
		c.FillText(f, vg.Point{X: (x0 + x1) / 2, Y: (y0 + y1) / 2}, s.Task)
	}
}

// DataRange returns the extent of the bars.
func (g *gantt) DataRange() (xmin, xmax, ymin, ymax float64) {
	// The band above the top row holds the legend.
	return 0, g.xmax, -0.5, float64(len(g.rows)) - 0.5 + legendBand
}

// legendBand is the empty space above the top row, in rows, that keeps
// the legend off the bars.
const legendBand = 0.9

func (tl *Timeline) plot() (*plot.Plot, vg.Length, vg.Length, error) {
	if len(tl.Spans) == 0 {
		return nil, 0, 0, fmt.Errorf("no tasks to draw")
	}
	start, end := tl.bounds()
	total := end.Sub(start)
	if total <= 0 {
		total = time.Microsecond
	}
	unit, scale := durationUnit(total)
	workers := tl.workers()
	rows := make(map[string]int, len(workers))
	names := make([]string, len(workers))
	for i, w := range workers { // first worker on top
		r := len(workers) - 1 - i
		rows[w] = r
		name := w
		if name == "" {
			name = "(none)"
		}
		names[r] = name
	}
	title := tl.Title
	if title == "" {
		title = "Task timeline"
	}
	var counts [len(taskStateNames)]int
	for _, s := range tl.Spans {
		if s.State >= 0 && int(s.State) < len(counts) {
			counts[s.State]++
		}
	}
	p := newPlot(fmt.Sprintf("%s\n%s tasks on %d workers in %s", title, commas(len(tl.Spans)), len(workers), formatDuration(total)),
		"time since the first task started ("+unit+")")
	p.Title.TextStyle.Font.Size = 12
	labelStyle := p.Y.Tick.Label
	labelStyle.Font.Size = 8
	labelStyle.Color = color.White
	labelStyle.XAlign = draw.XCenter
	labelStyle.YAlign = draw.YCenter
	g := &gantt{rows: rows, spans: mergeSpans(tl.Spans, total/maxBarsPerRow), start: start, scale: scale,
		xmax: total.Seconds() / scale, height: 0.72, font: labelStyle}
	p.Add(g)
	p.NominalY(names...)
	p.X.Min = 0
	p.X.Max = g.xmax
	legendStyle := p.Y.Tick.Label
	legendStyle.Font.Size = 10
	legendStyle.XAlign = draw.XLeft
	legendStyle.YAlign = draw.YCenter
	g.legendFont = legendStyle
	for _, st := range []TaskState{TaskDone, TaskFailed, TaskCancelled, TaskRunning} {
		if counts[st] > 0 {
			g.legend = append(g.legend, legendEntry{fmt.Sprintf("%s (%s)", st, commas(counts[st])), spanColors[st]})
		}
	}
	h := vg.Points(float64(100 + 26*len(workers)))
	return p, vg.Points(640), h, nil
}
