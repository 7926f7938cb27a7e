package executor_test

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestThreadPoolSummary(t *testing.T) {
	p := executor.NewThreadPool(2, executor.WithName("gcd"))
	release := make(chan struct{})
	block := func() int { <-release; return 1 }
	fs := []*executor.Future{p.Submit(block), p.Submit(block), p.Submit(block)}
	waitFor(t, "two running tasks", func() bool { return fs[0].Running() && fs[1].Running() })
	if got, want := p.String(), `ThreadPool(2) "gcd": 1 pending, 2 running, 0 done`; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	h := p.HTML()
	for _, want := range []string{"<b>gcd</b>", "ThreadPool, 2 workers (2 started)", ">pending</th>", `text-align:right">1</td>`} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML() lacks %q:\n%s", want, h)
		}
	}
	close(release)
	p.Shutdown(true, false)
	if got, want := p.String(), `ThreadPool(2) "gcd": 0 pending, 0 running, 3 done; shut down`; got != want {
		t.Errorf("after Shutdown: String() = %q, want %q", got, want)
	}
	if h := p.HTML(); !strings.Contains(h, ">shut down</span>") {
		t.Errorf("HTML() after Shutdown lacks the state:\n%s", h)
	}
}

func TestZeroThreadPoolSummary(t *testing.T) {
	var p executor.ThreadPool
	if got := p.String(); !regexp.MustCompile(`^ThreadPool\(\d+\) "ThreadPool": 0 pending, 0 running, 0 done$`).MatchString(got) {
		t.Errorf("String() of a zero ThreadPool = %q", got)
	}
}

func TestBrokenThreadPoolSummary(t *testing.T) {
	p := executor.NewThreadPool(1, executor.WithInitializer(func() error { return errors.New("no database") }))
	defer p.Close()
	_ = p.Submit(func() int { return 1 }).Err()
	if got := p.String(); !strings.Contains(got, "; broken: ") || !strings.Contains(got, "no database") {
		t.Errorf("String() of a broken pool = %q", got)
	}
}

func TestProcessPoolSummary(t *testing.T) {
	p := executor.NewProcessPool(2)
	defer p.Close()
	sleep := executor.Named("sleep", func(int) int { return 0 })
	a, b := p.Submit(sleep, 30000), p.Submit(sleep, 30000)
	c := p.Submit(executor.Named("echoInt", func(x int) int { return x }), 7)
	waitFor(t, "two running tasks", func() bool { return a.Running() && b.Running() })
	re := regexp.MustCompile(`^ProcessPool\(2\) "ProcessPool-\d+": 1 pending, 2 running, 0 done$`)
	if got := p.String(); !re.MatchString(got) {
		t.Errorf("String() = %q, want a match of %s", got, re)
	}
	h := p.HTML()
	for _, want := range []string{"ProcessPool, 2 workers", "running now:", "_0 (pid ", "_1 (pid ", ">sleep</td>"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML() lacks %q:\n%s", want, h)
		}
	}
	p.Terminate(a)
	p.Terminate(b)
	if v, err := c.Result(); err != nil || v != 7 {
		t.Fatalf("echoInt: %v %v", v, err)
	}
	p.Shutdown(true, false)
	re = regexp.MustCompile(`^ProcessPool\(2\) "ProcessPool-\d+": 0 pending, 0 running, 3 done; shut down$`)
	if got := p.String(); !re.MatchString(got) {
		t.Errorf("after Shutdown: String() = %q", got)
	}
}

func TestFutureHTML(t *testing.T) {
	p := executor.NewThreadPool(1)
	defer p.Close()
	ok := p.Submit(executor.Named("add", func(a, b int) int { return a + b }), 2, 3)
	bad := p.Submit(executor.Named("fail", func() (int, error) { return 0, errors.New("no <luck>") }))
	_ = bad.Err()
	_, _ = ok.Result()
	for f, wants := range map[*executor.Future][]string{
		ok:  {">add</td>", ">finished</span>", "<code>5</code>"},
		bad: {">fail</td>", ">failed</span>", "no &lt;luck&gt;"},
	} {
		h := f.HTML()
		for _, want := range wants {
			if !strings.Contains(h, want) {
				t.Errorf("HTML() of %v lacks %q:\n%s", f, want, h)
			}
		}
	}
	pending := executor.NewFuture()
	if h := pending.HTML(); !strings.Contains(h, ">pending</span>") {
		t.Errorf("HTML() of a pending future:\n%s", h)
	}
	long := executor.NewFuture()
	_ = long.SetResult(strings.Repeat("é", 500))
	if h := long.HTML(); strings.Count(h, "é") != 200 || !strings.Contains(h, "…") {
		t.Errorf("a long result is not cut at 200 runes: %d", strings.Count(h, "é"))
	}
}

// A pool shown by fmt (and so as a cell's value) is its summary, not its
// fields.
func ExampleThreadPool_String() {
	p := executor.NewThreadPool(4, executor.WithName("squares"))
	for i := range 3 {
		_, _ = p.Submit(func(x int) int { return x * x }, i).Result()
	}
	p.Shutdown(true, false)
	fmt.Println(p)
	// Output: ThreadPool(4) "squares": 0 pending, 0 running, 3 done; shut down
}
