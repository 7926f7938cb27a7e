package supervisor

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/ipc"
)

// A large snapshot is written while the next cells run; a cell that
// changes its variable waits for it, so a crash in that cell finds it.
func TestSupervisorLargeSnapshotThenCrash(t *testing.T) {
	s, _ := newSupervisor(t)
	if res := s.Execute(context.Background(), kernel.Cell{Code: "big := make([]int, 2_000_000)\nbig[1_999_999] = 5", Count: 1}); res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	res := s.Execute(context.Background(), kernel.Cell{Code: "big[0] = 1\nfunc down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 2})
	if res.EName != "InterpreterDied" || strings.Contains(res.EValue, "lost") {
		t.Fatalf("%+v", res)
	}
	res = s.Execute(context.Background(), kernel.Cell{Code: "len(big) + big[0] + big[1_999_999]", Count: 3})
	if res.Data["text/plain"] != "2000005" {
		t.Fatalf("%+v", res)
	}
}

// The bookkeeping of pending, written and failed snapshots.
func TestSnapshotsBookkeeping(t *testing.T) {
	var sn snapshots
	sn.record(&ipc.Snapshot{Seq: 1, Vars: []string{"a", "b"}, Cell: 1})
	sn.record(&ipc.Snapshot{Seq: 2, Vars: []string{"a"}, Cell: 2, Pending: true})
	sn.record(&ipc.Snapshot{Seq: 3, Vars: []string{"c"}, Cell: 3, Pending: true})
	sn.record(&ipc.Snapshot{Seq: 4, Vars: []string{"b"}, Cell: 4})
	sn.record(&ipc.Snapshot{Seq: 3, Cell: 3}) // c written
	got := sn.toRestore()
	if len(got) != 3 || strings.Join(got[0].Vars, ",") != "a" || got[1].Seq != 3 || got[2].Seq != 4 {
		t.Fatalf("%+v", got)
	}
	lost := sn.staleLost() // a's snapshot after cell 2 never finished
	if len(lost) != 1 || lost[0] != "a: its value after cell 2 was still being saved when the interpreter stopped; it comes back as after cell 1" {
		t.Fatalf("%q", lost)
	}
	sn.record(&ipc.Snapshot{Seq: 5, Vars: []string{"b"}, Cell: 5, Err: "disk full"})
	if lost := sn.staleLost(); len(lost) != 1 || !strings.Contains(lost[0], "b: the snapshot after cell 5 could not be written: disk full") {
		t.Fatalf("%q", lost)
	}
	for _, f := range sn.toRestore() {
		for _, v := range f.Vars {
			if v == "b" {
				t.Fatal("b restored from an out-of-date snapshot")
			}
		}
	}
}

func TestSupervisorUnrestorable(t *testing.T) {
	s, _ := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "type Job struct { Name string; Run func() }\nj := Job{\"a\", func() {}}\nch := make(chan int)\nn := 1", Count: 1})
	if res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	// the snapshot event follows the reply
	deadline := time.Now().Add(5 * time.Second)
	var got map[string][]string
	for time.Now().Before(deadline) {
		if got = s.Unrestorable(); len(got) == 2 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if len(got) != 2 || got["j"][0] != "j.Run: a func cannot be restored" || got["ch"][0] != "ch: a channel cannot be restored" {
		t.Fatalf("%q", got)
	}
}

// A cell that leaves a goroutine writing a map: its values are not read
// (that could end the process), and a restart says so.
func TestSupervisorGoroutineLeftRunning(t *testing.T) {
	s, _ := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "import \"time\"\nm := map[int]int{}\nstop := false\ngo func() { for i := 0; !stop; i++ { m[i%100] = i; time.Sleep(time.Microsecond) } }()", Count: 1})
	if res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	res = s.Execute(context.Background(), kernel.Cell{Code: "n := 5", Count: 2})
	if res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	time.Sleep(100 * time.Millisecond) // the snapshot event follows the reply
	res = s.Execute(context.Background(), kernel.Cell{Code: "func down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 3})
	if res.EName != "InterpreterDied" || !strings.Contains(res.EValue, "values lost: m, stop") {
		t.Fatalf("%+v", res)
	}
	if !strings.Contains(strings.Join(res.Traceback, "\n"), "m: the snapshot after cell 1 could not be written: goroutines a cell left running") {
		t.Fatalf("%q", res.Traceback)
	}
	if res := s.Execute(context.Background(), kernel.Cell{Code: "n", Count: 4}); res.Data["text/plain"] != "5" {
		t.Fatalf("%+v", res)
	}
}

// A later cell that changes a variable a running goroutine writes does not
// read it either.
func TestSupervisorTaintedStaysUnread(t *testing.T) {
	s, _ := newSupervisor(t)
	for i, code := range []string{
		"import \"time\"\nm := map[int]int{}\ngo func() { for i := 0; ; i++ { m[i%100] = i; time.Sleep(time.Microsecond) } }()",
		"m[1] = 2\nk := 1",
	} {
		if res := s.Execute(context.Background(), kernel.Cell{Code: code, Count: i + 1}); res.Status != "ok" {
			t.Fatalf("%+v", res)
		}
	}
	time.Sleep(100 * time.Millisecond)
	res := s.Execute(context.Background(), kernel.Cell{Code: "func down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 3})
	if res.EName != "InterpreterDied" || !strings.HasSuffix(res.EValue, "1 value restored; values lost: m") {
		t.Fatalf("%+v", res)
	}
}
