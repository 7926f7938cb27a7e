package check

import (
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// The calls that make a timer pass its duration (or deadline) through
// rt, so that the session's deadlock check knows a timer may still fire:
// a cell waiting on time.After is not stuck. The calls run as before.
func TestTimerCalls(t *testing.T) {
	nb := newNotebook(t)
	out, err := nb.run(`import ("context"; "fmt"; "time")

func wait(d time.Duration) string {
	select {
	case <-time.After(d):
		return "after"
	}
}
fmt.Println(wait(time.Millisecond))
tm := time.NewTimer(time.Hour)
tm.Reset(time.Millisecond)
<-tm.C
ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
defer cancel()
<-ctx.Done()
fmt.Println("timer", ctx.Err())`)
	if err != nil || out != "after\ntimer context deadline exceeded\n" {
		t.Fatalf("%q %v", out, err)
	}
	// the reset's hour-long timer counts, though it fired early
	if !rt.TimersPending(time.Now().Add(50*time.Minute), 0) {
		t.Error("the timer reset to an hour is not pending")
	}
	r := nb.check("import (\"context\"; \"time\")\n_ = time.After(5)\n_, _ = context.WithDeadline(context.Background(), time.Now())\n_ = time.Tick(time.Second)")
	src := r.Stmts.Src
	for _, want := range []string{"time.After(gofuturesrt.Timer(5))", "context.WithDeadline(context.Background(), gofuturesrt.Deadline(time.Now()))", "time.Tick(gofuturesrt.Ticker(time.Second))"} {
		if !strings.Contains(src, want) {
			t.Errorf("no %s in:\n%s", want, src)
		}
	}
	if strings.Count(src, "\n") != 3 {
		t.Errorf("lines moved:\n%s", src)
	}
}
