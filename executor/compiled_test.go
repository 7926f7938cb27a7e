package executor_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gofutures/gofutures/executor"
)

// lineLog is an io.Writer safe for the pool's goroutines.
type lineLog struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lineLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lineLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestProcessPoolCompiledWorkers runs tasks in the program Compile gives
// for the current declarations: a worker of an older program is replaced
// before its next task; where Compile fails, or its program's workers do
// not start, workers interpret, and the pool says so once.
func TestProcessPoolCompiledWorkers(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	prog := func(name string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(exe, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	notAProgram := filepath.Join(dir, "broken")
	if err := os.WriteFile(notAProgram, []byte("not a program"), 0o755); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	gen := uint64(1)
	progs := map[uint64]string{1: prog("gen1"), 2: prog("gen2"), 4: notAProgram}
	var calls []uint64
	var log lineLog
	pool := executor.NewProcessPool(1, executor.WithProcessConfig(executor.ProcessConfig{
		Declarations: func() (uint64, []byte) {
			mu.Lock()
			defer mu.Unlock()
			return gen, nil
		},
		Compile: func(_ context.Context, g uint64) (string, error) {
			mu.Lock()
			defer mu.Unlock()
			calls = append(calls, g)
			if p, ok := progs[g]; ok {
				return p, nil
			}
			return "", errors.New("the declarations do not build\nsecond line")
		},
		Output: &log,
	}))
	defer pool.Close()
	pid := func() any {
		t.Helper()
		v, err := pool.Submit(os.Getpid).Result()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	setGen := func(g uint64) {
		mu.Lock()
		gen = g
		mu.Unlock()
	}
	first := pid()
	if again := pid(); again != first {
		t.Fatalf("the same declarations: worker %v, then %v", first, again)
	}
	setGen(2)
	second := pid()
	if second == first {
		t.Fatal("the worker of the first program ran a task of the second")
	}
	setGen(3)
	third := pid()
	pid()
	if third == second {
		t.Fatal("the worker of the second program ran on when there was none")
	}
	setGen(4)
	pid()
	pid()
	got := log.String()
	for _, want := range []string{
		"no compiled workers: the declarations do not build; workers interpret the declarations\n",
		"a compiled worker did not start",
	} {
		if strings.Count(got, want) != 1 {
			t.Errorf("the pool's output has %q %d times, want once:\n%s", want, strings.Count(got, want), got)
		}
	}
	if strings.Contains(got, "second line") {
		t.Errorf("the pool's output has more than the error's first line:\n%s", got)
	}
}

// TestCompiledWorkerTraceback: a compiled worker's panic names the task's
// own frames.
func TestCompiledWorkerTraceback(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	err := pool.Submit(executor.Named("boom", func(string) int { return 0 }), "bang").Err()
	var pe *executor.PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a PanicError", err)
	}
	if len(pe.Traceback) == 0 || !strings.Contains(pe.Traceback[0], "process_test.go:") {
		t.Fatalf("traceback = %q, want the task's frame in process_test.go first", pe.Traceback)
	}
}

// TestRegisteredBatch: a Map chunk runs in the batch form registered for
// its function; a single call runs the function.
func TestRegisteredBatch(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	fn := executor.Named("batched", func(int) int { return 0 })
	out, err := pool.Map(fn, []int{1, 2, 3}, executor.ChunkSize(3))
	if err != nil || fmt.Sprint(out) != "[1001 1002 1003]" {
		t.Fatalf("Map = %v, %v; want the batch's [1001 1002 1003]", out, err)
	}
	if v, err := pool.Submit(fn, 1).Result(); err != nil || v != 1 {
		t.Fatalf("Submit = %v, %v; want the function's 1", v, err)
	}
}

// TestCompiledTracebackInBatch: a task that panics in a Map chunk's batch
// function names its own frame, and not the batch loop's.
func TestCompiledTracebackInBatch(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	fn := executor.Named("boomBatch", func(int) int { return 0 })
	_, err := pool.Map(fn, []int{1, -1}, executor.ChunkSize(2))
	var pe *executor.PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v, want a PanicError", err)
	}
	if len(pe.Traceback) != 1 || !strings.HasPrefix(pe.Traceback[0], "executor_test.boomBatchTask (process_test.go:") {
		t.Fatalf("traceback = %q, want boomBatchTask's frame alone", pe.Traceback)
	}
}

// TestInterpretedWorkersNeverCompile: WithCompiledWorkers(false) never
// asks for a program.
func TestInterpretedWorkersNeverCompile(t *testing.T) {
	asked := make(chan bool, 10)
	pool := executor.NewProcessPool(1, executor.WithProcessConfig(executor.ProcessConfig{
		Compile: func(context.Context, uint64) (string, error) {
			asked <- true
			return "", errors.New("not wanted")
		},
	}), executor.WithCompiledWorkers(false))
	if v, err := pool.Submit(os.Getpid).Result(); err != nil || v == nil {
		t.Fatal(v, err)
	}
	pool.Close()
	if len(asked) > 0 {
		t.Fatal("Compile was called")
	}
}
