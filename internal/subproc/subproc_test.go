package subproc

import (
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestStartAndExitStatus(t *testing.T) {
	cmd := exec.Command("sh", "-c", `read line <&3; echo "got $line" >&4; echo out; echo err >&2; exit 3`)
	p, err := Start(cmd)
	if err != nil {
		t.Fatal(err)
	}
	p.Requests.WriteString("ping\n")
	p.Requests.Close()
	rep, _ := io.ReadAll(p.Replies)
	out, _ := io.ReadAll(p.Stdout)
	errOut, _ := io.ReadAll(p.Stderr)
	if string(rep) != "got ping\n" || string(out) != "out\n" || string(errOut) != "err\n" {
		t.Fatalf("rep %q out %q err %q", rep, out, errOut)
	}
	if got := ExitStatus(cmd.Wait()); got != "exit status 3" {
		t.Fatalf("status %q", got)
	}
	cmd = exec.Command("sh", "-c", "kill -9 $$")
	if _, err := Start(cmd); err != nil {
		t.Fatal(err)
	}
	if got := ExitStatus(cmd.Wait()); !strings.HasPrefix(got, "killed by signal") {
		t.Fatalf("status %q", got)
	}
	if _, err := Start(exec.Command("/nonexistent/binary")); err == nil {
		t.Fatal("no error for a missing binary")
	}
}

func TestProcessDrainKillAndStatus(t *testing.T) {
	// A child that leaves a grandchild holding its stdout: Exited still
	// comes, within the drain bound, because the parent's ends are closed.
	p, err := Launch(exec.Command("sh", "-c", `sleep 30 & echo started; exit 0`))
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan string, 1)
	readDone := make(chan struct{})
	go func() {
		defer close(readDone)
		b, _ := io.ReadAll(p.Stdout)
		got <- string(b)
	}()
	p.Watch(func(p *Process) { DrainOrClose(readDone, p.Stdout, p.Stderr, p.Replies) })
	select {
	case <-p.Exited():
	case <-time.After(10 * time.Second):
		t.Fatal("Exited did not come: a grandchild holding a pipe must not stall the parent")
	}
	if out := <-got; out != "started\n" {
		t.Fatalf("stdout %q", out)
	}
	if !p.Dead() || p.ExitStatus() != "exit status 0" {
		t.Fatalf("dead %v status %q", p.Dead(), p.ExitStatus())
	}

	p, err = Launch(exec.Command("sleep", "30"))
	if err != nil {
		t.Fatal(err)
	}
	p.Watch(nil)
	if p.ExitStatus() != "still running" || p.Dead() {
		t.Fatalf("a running process: %q", p.ExitStatus())
	}
	p.Kill("task timeout")
	p.Kill("second reason")
	<-p.Exited()
	if p.Why() != "task timeout" || p.ExitStatus() != "killed by signal killed" {
		t.Fatalf("why %q status %q", p.Why(), p.ExitStatus())
	}

	// Stop: EOF on requests ends a child that reads them.
	p, err = Launch(exec.Command("sh", "-c", `cat <&3 >/dev/null; exit 5`))
	if err != nil {
		t.Fatal(err)
	}
	p.Watch(nil)
	p.Stop(10 * time.Second)
	if p.ExitStatus() != "exit status 5" {
		t.Fatalf("stopped child: %q", p.ExitStatus())
	}
}

func TestDumpCause(t *testing.T) {
	for _, c := range []struct {
		head string
		tail []string
		want string
	}{
		{"fatal error: concurrent map writes", nil, "fatal error: concurrent map writes"},
		{"runtime: goroutine stack exceeds 268435456-byte limit", nil,
			"fatal error: stack overflow (goroutine stack exceeds 268435456-byte limit)"},
		{"", []string{"some output", "panic: bang [recovered]", "goroutine 7 [running]:"}, "panic: bang"},
		{"", []string{"panic: os.Exit(4) [recovered, repanicked]"}, "panic: os.Exit(4)"},
		{"", []string{"  runtime: goroutine stack exceeds 1000-byte limit"},
			"fatal error: stack overflow (runtime: goroutine stack exceeds 1000-byte limit)"},
		{"", []string{"just a line"}, ""},
	} {
		if got := DumpCause(c.head, c.tail); got != c.want {
			t.Errorf("DumpCause(%q, %q) = %q, want %q", c.head, c.tail, got, c.want)
		}
	}
	if !DumpStarts("fatal error: all goroutines are asleep") || DumpStarts("panic: x") {
		t.Error("DumpStarts")
	}
}
