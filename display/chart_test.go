package display

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

var (
	reSVGWidth = regexp.MustCompile(`viewBox="0 0 ([0-9.]+) `)
	reSVGText  = regexp.MustCompile(`<text textLength="([0-9.]+)" lengthAdjust="spacingAndGlyphs" x="([0-9.e+-]+)"[^>]*>([^<]*)</text>`)
)

// TestChartTextFits: every text of a chart carries the width it was laid
// out with, so a browser's fallback font cannot run it past the chart or
// into the bars, and that width lies inside the chart, however long the
// labels are.
func TestChartTextFits(t *testing.T) {
	c := NewComparison("gcd of six pairs: interpreted Go, compiled Go and CPython on this machine")
	c.Add("yaegi, serial", 900*time.Millisecond)
	c.Add("yaegi, ThreadPool(2)", 480*time.Millisecond)
	c.Add("compiled Go, 2 goroutines", 5*time.Millisecond)
	c.Add("CPython, ProcessPoolExecutor(2) with a much longer name than usual", 1950*time.Millisecond)
	log := NewTaskLog()
	for _, ev := range sampleEvents() {
		ev.Worker = strings.Replace(ev.Worker, "ThreadPool-1", "ProcessPool-12_3 (pid 123456)", 1)
		log.Record(ev)
	}
	for name, svg := range map[string]string{"comparison": c.SVG(), "timeline": log.Timeline("gcd").SVG()} {
		w, err := strconv.ParseFloat(reSVGWidth.FindStringSubmatch(svg)[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		if n, fitted := strings.Count(svg, "<text"), len(reSVGText.FindAllString(svg, -1)); n == 0 || n != fitted {
			t.Errorf("%s: %d of %d texts have a textLength", name, fitted, n)
		}
		for _, m := range reSVGText.FindAllStringSubmatch(svg, -1) {
			length, _ := strconv.ParseFloat(m[1], 64)
			x, _ := strconv.ParseFloat(m[2], 64)
			if length <= 0 || x < 0 || x+length > w+0.01 {
				t.Errorf("%s: %q spans %.1f..%.1f of a chart %.0f wide", name, m[3], x, x+length, w)
			}
		}
	}
	if !strings.Contains(c.SVG(), ">CPython, ProcessPoolExecutor(2) with a much longer name than usual</text>") {
		t.Error("the long name is not drawn whole")
	}
}

func TestNiceTicks(t *testing.T) {
	for _, tc := range []struct {
		min, max float64
		want     string
	}{
		{0, 2827, "0 500 1000 1500 2000 2500"},
		{0, 1.45, "0 0.5 1"},
		{0, 0.9, "0 0.2 0.4 0.6 0.8"},
		{0, 10, "0 2 4 6 8 10"},
		{0, 0.003, "0 0.0005 0.001 0.0015 0.002 0.0025 0.003"},
	} {
		var got []string
		for _, tk := range niceTicks(tc.min, tc.max) {
			got = append(got, tk.Label)
		}
		if s := strings.Join(got, " "); s != tc.want {
			t.Errorf("niceTicks(%v, %v) = %s, want %s", tc.min, tc.max, s, tc.want)
		}
	}
	if ticks := niceTicks(1, 1); len(ticks) == 0 {
		t.Error("an empty range has no ticks")
	}
}
