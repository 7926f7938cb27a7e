package session

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/symbols"
)

var _ executor.BatchResolver = (*WorkerResolver)(nil)

const workerEnv = "GOFUTURES_SESSION_TEST_WORKER"

// TestMain doubles as a pool worker: the test binary started with
// workerEnv serves a WorkerResolver, as "gofutures worker" does.
func TestMain(m *testing.M) {
	if os.Getenv(workerEnv) == "1" {
		reqFile, rep, err := subproc.Inherited(true)
		var req *spinpipe.Reader
		if err == nil {
			req, err = spinpipe.NewReader(reqFile, spinpipe.SpinFromEnv())
		}
		if err == nil {
			err = executor.ServeWorker(NewWorkerResolver(Options{Symbols: []interp.Exports{symbols.Symbols},
				Preludes: []string{ExecutorPrelude}}), req, rep)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// Chunks of a notebook function run through its batch function in the
// worker (a panic's stack shows it); single calls and functions whose
// results share memory do not.
func TestWorkerBatchesChunks(t *testing.T) {
	nb := New(Options{})
	value(t, nb, `func inv(x int) int {
	if x == 0 {
		panic("zero")
	}
	return 100 / x
}

var buf []int

func last(x int) []int {
	buf = append(buf[:0], x)
	return buf
}`, 1)
	data, _ := json.Marshal(nb.Decls())
	pool := executor.NewProcessPool(1, executor.WithProcessConfig(executor.ProcessConfig{
		Command: func() *exec.Cmd {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), workerEnv+"=1")
			return cmd
		},
		Declarations: func() (uint64, []byte) { return 1, data },
	}))
	defer pool.Close()
	inv := executor.Named("inv", func(int) int { return 0 })
	stackOf := func(err error) string {
		var pe *executor.PanicError
		if !errors.As(err, &pe) || pe.Value != "zero" {
			t.Fatalf("want a panic, have %v", err)
		}
		return string(pe.Stack)
	}
	out, err := pool.Map(inv, []int{1, 2, 4, 5}, executor.ChunkSize(4))
	if err != nil || fmt.Sprint(out) != "[100 50 25 20]" {
		t.Fatalf("%v %v", out, err)
	}
	_, err = pool.Map(inv, []int{1, 2, 0, 5}, executor.ChunkSize(4))
	if !strings.Contains(err.Error(), "map item 2") || !strings.Contains(stackOf(err), "callBatch") {
		t.Fatalf("a chunk's panic did not come from the batch function: %v", err)
	}
	if st := stackOf(pool.Submit(inv, 0).Err()); strings.Contains(st, "callBatch") {
		t.Fatalf("a single call went through the batch function:\n%s", st)
	}
	last := executor.Named("last", func(int) []int { return nil })
	if out, err := pool.Map(last, []int{1, 2, 3}, executor.ChunkSize(3)); err != nil || fmt.Sprint(out) != "[[1] [2] [3]]" {
		t.Fatalf("results sharing memory: %v %v", out, err)
	}
}
