package display

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Timing is the measured duration of one named variant.
type Timing struct {
	Name     string
	Duration time.Duration   // median of Runs
	Runs     []time.Duration // every run, in order
}

// Comparison times named variants of the same work (e.g. "serial",
// "goroutines", "processes") and shows their durations as a bar chart
// with speed-up ratios relative to the first variant. It renders as SVG
// with a text table as text/plain, so the last expression of a cell that
// is a *Comparison shows the chart.
//
//	c := display.NewComparison("gcd of 1e6 pairs")
//	c.Time("serial", serial)
//	c.Time("goroutines", parallel)
//	c
type Comparison struct {
	// Title is shown above the chart.
	Title string
	// Runs is how many times Time calls each function; the median counts.
	// Values below 1 mean 1.
	Runs int

	mu      sync.Mutex
	timings []Timing
}

// NewComparison returns an empty comparison with the given title.
func NewComparison(title string) *Comparison {
	return &Comparison{Title: title, Runs: 1}
}

// Time runs f c.Runs times, records the median duration under name and
// returns it. A panic in f propagates after nothing was recorded.
func (c *Comparison) Time(name string, f func()) time.Duration {
	c.mu.Lock()
	n := max(c.Runs, 1)
	c.mu.Unlock()
	runs := make([]time.Duration, n)
	for i := range runs {
		start := time.Now()
		f()
		runs[i] = time.Since(start)
	}
	return c.add(name, runs)
}

// Add records durations measured elsewhere under name (the median
// counts) and returns the median.
func (c *Comparison) Add(name string, runs ...time.Duration) time.Duration {
	if len(runs) == 0 {
		return 0
	}
	return c.add(name, append([]time.Duration(nil), runs...))
}

func (c *Comparison) add(name string, runs []time.Duration) time.Duration {
	sorted := append([]time.Duration(nil), runs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	med := sorted[len(sorted)/2]
	if len(sorted)%2 == 0 {
		med = (sorted[len(sorted)/2-1] + sorted[len(sorted)/2]) / 2
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for i := range c.timings {
		if c.timings[i].Name == name {
			c.timings[i] = Timing{Name: name, Duration: med, Runs: runs}
			return med
		}
	}
	c.timings = append(c.timings, Timing{Name: name, Duration: med, Runs: runs})
	return med
}

// Timings returns the recorded timings in the order they were added.
func (c *Comparison) Timings() []Timing {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]Timing(nil), c.timings...)
}

// SpeedUp returns how many times faster than the first variant the
// variant name ran (baseline duration / its duration), or 0 when either
// is unknown.
func (c *Comparison) SpeedUp(name string) float64 {
	ts := c.Timings()
	if len(ts) == 0 {
		return 0
	}
	for _, t := range ts {
		if t.Name == name && t.Duration > 0 {
			return float64(ts[0].Duration) / float64(t.Duration)
		}
	}
	return 0
}

func (c *Comparison) subtitle(ts []Timing) string {
	runs := 0
	for _, t := range ts {
		runs = max(runs, len(t.Runs))
	}
	if runs > 1 {
		return fmt.Sprintf("median of %d runs; speed-up relative to %q", runs, ts[0].Name)
	}
	return fmt.Sprintf("speed-up relative to %q", ts[0].Name)
}

// String returns the comparison as a text table (the text/plain form).
func (c *Comparison) String() string {
	ts := c.Timings()
	var b strings.Builder
	if c.Title != "" {
		b.WriteString(c.Title + "\n")
	}
	if len(ts) == 0 {
		b.WriteString("(no timings)\n")
		return b.String()
	}
	b.WriteString("(" + c.subtitle(ts) + ")\n")
	rows := [][3]string{{"variant", "time", "speed-up"}}
	for _, t := range ts {
		rows = append(rows, [3]string{t.Name, formatDuration(t.Duration), formatRatio(ratio(ts[0].Duration, t.Duration))})
	}
	var w [3]int
	for _, r := range rows {
		for i, c := range r {
			w[i] = max(w[i], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows { // names left-aligned, numbers right-aligned
		fmt.Fprintf(&b, "%-*s  %*s  %*s\n", w[0], r[0], w[1], r[1], w[2], r[2])
	}
	return b.String()
}

func ratio(base, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(base) / float64(d)
}

// SVG returns the bar chart as an SVG document.
func (c *Comparison) SVG() string {
	s, err := c.svg()
	if err != nil {
		return errorSVG(err)
	}
	return s
}

// RenderPNG returns the chart as a PNG image, e.g. to save it to a file.
// (It is not named PNG so that displaying the chart sends only SVG.)
func (c *Comparison) RenderPNG() ([]byte, error) {
	p, w, h, err := c.plot()
	if err != nil {
		return nil, err
	}
	return pngBytes(p, w, h)
}

// MIMEBundle returns the SVG chart and the text table.
func (c *Comparison) MIMEBundle() map[string]any {
	s, err := c.svg()
	if err != nil {
		return map[string]any{MIMEText: c.String() + "\n(chart failed: " + err.Error() + ")"}
	}
	return chartBundle(s, c.String())
}

func (c *Comparison) svg() (string, error) {
	p, w, h, err := c.plot()
	if err != nil {
		return "", err
	}
	return svgBytes(p, w, h)
}

// plot builds the horizontal bar chart: the first variant on top, a bar
// per variant labelled with its time and speed-up.
func (c *Comparison) plot() (*plot.Plot, vg.Length, vg.Length, error) {
	ts := c.Timings()
	if len(ts) == 0 {
		return nil, 0, 0, fmt.Errorf("no timings to chart")
	}
	var maxD time.Duration
	for _, t := range ts {
		maxD = max(maxD, t.Duration)
	}
	unit, scale := durationUnit(maxD)
	title := c.Title
	if title == "" {
		title = "Timing comparison"
	}
	p := newPlot(title+"\n"+c.subtitle(ts), "time ("+unit+"), shorter is faster")
	p.Title.TextStyle.Font.Size = 12
	grid := plotter.NewGrid() // first, so that it lies under the bars
	grid.Horizontal.Width = 0
	grid.Vertical.Color = colorGrid
	grid.Vertical.Width = vg.Points(0.5)
	p.Add(grid)
	n := len(ts)
	names := make([]string, n)
	labels := plotter.XYLabels{XYs: make(plotter.XYs, n), Labels: make([]string, n)}
	var styles []text.Style
	best := 0
	for i, t := range ts {
		if t.Duration < ts[best].Duration {
			best = i
		}
	}
	for i, t := range ts {
		row := float64(n - 1 - i) // first variant on top
		names[n-1-i] = t.Name
		v := t.Duration.Seconds() / scale
		bar, err := plotter.NewBarChart(plotter.Values{v}, vg.Points(22))
		if err != nil {
			return nil, 0, 0, fmt.Errorf("bar for %q: %w", t.Name, err)
		}
		bar.Horizontal = true
		bar.XMin = row
		bar.LineStyle.Width = 0
		switch {
		case i == 0:
			bar.Color = colorBaseline
		case i == best:
			bar.Color = colorGreen
		case t.Duration > ts[0].Duration:
			bar.Color = colorOrange
		default:
			bar.Color = colorBlue
		}
		p.Add(bar)
		labels.XYs[i] = plotter.XY{X: v, Y: row}
		label := formatDuration(t.Duration)
		if i == 0 {
			label += " · baseline"
		} else {
			r := ratio(ts[0].Duration, t.Duration)
			switch {
			case r >= 1:
				label += " · " + formatRatio(r) + " faster"
			case r > 0:
				label += " · " + formatRatio(1/r) + " slower"
			}
		}
		labels.Labels[i] = label
		st := p.Y.Tick.Label
		st.XAlign = draw.XLeft
		st.YAlign = draw.YCenter
		st.Color = colorInk
		styles = append(styles, st)
	}
	lab, err := plotter.NewLabels(labels)
	if err != nil {
		return nil, 0, 0, fmt.Errorf("labels: %w", err)
	}
	lab.TextStyle = styles
	lab.Offset = vg.Point{X: vg.Points(5)}
	p.Add(lab)
	p.NominalY(names...)
	p.Y.Tick.Label.Font.Size = 11
	p.Y.Padding = vg.Points(4)
	p.X.Min = 0
	p.X.Max = maxD.Seconds() / scale * 1.45 // room for the labels
	p.X.Tick.Marker = plot.TickerFunc(niceTicks)
	h := vg.Points(float64(70 + 34*n))
	return p, vg.Points(560), h, nil
}

// errorSVG is a small SVG that shows err, for renderers that must return
// SVG.
func errorSVG(err error) string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="420" height="40"><rect width="100%%" height="100%%" fill="#fff0f0"/>`+
		`<text x="8" y="24" font-family="sans-serif" font-size="13" fill="#b00020">%s</text></svg>`, escapeXML(err.Error()))
}

func escapeXML(s string) string {
	var b strings.Builder
	for _, r := range validUTF8(s) {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
