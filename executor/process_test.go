package executor_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// The test binary is also the worker program of the process pools below:
// started with executor.WorkerEnv=1 it serves tasks and exits.
func init() {
	executor.Register("gcdPair", gcdPair)
	executor.Register("pid", os.Getpid)
	executor.Register("echoInt", func(x int) int { return x })
	executor.Register("boom", func(msg string) int { panic(msg) })
	executor.Register("exit", func(code int) int { os.Exit(code); return 0 })
	executor.Register("kill9", func() int { _ = syscall.Kill(os.Getpid(), syscall.SIGKILL); time.Sleep(time.Second); return 0 })
	executor.Register("deep", deep)
	executor.Register("flagsOf", func(f flags) int { return int(f) })
	executor.Register("scribble", func(b []byte) int { syscall.Write(4, b); return 0 })
	executor.Register("sleep", func(ms int) int { time.Sleep(time.Duration(ms) * time.Millisecond); return ms })
	executor.Register("say", func(s string) string { fmt.Println("said", s); return s })
	executor.Register("fails", func() error { return errors.New("task error") })
	executor.Register("setup", func(v string) { os.Setenv("SETUP", v) })
	executor.Register("setupValue", func() string { return os.Getenv("SETUP") })
	executor.Register("longLine", func(n int) int { fmt.Print(strings.Repeat("x", n)); fmt.Println(); return n })
	executor.RegisterVar("scale", &scale)
	executor.RegisterVar("ErrNope", &ErrNope)
	executor.Register("nope", func(wrap bool) error {
		if wrap {
			return fmt.Errorf("wrapped: %w", ErrNope)
		}
		return ErrNope
	})
	executor.RegisterType(NotFound{})
	executor.RegisterType(Coded{})
	executor.Register("lookup", lookup)
	executor.Register("scaled", func(x int) int { return x * scale })
	executor.Register("same", func(v any) any { return v })
	executor.Register("sameTyped", func(v exact) exact { return v })
	// A batch form that is told apart from the function: Map's chunks use it.
	executor.Register("batched", func(x int) int { return x })
	executor.Register("echoBatch", func(x int) int { return x })
	executor.Register("boomBatch", boomBatchTask)
	executor.RegisterBatch("boomBatch", func(done *int, n int, xs, out []int) {
		for i := *done; i < n; i++ {
			out[i] = boomBatchTask(xs[i])
			*done = i + 1
		}
	})
	executor.RegisterBatch("echoBatch", func(done *int, n int, xs, out []int) {
		for i := *done; i < n; i++ {
			out[i] = xs[i]
			*done = i + 1
		}
	})
	executor.RegisterBatch("batched", func(done *int, n int, xs, out []int) {
		for i := *done; i < n; i++ {
			out[i] = xs[i] + 1000
			*done = i + 1
		}
	})
	executor.RunWorker()
}

type Pair struct{ A, B int }

// flags decodes by setting bits in what it holds, as some UnmarshalJSON
// methods merge into their receiver.
type flags uint8

func (f *flags) UnmarshalJSON(b []byte) error {
	var n uint8
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*f |= flags(n)
	return nil
}

func gcdPair(p Pair) int {
	a, b := p.A, p.B
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func deep(n int) int { return deep(n+1) + 1 }

// boomBatchTask panics for negative x.
func boomBatchTask(x int) int {
	if x < 0 {
		panic("negative")
	}
	return x
}

var seedPairs = []Pair{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}

func TestProcessPoolMap(t *testing.T) {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	for _, chunk := range []int{1, 4} {
		got, err := pool.Map(gcdPair, seedPairs, executor.ChunkSize(chunk))
		if err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != "[1 5 1 5 2 3]" {
			t.Fatalf("chunk %d: %v", chunk, got)
		}
	}
	v, err := pool.Submit(gcdPair, Pair{12, 18}).Result()
	if err != nil || v != 6 {
		t.Fatalf("%v %v", v, err)
	}
}

// TestProcessPoolHotWorker submits one task at a time to two workers: each
// goes to the worker that finished last, whose pipe is still polled, so all
// run in one process. With spinning off the pool works the same.
func TestProcessPoolHotWorker(t *testing.T) {
	for _, spin := range []time.Duration{executor.DefaultSpin, 0} {
		pool := executor.NewProcessPool(2, executor.WithSpin(spin))
		// Both workers up and idle first.
		sleep := executor.Named("sleep", func(int) int { return 0 })
		if _, err := pool.Map(sleep, []int{20, 20}); err != nil {
			t.Fatal(err)
		}
		pids := map[any]bool{}
		for range 50 {
			v, err := pool.Submit(os.Getpid).Result()
			if err != nil {
				t.Fatal(err)
			}
			pids[v] = true
		}
		pool.Close()
		if len(pids) != 1 {
			t.Fatalf("spin %v: 50 tasks one at a time ran in %d workers, want 1", spin, len(pids))
		}
	}
}

// A done callback that submits a task and waits for it: the slot running
// the callback is on top of the idle stack, so the task must wake another.
func TestProcessPoolCallbackWaitsForTask(t *testing.T) {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	sleep := executor.Named("sleep", func(int) int { return 0 })
	if _, err := pool.Map(sleep, []int{20, 20}); err != nil {
		t.Fatal(err)
	}
	done := make(chan any, 1)
	f := pool.Submit(sleep, 30)
	f.AddDoneCallback(func(*executor.Future) {
		v, _ := pool.Submit(sleep, 1).Result()
		done <- v
	})
	select {
	case v := <-done:
		if v != 1 {
			t.Fatalf("got %v", v)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the task a callback waits for never ran")
	}
}

// Each call of a chunk gets its arguments decoded afresh, even for types
// whose UnmarshalJSON would merge into a reused variable.
func TestProcessPoolArgumentsDecodedAfresh(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	out, err := pool.Map(executor.Named("flagsOf", func(flags) int { return 0 }), []flags{1, 2, 4}, executor.ChunkSize(3))
	if err != nil || fmt.Sprint(out) != "[1 2 4]" {
		t.Fatalf("%v %v", out, err)
	}
}

func TestProcessPoolErrorsAndPanics(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	pid1, _ := pool.Submit(os.Getpid).Result()
	_, err := pool.Submit(executor.Named("boom", func(string) int { return 0 }), "kaboom").Result()
	var pe *executor.PanicError
	if !errors.As(err, &pe) || pe.Value != "kaboom" || len(pe.Stack) == 0 {
		t.Fatalf("panic: %v", err)
	}
	err = pool.Submit(executor.Named("fails", func() error { return nil })).Err()
	var re *executor.RemoteError
	if !errors.As(err, &re) || re.Msg != "task error" {
		t.Fatalf("returned error: %v", err)
	}
	pid2, _ := pool.Submit(os.Getpid).Result()
	if pid1 != pid2 {
		t.Fatalf("a panic replaced the worker: %v -> %v", pid1, pid2)
	}
}

// A worker that dies fails only its task; the queue still runs.
func TestProcessPoolSurvivesWorkerDeath(t *testing.T) {
	for _, c := range []struct {
		name  string
		fn    executor.NamedFunc
		args  []any
		cause string
	}{
		{"os.Exit", executor.Named("exit", func(int) int { return 0 }), []any{3}, "exit status 3"},
		{"SIGKILL", executor.Named("kill9", func() int { return 0 }), nil, "killed by signal"},
		{"stack overflow", executor.Named("deep", deep), []any{0}, "stack overflow"},
		// Garbage on the reply pipe: the worker is killed, its stream being lost.
		{"reply garbage", executor.Named("scribble", func([]byte) int { return 0 }), []any{[]byte("garbage on the reply pipe\n")}, "reply unreadable: executor: not a frame: it starts with 'g'"},
		{"malformed reply", executor.Named("scribble", func([]byte) int { return 0 }), []any{[]byte("\xf5\x03\x00\x00\x00F\x00\xff")}, "malformed reply"},
	} {
		t.Run(c.name, func(t *testing.T) {
			pool := executor.NewProcessPool(1)
			defer pool.Close()
			bad := pool.Submit(c.fn, c.args...)
			var queued []*executor.Future
			for _, p := range seedPairs {
				queued = append(queued, pool.Submit(gcdPair, p))
			}
			err := bad.Err()
			var we *executor.WorkerError
			if !errors.As(err, &we) || !errors.Is(err, executor.ErrWorkerDied) {
				t.Fatalf("err %v", err)
			}
			t.Log(err)
			if !strings.Contains(we.Cause, c.cause) || !strings.Contains(we.Worker, "pid") || we.Task != bad.ID() {
				t.Fatalf("%+v", we)
			}
			var got []any
			for _, f := range queued {
				v, err := f.Result()
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, v)
			}
			if fmt.Sprint(got) != "[1 5 1 5 2 3]" {
				t.Fatalf("queued tasks: %v", got)
			}
		})
	}
}

func TestProcessPoolRejectsWhatCannotCross(t *testing.T) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	var ce *executor.CallError
	if err := pool.Submit(func() int { return 1 }).Err(); !errors.As(err, &ce) || !strings.Contains(err.Error(), "by name") {
		t.Fatalf("closure: %v", err)
	}
	ch := executor.Named("sleep", func(chan int) int { return 0 })
	if err := pool.Submit(ch, make(chan int)).Err(); !errors.As(err, &ce) || !strings.Contains(err.Error(), "channels") {
		t.Fatalf("chan: %v", err)
	}
}

func TestProcessPoolOptions(t *testing.T) {
	var out syncBuffer
	pool := executor.NewProcessPool(1,
		executor.WithMaxTasksPerChild(1),
		executor.WithProcessInitializer(executor.Named("setup", func(string) {}), "ready"),
		executor.WithTaskTimeout(500*time.Millisecond),
		executor.WithProcessConfig(executor.ProcessConfig{Output: &out}))
	a, _ := pool.Submit(os.Getpid).Result()
	b, _ := pool.Submit(os.Getpid).Result()
	if a == b {
		t.Fatalf("max tasks per child 1: same worker %v", a)
	}
	if v, _ := pool.Submit(executor.Named("setupValue", func() string { return "" })).Result(); v != "ready" {
		t.Fatalf("initializer: %q", v)
	}
	err := pool.Submit(executor.Named("sleep", func(int) int { return 0 }), 5000).Err()
	if !errors.Is(err, executor.ErrWorkerDied) || !strings.Contains(err.Error(), "timeout") {
		t.Fatalf("timeout: %v", err)
	}
	if v, err := pool.Submit(executor.Named("say", func(string) string { return "" }), "hello").Result(); v != "hello" || err != nil {
		t.Fatalf("%v %v", v, err)
	}
	pool.Close()
	if !strings.Contains(out.String(), "] said hello\n") || !strings.HasPrefix(out.String(), "[ProcessPool-") {
		t.Fatalf("worker output: %q", out.String())
	}
}

func TestProcessPoolTerminateAndShutdown(t *testing.T) {
	pool := executor.NewProcessPool(2)
	sleepy := executor.Named("sleep", func(int) int { return 0 })
	long := pool.Submit(sleepy, 10000)
	pid, _ := pool.Submit(os.Getpid).Result()
	for !long.Running() {
		time.Sleep(5 * time.Millisecond)
	}
	if !pool.Terminate(long) {
		t.Fatal("Terminate: not running")
	}
	if err := long.Err(); !errors.Is(err, executor.ErrWorkerDied) || !strings.Contains(err.Error(), "Terminate") {
		t.Fatalf("terminated: %v", err)
	}
	queued := pool.Submit(sleepy, 100)
	pool.Shutdown(true, false)
	if v, err := queued.Result(); v != 100 || err != nil {
		t.Fatalf("queued task after Shutdown(wait): %v %v", v, err)
	}
	if err := syscall.Kill(pid.(int), 0); err == nil {
		t.Fatalf("worker %v still alive after Shutdown", pid)
	}
	if err := pool.Submit(os.Getpid).Err(); !errors.Is(err, executor.ErrShutdown) {
		t.Fatalf("submit after shutdown: %v", err)
	}
}

// What a task prints is forwarded before its result is delivered, so a
// notebook cell that waits for the result shows the task's output.
func TestProcessPoolOutputBeforeResult(t *testing.T) {
	var out syncBuffer
	pool := executor.NewProcessPool(2, executor.WithProcessConfig(executor.ProcessConfig{Output: &out}))
	defer pool.Close()
	say := executor.Named("say", func(string) string { return "" })
	for i := range 200 {
		msg := fmt.Sprint("n", i)
		if v, err := pool.Submit(say, msg).Result(); v != msg || err != nil {
			t.Fatalf("%v %v", v, err)
		}
		if !strings.Contains(out.String(), "] said "+msg+"\n") {
			t.Fatalf("result of task %d came before its output; output so far: %q", i, out.String())
		}
	}
}

// A line longer than the output buffer does not kill the worker (SIGPIPE).
func TestProcessPoolLongOutputLine(t *testing.T) {
	var out syncBuffer
	pool := executor.NewProcessPool(1, executor.WithProcessConfig(executor.ProcessConfig{Output: &out}))
	defer pool.Close()
	long := executor.Named("longLine", func(int) int { return 0 })
	for range 2 {
		if v, err := pool.Submit(long, 2<<20).Result(); v != 2<<20 || err != nil {
			t.Fatalf("%v %v", v, err)
		}
	}
	pool.Close()
	if n := strings.Count(out.String(), "x"); n != 2*(2<<20) {
		t.Fatalf("forwarded %d of %d bytes", n, 2*(2<<20))
	}
}

// Cancelling a queued task while its slot has no worker (one was just
// replaced) is reported to the observer, not a crash.
func TestProcessPoolDropWithoutWorker(t *testing.T) {
	var mu sync.Mutex
	var dropped int
	obs := executor.ObserverFunc(func(e executor.Event) {
		if e.Kind == executor.EventDropped {
			mu.Lock()
			dropped++
			mu.Unlock()
		}
	})
	pool := executor.NewProcessPool(1, executor.WithMaxTasksPerChild(1), executor.WithProcessObserver(obs))
	sleepy := executor.Named("sleep", func(int) int { return 0 })
	first := pool.Submit(sleepy, 200)
	second := pool.Submit(sleepy, 1)
	second.Cancel()
	if _, err := first.Result(); err != nil {
		t.Fatal(err)
	}
	pool.Close()
	mu.Lock()
	defer mu.Unlock()
	if !second.Cancelled() || dropped != 1 {
		t.Fatalf("cancelled %v, dropped events %d", second.Cancelled(), dropped)
	}
}

// BenchmarkProcessPoolRoundTrip is Submit→Result of a trivial task on a
// compiled worker (the test binary), one at a time.
func BenchmarkProcessPoolRoundTrip(b *testing.B) {
	pool := executor.NewProcessPool(1)
	defer pool.Close()
	pid := executor.Named("pid", os.Getpid)
	pool.Submit(pid).Result()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pool.Submit(pid).Result(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProcessPoolMapChunk maps 100,000 trivial tasks in chunks of 1,000
// over two compiled workers (the test binary), whose function has a batch
// form, as the kernel's compiled workers' functions do.
func BenchmarkProcessPoolMapChunk(b *testing.B) {
	pool := executor.NewProcessPool(2)
	defer pool.Close()
	echo := executor.Named("echoBatch", func(x int) int { return x })
	items := make([]int, 100000)
	for i := range items {
		items[i] = i
	}
	pool.Map(echo, items[:1000], executor.ChunkSize(1000))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := pool.Map(echo, items, executor.ChunkSize(1000)); err != nil {
			b.Fatal(err)
		}
	}
}
