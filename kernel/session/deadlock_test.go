package session

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// deadlockRun runs code as cell n of s while the deadlock check watches,
// and returns the goroutines the check found asleep (nil when the cell
// ended first, or after wait).
func deadlockRun(t *testing.T, s *Session, code string, n int, wait time.Duration) []goroutineStack {
	t.Helper()
	stop := make(chan struct{})
	found := make(chan []goroutineStack, 1)
	go s.watchDeadlock(stop, func(asleep []goroutineStack) {
		found <- asleep
		select {} // (as the process ends)
	})
	ended := make(chan error, 1)
	go func() {
		_, err := s.Execute(context.Background(), code, n)
		ended <- err
	}()
	select {
	case err := <-ended:
		close(stop)
		if err != nil {
			t.Fatalf("cell %d: %v", n, err)
		}
		return nil
	case asleep := <-found:
		return asleep // (the cell stays blocked: the test runs in a process of its own)
	case <-time.After(wait):
		t.Fatalf("cell %d neither ended nor was found deadlocked", n)
		return nil
	}
}

// A cell whose goroutines all wait on each other is found deadlocked, as
// Go's runtime finds a program; one that waits on a timer, sleeps or
// computes is not. (In a process of its own: other tests' goroutines
// would keep it from being asleep.)
func TestDeadlockCheck(t *testing.T) {
	if os.Getenv("GOFUTURES_TEST_ALONE") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeadlockCheck$", "-test.v")
		cmd.Env = append(os.Environ(), "GOFUTURES_TEST_ALONE=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	alsoOwn = func(g goroutineStack) bool { return strings.Contains(g.text, "\ntesting.") }
	s := New(Options{})
	start := time.Now()
	// (spins for a time, not a count: under -race the interpreter runs
	// many times slower)
	if a := deadlockRun(t, s, "import (\"sync\"; \"time\")\nvar total int\nfunc spin() { t0 := time.Now(); for time.Since(t0) < 700*time.Millisecond { total++ } }\nspin()\nspin()", 1, 60*time.Second); a != nil {
		t.Fatalf("a computing cell was found asleep: %+v", a)
	}
	if a := deadlockRun(t, s, "time.Sleep(600 * time.Millisecond)", 2, 10*time.Second); a != nil {
		t.Fatalf("a sleeping cell was found asleep: %+v", a)
	}
	if a := deadlockRun(t, s, "func after() { select { case <-time.After(700 * time.Millisecond): } }\nafter()\nt := time.NewTimer(time.Millisecond)\nt.Reset(700 * time.Millisecond)\n<-t.C", 3, 10*time.Second); a != nil {
		t.Fatalf("a cell waiting on timers was found asleep: %+v", a)
	}
	t.Logf("cells that are not deadlocked: %v", time.Since(start))
	start = time.Now()
	asleep := deadlockRun(t, s, `var wg sync.WaitGroup
a, b := make(chan int), make(chan int)
wg.Add(2)
go func() { defer wg.Done(); <-a; b <- 1 }()
go func() { defer wg.Done(); <-b; a <- 1 }()
wg.Wait()`, 4, 10*time.Second)
	t.Logf("found in %v", time.Since(start))
	e := deadlockError(asleep)
	tb := strings.Join(e.Traceback, "\n")
	if !strings.HasPrefix(tb, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [sync.WaitGroup.Wait]:\n") ||
		strings.Count(tb, "[chan receive]:") != 2 {
		t.Errorf("traceback:\n%s", tb)
	}
}

// A goroutine waiting in compiled code other than sync's (a pool's
// future, the cell's stdin) may be woken by what the check does not see:
// no deadlock; the process's own goroutines are left out.
func TestDeadlockClassify(t *testing.T) {
	const stacks = `goroutine 9 [running]:
main.watch()
	/x.go:1 +0x1

goroutine 1 [select]:
github.com/gofutures/gofutures/kernel/session.interpreter.EvalWithContext({0x0})
	/s/interpreter.go:54 +0x2a5
github.com/gofutures/gofutures/kernel/session.Serve(0x0)
	/s/serve.go:1 +0x1

goroutine 7 [IO wait]:
internal/poll.runtime_pollWait(0x0, 0x72)
	/go/netpoll.go:1 +0x1
os.(*File).Read(0x0)
	/go/file.go:1 +0x1
bufio.(*Reader).Read(0x0)
	/go/bufio.go:1 +0x1
encoding/json.(*Decoder).Decode(0x0)
	/go/stream.go:1 +0x1
github.com/gofutures/gofutures/kernel/session.Serve.func1()
	/s/serve.go:1 +0x1

goroutine 36 [select]:
github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext(0x0)
	/y/interp.go:590 +0x1d7

goroutine 37 [sync.WaitGroup.Wait, 2 minutes]:
sync.runtime_SemacquireWaitGroup(0x0?, 0x0?)
	/go/sema.go:114 +0x2e
sync.(*WaitGroup).Wait(0x0)
	/go/waitgroup.go:206 +0x85
reflect.Value.Call({0x0})
	/go/value.go:369 +0xb9
github.com/traefik/yaegi/interp.callBin.func2({0x0})
	/y/run.go:1465 +0x25
created by github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext in goroutine 36
	/y/interp.go:578 +0x186

goroutine 40 [select]:
reflect.rselect({0x0})
	/go/select.go:616 +0x3cd
reflect.Select({0x0})
	/go/value.go:3018 +0x5a7
github.com/traefik/yaegi/interp.recv.func3(0x0)
	/y/run.go:3815 +0x45e
created by github.com/traefik/yaegi/interp.call.func9 in goroutine 37
	/y/run.go:1398 +0x797
`
	idle := "goroutine 49 [sync.Cond.Wait]:\nsync.runtime_notifyListWait(0x0, 0x0)\n\t/go/sema.go:1 +0x1\nsync.(*Cond).Wait(0x0)\n\t/go/cond.go:1 +0x1\n" +
		"github.com/gofutures/gofutures/executor.(*ThreadPool).next(0x0, 0x40?)\n\t/e/threadpool.go:212 +0x1\ngithub.com/gofutures/gofutures/executor.(*ThreadPool).worker(0x0, 0x0)\n\t/e/threadpool.go:1 +0x1\n"
	asleep, awake := allAsleep([]byte(stacks + "\n" + idle))
	if awake != "" || len(asleep) != 3 || goState(asleep[1]) != "chan receive" {
		t.Fatalf("asleep %+v, awake %q", asleep, awake)
	}
	for _, other := range []string{
		"goroutine 50 [chan receive]:\ngithub.com/gofutures/gofutures/executor.(*Future).Result(0x0)\n\t/e/future.go:1 +0x1\nreflect.Value.Call({0x0})\n\t/go/value.go:1 +0x1\ngithub.com/traefik/yaegi/interp.callBin.func2({0x0})\n\t/y/run.go:1 +0x1",
		"goroutine 50 [chan receive]:\ngithub.com/gofutures/gofutures/kernel/session.(*inputReader).Read(0x0)\n\t/s/serve.go:1 +0x1",
		"goroutine 50 [sleep]:\ntime.Sleep(0x0)\n\t/go/time.go:1 +0x1\nreflect.Value.Call({0x0})\n\t/go/value.go:1 +0x1\ngithub.com/traefik/yaegi/interp.callBin.func2({0x0})\n\t/y/run.go:1 +0x1",
		"goroutine 50 [runnable]:\ngithub.com/traefik/yaegi/interp.runCfg(0x0)\n\t/y/run.go:1 +0x1",
	} {
		if asleep, awake := allAsleep([]byte(stacks + "\n" + other + "\n")); asleep != nil || awake == "" {
			t.Errorf("found asleep with\n%s", other)
		}
	}
}

// The check of a cell starts no goroutine once the first cell's started
// the checker's: the count of goroutines created stays as it was, which
// spares goroutinesAtStart its look at every stack before the next cell.
func TestDeadlockWatchStartsNoGoroutine(t *testing.T) {
	srv := &Server{sess: New(Options{})}
	close(srv.watchCell())
	before, ok := goroutinesCreated()
	for range 3 {
		close(srv.watchCell())
	}
	if after, _ := goroutinesCreated(); ok && after != before {
		t.Errorf("%d goroutines created by 3 cells' checks", after-before)
	}
}
