package session

import (
	"strings"
	"testing"
)

// After a restart that restores values, the compiled workers' program
// holds the notebook's functions: a process pool's workers found none
// ("no function registered as slow"), the program was taken from the
// checker before it had the restored declarations.
func TestPoolProgramAfterRestore(t *testing.T) {
	nb := newNotebook(t)
	nb.s = New(Options{KeepValues: true, Pool: &PoolLink{}})
	nb.cell("import \"time\"\nfunc slow(ms int) int { time.Sleep(time.Duration(ms)); return ms }\nvar keep = 1\nn := 2")
	r := nb.restartWith(Options{KeepValues: true, Pool: &PoolLink{}})
	if len(r.Notes) > 0 {
		t.Fatalf("notes: %v", r.Notes)
	}
	cw := &nb.s.opts.Pool.cw
	cw.mu.Lock()
	n := cw.nb
	cw.mu.Unlock()
	if n == nil {
		t.Fatal("no notebook for compiled workers")
	}
	prog, err := n.Program()
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, f := range prog.Files {
		all.Write(f)
	}
	if !strings.Contains(all.String(), "func slow(") || !strings.Contains(strings.Join(prog.Funcs, " "), "slow") {
		t.Errorf("the workers' program lacks slow (%v):\n%s", prog.Funcs, all.String())
	}
}
