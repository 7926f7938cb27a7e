package display

import (
	"fmt"
	"html"
	"strings"
	"sync"
	"time"
)

// Progress is a compact live progress bar for long Map calls: done/total,
// percentage, rate and estimated time left. It displays itself when
// created and updates in place at most once per interval, and once more
// when done reaches total. Count with Add, or install it as an executor
// observer (its OnEvent method; then a total of 0 means "the number of
// tasks submitted so far", so give the real total for a meaningful ETA
// when Map submits gradually). Outside a kernel it prints its text form
// when it is complete or closed.
type Progress struct {
	title string
	lv    *live
	now   func() time.Time

	mu        sync.Mutex
	total     int
	submitted int
	done      int
	failed    int
	cancelled int
	start     time.Time
	last      time.Time
	interval  time.Duration
}

// NewProgress returns a progress bar for total steps and displays it.
func NewProgress(title string, total int) *Progress {
	p := newProgress(title, total, time.Now)
	p.lv.show()
	return p
}

func newProgress(title string, total int, now func() time.Time) *Progress {
	p := &Progress{title: title, total: total, now: now, interval: DefaultInterval}
	p.lv = newLive(p.getInterval, p.bundle, p.complete)
	return p
}

func (p *Progress) getInterval() time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.interval
}

// SetInterval sets the shortest time between two updates (default
// DefaultInterval).
func (p *Progress) SetInterval(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.interval = d
}

// SetTotal changes the number of steps.
func (p *Progress) SetTotal(n int) {
	p.mu.Lock()
	p.total = n
	p.mu.Unlock()
	p.lv.touch()
}

// Add counts n more steps done.
func (p *Progress) Add(n int) {
	p.mu.Lock()
	t := p.now()
	if p.start.IsZero() {
		p.start = t
	}
	p.done += n
	p.last = t
	p.mu.Unlock()
	p.lv.touch()
}

// Record counts a task event: submitted tasks raise the total when no
// total was given, finished and dropped tasks count as done (failures and
// cancellations are shown too).
func (p *Progress) Record(ev TaskEvent) {
	p.mu.Lock()
	t := ev.Time
	if t.IsZero() {
		t = p.now()
	}
	if p.start.IsZero() || t.Before(p.start) {
		p.start = t
	}
	switch ev.Kind {
	case TaskSubmitted:
		p.submitted++
	case TaskFinished, TaskDropped:
		p.done++
		switch {
		case ev.Kind == TaskDropped:
			p.cancelled++
		case ev.Err != nil:
			p.failed++
		}
		if t.After(p.last) {
			p.last = t
		}
	}
	p.mu.Unlock()
	p.lv.touch()
}

// Close updates the output with the current state now; outside a kernel
// it prints it even if not complete.
func (p *Progress) Close() { p.lv.close() }

// ID returns the display id of the progress bar's output.
func (p *Progress) ID() string { return p.lv.handle.ID() }

func (p *Progress) state() (title string, done, total, failed, cancelled int, rate float64, eta, elapsed time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	total = p.total
	if total == 0 {
		total = p.submitted
	}
	done, failed, cancelled = p.done, p.failed, p.cancelled
	end := p.now()
	if total > 0 && done >= total {
		end = p.last
	}
	if !p.start.IsZero() && end.After(p.start) {
		elapsed = end.Sub(p.start)
		rate = float64(done) / elapsed.Seconds()
		if rate > 0 && done < total {
			eta = time.Duration(float64(total-done) / rate * float64(time.Second))
		}
	}
	return p.title, done, total, failed, cancelled, rate, eta, elapsed
}

func (p *Progress) complete() bool {
	_, done, total, _, _, _, _, _ := p.state()
	return total > 0 && done >= total
}

func (p *Progress) line() (string, float64) {
	title, done, total, failed, cancelled, rate, eta, elapsed := p.state()
	frac := 0.0
	if total > 0 {
		frac = min(float64(done)/float64(total), 1)
	}
	parts := []string{fmt.Sprintf("%s/%s (%.0f%%)", commas(done), commas(total), 100*frac)}
	if failed > 0 {
		parts = append(parts, commas(failed)+" failed")
	}
	if cancelled > 0 {
		parts = append(parts, commas(cancelled)+" cancelled")
	}
	if rate > 0 {
		parts = append(parts, strings.TrimSuffix(formatRate(rate), " tasks/s")+"/s")
	}
	if eta > 0 {
		parts = append(parts, "ETA "+formatDuration(eta))
	} else if elapsed > 0 {
		parts = append(parts, formatDuration(elapsed))
	}
	s := strings.Join(parts, " · ")
	if title != "" {
		s = validUTF8(title) + ": " + s
	}
	return s, frac
}

// String returns the text form, e.g.
// "gcd: [##########----------] 500/1,000 (50%) · 1,234/s · ETA 0.41 s".
func (p *Progress) String() string {
	s, frac := p.line()
	const width = 20
	n := int(frac*width + 0.5)
	bar := "[" + strings.Repeat("#", n) + strings.Repeat("-", width-n) + "] "
	if i := strings.Index(s, ": "); i >= 0 && p.title != "" {
		return s[:i+2] + bar + s[i+2:]
	}
	return bar + s
}

// HTML returns the progress bar as an HTML fragment.
func (p *Progress) HTML() string {
	s, frac := p.line()
	_, _, _, failed, _, _, _, _ := p.state()
	color := stateColors[TaskDone]
	if failed > 0 {
		color = stateColors[TaskFailed]
	}
	return fmt.Sprintf(`<div style="%s;display:flex;align-items:center;gap:10px">`+
		`<div style="flex:0 0 240px;height:10px;border-radius:5px;overflow:hidden;background:var(--jp-layout-color3,#d0d7de)">`+
		`<div style="width:%.2f%%;height:100%%;background:%s"></div></div><span style="font-variant-numeric:tabular-nums">%s</span></div>`,
		cssBox, 100*frac, color, html.EscapeString(s))
}

func (p *Progress) bundle() Bundle {
	return Bundle{Data: map[string]any{MIMEHTML: p.HTML(), MIMEText: p.String()}}
}
