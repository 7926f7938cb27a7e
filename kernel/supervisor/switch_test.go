package supervisor

import (
	"context"
	"os"
	"slices"
	"testing"

	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/cell"
)

// Switch starts a fresh interpreter with the environment given, restores
// the declarations less the dropped ones, and the values it can.
func TestSupervisorSwitch(t *testing.T) {
	s, _ := newSupervisor(t)
	ctx := context.Background()
	run := func(code string, count int) kernel.ExecuteResult {
		return s.Execute(ctx, kernel.Cell{Code: code, Count: count})
	}
	run("import \"os\"\nfunc keep() int { return 1 }\nfunc dropme() int { return 2 }\nv := 3", 1)
	pid := s.Pid()
	lost, _, err := s.Switch(os.Args[0], []string{"GOFUTURES_TEST_MARK=switched"}, func(d *cell.Decl) bool {
		return slices.Contains(d.Names, "dropme")
	})
	if err != nil {
		t.Fatal(err)
	}
	// v comes back from its snapshot, or is named as lost (a snapshot is
	// taken after the cell, possibly not yet when Switch runs)
	if len(lost) > 1 || (len(lost) == 1 && lost[0] != "v") {
		t.Errorf("lost %v, want at most [v]", lost)
	}
	if s.Pid() == pid || s.Pid() == 0 {
		t.Fatal("no fresh interpreter")
	}
	if res := run("keep()", 2); res.Data["text/plain"] != "1" {
		t.Errorf("keep() after the switch: %+v", res)
	}
	if res := run("dropme()", 3); res.Status != "error" {
		t.Errorf("dropme() survived the switch: %+v", res)
	}
	if res := run(`os.Getenv("GOFUTURES_TEST_MARK")`, 4); res.Data["text/plain"] != "switched" {
		t.Errorf("environment: %+v", res)
	}
	if res := run("v", 5); len(lost) == 0 && res.Data["text/plain"] != "3" {
		t.Errorf("v after the switch, not reported lost: %+v", res)
	}
}

// Switch right after a cell whose large snapshot is still being written
// waits for it: the value comes back, and is not named lost.
func TestSupervisorSwitchWaitsForPendingSnapshot(t *testing.T) {
	s, _ := newSupervisor(t)
	ctx := context.Background()
	// 6M ints: a snapshot over session's 4 MiB, written while the next
	// requests run
	if res := s.Execute(ctx, kernel.Cell{Code: "big := make([]int, 6_000_000)\nbig[5_999_999] = 7", Count: 1}); res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	lost, notes, err := s.Switch(os.Args[0], nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(lost) > 0 {
		t.Fatalf("lost %v (notes %v): the pending snapshot was not waited for", lost, notes)
	}
	if res := s.Execute(ctx, kernel.Cell{Code: "len(big) + big[5_999_999]", Count: 2}); res.Data["text/plain"] != "6000007" {
		t.Fatalf("big after the switch: %+v", res)
	}
}
