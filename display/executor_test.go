package display_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/executor"
)

func TestExecutorObserverLiveTable(t *testing.T) {
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	tbl := display.NewTaskTable("square")
	tbl.SetInterval(20 * time.Millisecond)
	bar := display.NewProgress("square", 0)
	log := display.NewTaskLog()
	pool := executor.NewThreadPool(4, executor.WithName("P"), executor.WithObserver(display.Observers(tbl, bar, log)))
	const n = 20_000
	items := make([]int, n)
	for i := range items {
		items[i] = i
	}
	square := func(x int) (int, error) {
		if x == 777 {
			return 0, errors.New("unlucky")
		}
		return x * x, nil
	}
	_, err := pool.Map(square, items)
	if err == nil {
		t.Error("Map: no error from the failing item")
	}
	pool.Close()
	deadline := time.Now().Add(5 * time.Second)
	for log.Active() > 0 || !strings.Contains(lastText(rec, tbl.ID()), "20,000 of 20,000 finished") {
		if time.Now().After(deadline) {
			t.Fatalf("table did not reach its final state: %q", lastText(rec, tbl.ID()))
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Map cancels the items that have not started after the failure.
	c := log.Counts()
	if c[display.TaskFailed] != 1 || c[display.TaskDone]+c[display.TaskCancelled] != n-1 {
		t.Errorf("counts %v", c)
	}
	tl := log.Timeline("square")
	if len(tl.Spans) != c[display.TaskDone]+1 || !strings.Contains(tl.String(), "P_") {
		t.Errorf("timeline: %d spans, counts %v\n%s", len(tl.Spans), log.Counts(), tl.String())
	}
	msgs := rec.all()
	if len(msgs) > 400 {
		t.Errorf("%d messages: not throttled", len(msgs))
	}
	t.Logf("%d messages; %s", len(msgs), lastText(rec, bar.ID()))
}

func lastText(rec *recorder, id string) string {
	msgs := rec.all()
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i].DisplayID == id {
			s, _ := msgs[i].Data["text/plain"].(string)
			return s
		}
	}
	return ""
}

func TestWatchFutures(t *testing.T) {
	rec := &recorder{}
	defer display.SetPublisher(display.SetPublisher(rec))
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	tbl := display.NewTaskTable("watched")
	tbl.SetInterval(5 * time.Millisecond)
	f1 := pool.Submit(func() int { return 1 })
	f2 := pool.Submit(func() error { return errors.New("nope") })
	tbl.Watch(f1, f2)
	_ = f1.Err()
	_ = f2.Err()
	deadline := time.Now().Add(2 * time.Second)
	for !strings.Contains(lastText(rec, tbl.ID()), "2 of 2 finished") {
		if time.Now().After(deadline) {
			t.Fatalf("final state: %q", lastText(rec, tbl.ID()))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if s := tbl.String(); !strings.Contains(s, "failed: nope") {
		t.Errorf("table:\n%s", s)
	}
}
