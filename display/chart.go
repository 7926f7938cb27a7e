package display

import (
	"bytes"
	"fmt"
	"html"
	"image/color"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Chart colors: the Okabe-Ito palette, distinguishable with the common
// forms of color blindness, drawn on a white background so that the chart
// reads the same in light and dark notebook themes.
var (
	colorInk      = color.RGBA{0x1f, 0x23, 0x28, 0xff} // text and axes
	colorGrid     = color.RGBA{0xd8, 0xdc, 0xe0, 0xff}
	colorBlue     = color.RGBA{0x00, 0x72, 0xb2, 0xff}
	colorOrange   = color.RGBA{0xe6, 0x9f, 0x00, 0xff}
	colorGreen    = color.RGBA{0x00, 0x9e, 0x73, 0xff}
	colorRed      = color.RGBA{0xd5, 0x5e, 0x00, 0xff}
	colorGray     = color.RGBA{0x99, 0x99, 0x99, 0xff}
	colorSkyBlue  = color.RGBA{0x56, 0xb4, 0xe9, 0xff}
	colorPurple   = color.RGBA{0xcc, 0x79, 0xa7, 0xff}
	colorBaseline = color.RGBA{0x6e, 0x77, 0x81, 0xff}
)

// chartFont is the sans-serif face used for all chart text. The SVG names
// it "Liberation Sans"; svgBytes adds metric-compatible fallbacks.
var chartFont = font.Font{Typeface: "Liberation", Variant: "Sans"}

// newPlot returns a plot with the package's style: sans-serif dark text on
// white, light grid-free axes.
func newPlot(title, xLabel string) *plot.Plot {
	p := plot.New()
	p.BackgroundColor = color.White
	p.Title.Text = title
	p.Title.TextStyle.Font = font.From(chartFont, 13)
	p.Title.TextStyle.Color = colorInk
	p.Title.Padding = vg.Points(8)
	for _, a := range []*plot.Axis{&p.X, &p.Y} {
		a.Label.TextStyle.Font = font.From(chartFont, 11)
		a.Label.TextStyle.Color = colorInk
		a.Tick.Label.Font = font.From(chartFont, 10)
		a.Tick.Label.Color = colorInk
		a.Color = colorInk
		a.Tick.Color = colorInk
		a.LineStyle.Color = colorInk
		a.Tick.LineStyle.Color = colorInk
	}
	p.X.Label.Text = xLabel
	p.Legend.TextStyle.Font = font.From(chartFont, 10)
	p.Legend.TextStyle.Color = colorInk
	return p
}

// chartPad is the white margin around a chart, so that labels drawn with
// a slightly wider fallback font are not cut at the edge.
const chartPad = vg.Length(10)

// render draws p on a white canvas of the given size in points, in the
// format "svg" or "png".
func render(p *plot.Plot, w, h vg.Length, format string) ([]byte, error) {
	c, err := draw.NewFormattedCanvas(w, h, format)
	if err != nil {
		return nil, fmt.Errorf("rendering %s: %w", format, err)
	}
	dc := draw.New(c)
	r := dc.Rectangle
	dc.FillPolygon(color.White, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}})
	p.Draw(draw.Crop(dc, chartPad, -chartPad, chartPad, -chartPad))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("rendering %s: %w", format, err)
	}
	return buf.Bytes(), nil
}

// svgBytes renders p as an SVG document of the given size in points.
func svgBytes(p *plot.Plot, w, h vg.Length) (string, error) {
	data, err := render(p, w, h, "svg")
	if err != nil {
		return "", err
	}
	s := string(data)
	// The renderer names only the font it measured with; browsers without
	// it would fall back to a serif face. Arial and Helvetica share its
	// metrics.
	s = strings.ReplaceAll(s, "font-family:Liberation Sans;",
		"font-family:'Liberation Sans',Arial,Helvetica,sans-serif;")
	s = fitText(s)
	if i := strings.Index(s, "<svg"); i > 0 {
		s = s[i:] // drop the XML prolog: the SVG is embedded in HTML
	}
	return s, nil
}

// reText matches a text element as vgsvg writes it: attributes, the
// font size in its style, and the escaped text.
var reText = regexp.MustCompile(`<text ([^>]*?font-size:([0-9.]+)px[^>]*)>([^<]*)</text>`)

// fitText gives every text element of an SVG chart the width it was laid
// out with (textLength). The chart is measured with Liberation Sans, but a
// browser draws it with whatever sans-serif face it has (DejaVu Sans on a
// bare Debian, some 15% wider), which would run labels into bars and past
// the edge; with textLength the browser fits the glyphs to the measured
// width instead.
func fitText(svg string) string {
	return reText.ReplaceAllStringFunc(svg, func(m string) string {
		g := reText.FindStringSubmatch(m)
		size, err := strconv.ParseFloat(g[2], 64)
		if err != nil || g[3] == "" {
			return m
		}
		face := font.DefaultCache.Lookup(chartFont, vg.Points(size))
		w := face.Width(html.UnescapeString(g[3])).Points()
		return fmt.Sprintf(`<text textLength="%.2f" lengthAdjust="spacingAndGlyphs" %s>%s</text>`, w, g[1], g[3])
	})
}

// pngBytes renders p as a PNG image of the given size in points.
func pngBytes(p *plot.Plot, w, h vg.Length) ([]byte, error) {
	return render(p, w, h, "png")
}

// durationUnit picks a unit for durations up to max: its name and its
// length in seconds.
func durationUnit(max time.Duration) (string, float64) {
	switch {
	case max >= 10*time.Second:
		return "s", 1
	case max >= 10*time.Millisecond:
		return "ms", 1e-3
	case max >= 10*time.Microsecond:
		return "µs", 1e-6
	default:
		return "ns", 1e-9
	}
}

// formatDuration prints d with 3 significant digits in a fitting unit.
func formatDuration(d time.Duration) string {
	if d < 0 {
		return "-" + formatDuration(-d)
	}
	var v float64
	var unit string
	switch {
	case d >= time.Minute:
		return d.Round(time.Second).String()
	case d >= time.Second:
		v, unit = d.Seconds(), "s"
	case d >= time.Millisecond:
		v, unit = float64(d)/1e6, "ms"
	case d >= time.Microsecond:
		v, unit = float64(d)/1e3, "µs"
	default:
		return fmt.Sprintf("%d ns", int64(d))
	}
	digits := 2
	switch {
	case v >= 100:
		digits = 0
	case v >= 10:
		digits = 1
	}
	return fmt.Sprintf("%.*f %s", digits, v, unit)
}

// formatRatio prints a speed-up ratio, e.g. "2.95×".
func formatRatio(r float64) string {
	switch {
	case math.IsInf(r, 0) || math.IsNaN(r):
		return "–"
	case r >= 100:
		return fmt.Sprintf("%.0f×", r)
	case r >= 10:
		return fmt.Sprintf("%.1f×", r)
	default:
		return fmt.Sprintf("%.2f×", r)
	}
}

// niceTicks marks an axis from lo to hi at about six round values
// (1, 2 or 5 times a power of ten), each labelled without needless
// decimals: "0 500 1000 1500", not plot's default "0.00 … 2500.00".
func niceTicks(lo, hi float64) []plot.Tick {
	if !(hi > lo) || math.IsInf(hi-lo, 0) {
		return []plot.Tick{{Value: lo, Label: strconv.FormatFloat(lo, 'g', -1, 64)}}
	}
	raw := (hi - lo) / 6
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{2, 5, 10} {
		if step >= raw {
			break
		}
		step = m * mag
	}
	decimals := max(0, int(-math.Floor(math.Log10(step)+1e-9)))
	var ticks []plot.Tick
	for i := math.Ceil(lo / step); i*step <= hi+step*1e-9; i++ {
		v := i * step
		label := strconv.FormatFloat(v, 'f', decimals, 64)
		if strings.Contains(label, ".") {
			label = strings.TrimRight(strings.TrimRight(label, "0"), ".")
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	return ticks
}

// box is a legend thumbnail: a filled square.
type box struct{ c color.Color }

// Thumbnail draws the box into c.
func (b box) Thumbnail(c *draw.Canvas) {
	pts := []vg.Point{
		{X: c.Min.X, Y: c.Min.Y}, {X: c.Max.X, Y: c.Min.Y},
		{X: c.Max.X, Y: c.Max.Y}, {X: c.Min.X, Y: c.Max.Y},
	}
	c.FillPolygon(b.c, c.ClipPolygonXY(pts))
}

// chartBundle is the bundle of a chart: the SVG, the same SVG as an HTML
// <img> (see SVGImg), and the text fallback.
func chartBundle(svg, text string) map[string]any {
	return map[string]any{MIMESVG: svg, MIMEHTML: SVGImg(svg, firstLine(text)), MIMEText: text}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
