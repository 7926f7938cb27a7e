package display

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gofutures/gofutures/internal/testutil"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata")

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, name, got, *updateGolden)
}

type memPublisher struct {
	mu   sync.Mutex
	msgs []Message
}

func (p *memPublisher) Publish(m Message) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.msgs = append(p.msgs, m)
	return nil
}

func (p *memPublisher) all() []Message {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]Message(nil), p.msgs...)
}

var t0 = time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)

func ms(n int) time.Duration { return time.Duration(n) * time.Millisecond }

// sampleEvents is a small run: 2 workers, 6 tasks, one failure, one
// cancellation, one still running, one pending.
func sampleEvents() []TaskEvent {
	var evs []TaskEvent
	sub := func(id uint64, args string) {
		evs = append(evs, TaskEvent{Kind: TaskSubmitted, Pool: "ThreadPool-1", ID: id, Func: "main.gcd", Args: args, Time: t0})
	}
	run := func(id uint64, w string, start, end int, err error) {
		evs = append(evs, TaskEvent{Kind: TaskStarted, Pool: "ThreadPool-1", ID: id, Func: "main.gcd", Worker: w, Time: t0.Add(ms(start))})
		if end >= 0 {
			evs = append(evs, TaskEvent{Kind: TaskFinished, Pool: "ThreadPool-1", ID: id, Func: "main.gcd", Worker: w, Time: t0.Add(ms(end)), Err: err})
		}
	}
	for id := uint64(1); id <= 6; id++ {
		sub(id, fmt.Sprintf("[%d %d]", id*12, id*18))
	}
	run(1, "ThreadPool-1_0", 1, 120, nil)
	run(2, "ThreadPool-1_1", 2, 90, nil)
	run(3, "ThreadPool-1_1", 91, 200, errors.New("gcd: <negative> input"))
	run(4, "ThreadPool-1_0", 121, -1, nil)
	evs = append(evs, TaskEvent{Kind: TaskDropped, Pool: "ThreadPool-1", ID: 5, Time: t0.Add(ms(210))})
	return evs
}

func TestTaskTableGolden(t *testing.T) {
	tab := newTaskTable("gcd <pairs>", func() time.Time { return t0.Add(ms(250)) })
	if got := tab.String(); got != "gcd <pairs>: waiting for tasks…\n" {
		t.Errorf("empty table: %q", got)
	}
	for _, ev := range sampleEvents() {
		tab.log.Record(ev)
	}
	checkGolden(t, "table/small.html", []byte(tab.HTML()+"\n"))
	checkGolden(t, "table/small.txt", []byte(tab.String()))
	c := tab.log.Counts()
	if c[TaskDone] != 2 || c[TaskFailed] != 1 || c[TaskCancelled] != 1 || c[TaskRunning] != 1 || c[TaskPending] != 1 {
		t.Errorf("counts %v", c)
	}
}

func TestTaskTableLargeRunIsThrottled(t *testing.T) {
	pub := &memPublisher{}
	defer SetPublisher(SetPublisher(pub))
	tab := NewTaskTable("big map")
	tab.SetInterval(20 * time.Millisecond)
	const n, workers = 100_000, 4
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			name := fmt.Sprintf("W_%d", w)
			for id := uint64(w + 1); id <= n; id += workers {
				tab.Record(TaskEvent{Kind: TaskSubmitted, Pool: "P", ID: id, Func: "f"})
				tab.Record(TaskEvent{Kind: TaskStarted, Pool: "P", ID: id, Func: "f", Worker: name})
				var err error
				if id%10_000 == 0 {
					err = errors.New("bad luck")
				}
				tab.Record(TaskEvent{Kind: TaskFinished, Pool: "P", ID: id, Func: "f", Worker: name, Err: err})
			}
		}(w)
	}
	wg.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for {
		var last Message
		for _, m := range pub.all() {
			if m.DisplayID == tab.ID() {
				last = m
			}
		}
		if s, _ := last.Data[MIMEText].(string); strings.Contains(s, "100,000 of 100,000 finished") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no final state; last update: %s", last.Data[MIMEText])
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(60 * time.Millisecond) // the update loop ends
	var msgs []Message                // of this table: live views of other tests may still end
	for _, m := range pub.all() {
		if m.DisplayID == tab.ID() {
			msgs = append(msgs, m)
		}
	}
	if len(msgs) > 200 {
		t.Errorf("%d messages for %d tasks: not throttled", len(msgs), n)
	}
	for i, m := range msgs {
		want := KindUpdate
		if i == 0 {
			want = KindDisplay
		}
		if m.Kind != want || m.DisplayID != tab.ID() {
			t.Errorf("message %d: kind %v id %q", i, m.Kind, m.DisplayID)
		}
	}
	final := msgs[len(msgs)-1]
	html := final.Data[MIMEHTML].(string)
	if !strings.Contains(html, "10 failed") || !strings.Contains(html, "more tasks not shown") || strings.Count(html, "<tr>") > 31 {
		t.Errorf("final table: %.500s", html)
	}
	t.Logf("%d messages, %d bytes of HTML", len(msgs), len(html))
}

func TestTaskTableOutsideKernelPrintsFinalState(t *testing.T) {
	defer SetPublisher(SetPublisher(nil))
	tab := newTaskTable("t", time.Now)
	tab.SetInterval(5 * time.Millisecond)
	got := testutil.CaptureStdout(t, func() {
		for id := uint64(1); id <= 3; id++ {
			tab.Record(TaskEvent{Kind: TaskSubmitted, ID: id, Func: "f"})
		}
		time.Sleep(30 * time.Millisecond) // not at rest: nothing printed
		for id := uint64(1); id <= 3; id++ {
			tab.Record(TaskEvent{Kind: TaskFinished, ID: id, Func: "f", Worker: "w"})
		}
		time.Sleep(40 * time.Millisecond)
		tab.Close() // same state: not printed twice
	})
	if strings.Count(got, "t: 3 of 3 finished") != 1 || strings.Contains(got, "pending") {
		t.Errorf("stdout: %q", got)
	}
}

func TestProgress(t *testing.T) {
	now := t0
	p := newProgress("gcd", 1000, func() time.Time { return now })
	p.Add(0)
	now = t0.Add(2 * time.Second)
	p.Add(400)
	checkGolden(t, "progress/partial.txt", []byte(p.String()+"\n"))
	checkGolden(t, "progress/partial.html", []byte(p.HTML()+"\n"))
	now = t0.Add(5 * time.Second)
	p.Add(600)
	if got, want := p.String(), "gcd: [####################] 1,000/1,000 (100%) · 200/s · 5.00 s"; got != want {
		t.Errorf("complete: %q, want %q", got, want)
	}
	if !p.complete() {
		t.Error("not complete")
	}

	q := newProgress("", 0, func() time.Time { return t0.Add(time.Second) })
	for id := uint64(1); id <= 4; id++ {
		q.Record(TaskEvent{Kind: TaskSubmitted, ID: id, Time: t0})
	}
	q.Record(TaskEvent{Kind: TaskFinished, ID: 1, Time: t0.Add(500 * time.Millisecond)})
	q.Record(TaskEvent{Kind: TaskFinished, ID: 2, Time: t0.Add(time.Second), Err: errors.New("x")})
	if got, want := q.String(), "[##########----------] 2/4 (50%) · 1 failed · 2.0/s · ETA 1.00 s"; got != want {
		t.Errorf("observer progress: %q, want %q", got, want)
	}
	if q.complete() {
		t.Error("complete too early")
	}
}

func TestTimelineGolden(t *testing.T) {
	log := NewTaskLog()
	for _, ev := range sampleEvents() {
		log.Record(ev)
	}
	tl := log.Timeline("gcd on 2 workers")
	checkGolden(t, "timeline/small.svg", []byte(tl.SVG()))
	checkGolden(t, "timeline/small.txt", []byte(tl.String()))
	b := BundleOf(tl)
	if b.IsError() || b.Data[MIMESVG] == nil || !strings.Contains(b.String(), "ThreadPool-1_1") {
		t.Errorf("bundle: %v", b.Data[MIMEText])
	}
	if png, err := tl.RenderPNG(); err != nil {
		t.Error(err)
	} else if _, err := checkImage(MIMEPNG, png); err != nil {
		t.Error(err)
	}
	empty := &Timeline{Title: "nothing"}
	if s := empty.SVG(); !strings.Contains(s, "no tasks") {
		t.Errorf("empty timeline SVG: %s", s)
	}
	if b := BundleOf(empty); b.IsError() || b.Data[MIMESVG] != nil {
		t.Errorf("empty timeline bundle: %v", b.Data)
	}
}

func TestComparisonGolden(t *testing.T) {
	c := NewComparison("gcd of 200,000 pairs")
	c.Add("serial", ms(1234), ms(1250), ms(1200))
	c.Add("goroutines", ms(412), ms(420), ms(400))
	c.Add("processes", ms(655), ms(700), ms(650))
	c.Add("one big lock", ms(2600))
	checkGolden(t, "compare/gcd.svg", []byte(c.SVG()))
	checkGolden(t, "compare/gcd.txt", []byte(c.String()))
	if r := c.SpeedUp("goroutines"); r < 2.99 || r > 3.01 {
		t.Errorf("speed-up %v", r)
	}
	runs := 0
	c.Runs = 3
	d := c.Time("sleep", func() { runs++; time.Sleep(time.Millisecond) })
	if runs != 3 || d < time.Millisecond {
		t.Errorf("Time: %d runs, %v", runs, d)
	}
	if got := len(c.Timings()); got != 5 {
		t.Errorf("%d timings", got)
	}
	if b := BundleOf(NewComparison("empty")); b.IsError() || !strings.Contains(b.String(), "no timings") {
		t.Errorf("empty comparison: %v", b.Data)
	}
}

func TestNaturalLess(t *testing.T) {
	in := []string{"w10", "w2", "w1", "a", "w02x", ""}
	tl := &Timeline{}
	for _, w := range in {
		tl.Spans = append(tl.Spans, Span{Worker: w, Start: t0})
	}
	got := strings.Join(tl.workers(), ",")
	if want := ",a,w1,w2,w02x,w10"; got != want {
		t.Errorf("order %q, want %q", got, want)
	}
}

func TestTimelineOf100000TasksStaysSmall(t *testing.T) {
	log := NewTaskLog()
	for id := uint64(1); id <= 100_000; id++ {
		w := fmt.Sprint("P_", id%4)
		st := t0.Add(time.Duration(id) * 4 * time.Microsecond)
		var err error
		if id%20_000 == 1 {
			err = errors.New("x")
		}
		log.Record(TaskEvent{Kind: TaskStarted, ID: id, Worker: w, Func: "gcd", Time: st})
		log.Record(TaskEvent{Kind: TaskFinished, ID: id, Worker: w, Func: "gcd", Time: st.Add(15 * time.Microsecond), Err: err})
	}
	tl := log.Timeline("big")
	svg := tl.SVG()
	if len(svg) > 200_000 {
		t.Errorf("SVG of %d bytes", len(svg))
	}
	if !strings.Contains(svg, "failed (5)") || !strings.Contains(svg, "100,000 tasks") {
		t.Errorf("legend or title missing")
	}
	if n := strings.Count(svg, "#D55E00"); n < 6 { // 5 bars and the legend
		t.Errorf("%d red shapes, want 6", n)
	}
}
