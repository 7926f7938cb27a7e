package supervisor

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/session"
	"github.com/gofutures/gofutures/symbols"
)

// The test binary doubles as the interpreter process.
func TestMain(m *testing.M) {
	if os.Getenv("GOFUTURES_TEST_INTERPRETER") == "1" {
		req, ev, err := subproc.Inherited(false)
		if err != nil {
			os.Exit(1)
		}
		dir := os.Getenv(session.SnapshotDirEnv)
		err = session.Serve(req, ev, os.Stdout, os.Stderr, session.Options{
			Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{session.RichPrelude, session.ExecutorPrelude}, NamedFuncs: true, RichValues: true,
			KeepValues: dir != "", SnapshotDir: dir})
		if err != nil {
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

type recorder struct {
	mu     sync.Mutex
	events []string
}

func (r *recorder) Stream(name, text string) {
	r.mu.Lock()
	r.events = append(r.events, name+":"+text)
	r.mu.Unlock()
}

func (r *recorder) Display(msgType string, content json.RawMessage) {
	r.mu.Lock()
	r.events = append(r.events, msgType)
	r.mu.Unlock()
}

func (r *recorder) text() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.events, "")
}

func newSupervisor(t *testing.T) (*Supervisor, *recorder) {
	t.Helper()
	os.Setenv("GOFUTURES_TEST_INTERPRETER", "1")
	t.Cleanup(func() { os.Unsetenv("GOFUTURES_TEST_INTERPRETER") })
	s := &Supervisor{Path: os.Args[0], Logf: t.Logf}
	rec := &recorder{}
	s.SetOutput(rec)
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	return s, rec
}

func TestSupervisorOutputBeforeResult(t *testing.T) {
	s, rec := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "import \"fmt\"\nfor i := 0; i < 3; i++ {\n\tfmt.Print(i)\n}\n40+2", Count: 1})
	if res.Status != "ok" || res.Data["text/plain"] != "42" {
		t.Fatalf("%+v", res)
	}
	// the stream was delivered before Execute returned
	if got := strings.ReplaceAll(rec.text(), "stdout:", ""); got != "012" {
		t.Fatalf("output %q", got)
	}
}

func TestSupervisorRecoversFromCrash(t *testing.T) {
	s, rec := newSupervisor(t)
	s.Execute(context.Background(), kernel.Cell{Code: "func twice(x int) int { return 2 * x }\nv := 3", Count: 1})
	pid := s.Pid()
	res := s.Execute(context.Background(), kernel.Cell{Code: "func down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 2})
	if res.EName != "InterpreterDied" || !strings.Contains(res.EValue, "fatal error: stack overflow") || !strings.Contains(res.EValue, "1 declaration and 1 value restored") ||
		strings.Contains(res.EValue, "lost") {
		t.Fatalf("%+v", res)
	}
	if s.Pid() == pid || s.Pid() == 0 {
		t.Fatal("no fresh interpreter")
	}
	// the dying runtime's report (thousands of lines of goroutines) is
	// the error's, not the cell's stderr
	if strings.Contains(rec.text(), "fatal error") || strings.Contains(rec.text(), "goroutine ") {
		t.Errorf("stderr of the cell: %q", rec.text())
	}
	if res := s.Execute(context.Background(), kernel.Cell{Code: "twice(21) + v - 3", Count: 3}); res.Data["text/plain"] != "42" {
		t.Fatalf("declarations and values not restored: %+v", res)
	}
}

// A panic in the goroutine of a cell's go statement is the cell's error,
// with the goroutine's frames, even where its deferred call let the cell
// end (close(done)); the process ends, as Go's program does, and the
// notebook comes back.
func TestSupervisorGoroutinePanic(t *testing.T) {
	s, _ := newSupervisor(t)
	if res := s.Execute(context.Background(), kernel.Cell{Code: "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}\nv := 3", Count: 1}); res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	pid := s.Pid()
	res := s.Execute(context.Background(), kernel.Cell{Code: "done := make(chan bool)\ngo func() { defer close(done); worker(5) }()\n<-done", Count: 2})
	tb := strings.Join(res.Traceback, "\n")
	if res.EName != "panic" || res.EValue != "runtime error: index out of range [5] with length 0" ||
		!regexp.MustCompile(`(?m)^goroutine [0-9]+ \[running\]:\nCell In\[1\], line 3, in worker\nCell In\[2\], line 2, in main.func1\nInterpreterDied: .* and 1 value restored$`).MatchString(tb) {
		t.Fatalf("%+v\n%s", res, tb)
	}
	if s.Pid() == pid || s.Pid() == 0 {
		t.Fatal("no fresh interpreter")
	}
	if res := s.Execute(context.Background(), kernel.Cell{Code: "v", Count: 3}); res.Data["text/plain"] != "3" {
		t.Fatalf("values not restored: %+v", res)
	}
}

func TestSupervisorCrashWithoutSnapshots(t *testing.T) {
	os.Setenv("GOFUTURES_TEST_INTERPRETER", "1")
	t.Cleanup(func() { os.Unsetenv("GOFUTURES_TEST_INTERPRETER") })
	s := &Supervisor{Path: os.Args[0], Logf: t.Logf, NoSnapshots: true}
	if err := s.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	s.Execute(context.Background(), kernel.Cell{Code: "func twice(x int) int { return 2 * x }\nv := 3", Count: 1})
	res := s.Execute(context.Background(), kernel.Cell{Code: "func down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 2})
	if res.EName != "InterpreterDied" || !strings.Contains(res.EValue, "values lost: v") {
		t.Fatalf("%+v", res)
	}
}

func TestSupervisorInterrupt(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), kernel.Cell{Code: "func keep() int { return 1 }", Count: 1})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	res := s.Execute(ctx, kernel.Cell{Code: "for {}", Count: 2})
	if res.EName != "KeyboardInterrupt" {
		t.Fatalf("%+v", res)
	}
	if res := s.Execute(context.Background(), kernel.Cell{Code: "keep()", Count: 3}); res.Data["text/plain"] != "1" {
		t.Fatalf("%+v", res)
	}
}

// After an interrupt the variables are defined, with their values as the
// last completed cell left them, pointers still shared.
func TestSupervisorInterruptKeepsValues(t *testing.T) {
	s, _ := newSupervisor(t)
	for i, code := range []string{
		"type Point struct { X, Y int }",
		"data := make([]int, 100)\nfor i := range data { data[i] = i }\na := &Point{1, 2}\nb := a",
		"a.X = 10",
	} {
		if res := s.Execute(context.Background(), kernel.Cell{Code: code, Count: i + 1}); res.Status != "ok" {
			t.Fatalf("%+v", res)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(300*time.Millisecond, cancel)
	res := s.Execute(ctx, kernel.Cell{Code: "data[0] = 99\nfor {}", Count: 4})
	if res.EName != "KeyboardInterrupt" || !strings.Contains(res.EValue, "3 values restored") {
		t.Fatalf("%+v", res)
	}
	res = s.Execute(context.Background(), kernel.Cell{Code: "import \"fmt\"\nb.X = 7\nfmt.Sprint(data[0], \" \", data[99], \" \", a.X, \" \", a == b)", Count: 5})
	if res.Data["text/plain"] != "0 99 7 true" {
		t.Fatalf("%+v", res)
	}
}

// Markers split across reads at every position are still found and
// stripped, and no output is lost or duplicated.
func TestStreamReaderMarkersAcrossReads(t *testing.T) {
	data := "héllo " + ipc.MarkerPrefix + "7" + ipc.MarkerEnd + "wörld\n"
	for cut := 0; cut <= len(data); cut++ {
		rec := &recorder{}
		r, w := io.Pipe()
		released := newSyncPoint()
		released.close() // no event side in this test
		st := newStreamReader("stdout", r, func() kernel.Output { return rec }, released)
		go func() {
			w.Write([]byte(data[:cut]))
			w.Write([]byte(data[cut:]))
			w.Close()
		}()
		st.waitEOF(5 * time.Second)
		got := strings.ReplaceAll(rec.text(), "stdout:", "")
		if got != "héllo wörld\n" || st.synced != 7 {
			t.Fatalf("cut %d: %q synced %d", cut, got, st.synced)
		}
	}
}

type orderRecorder struct {
	mu     sync.Mutex
	events []string
}

func (r *orderRecorder) Stream(name, text string) {
	r.mu.Lock()
	r.events = append(r.events, strings.TrimSpace(text))
	r.mu.Unlock()
}

func (r *orderRecorder) Display(msgType string, content json.RawMessage) {
	r.mu.Lock()
	r.events = append(r.events, "<"+msgType+">")
	r.mu.Unlock()
}

// Output written after a display is published after it.
func TestSupervisorDisplayOrder(t *testing.T) {
	s, _ := newSupervisor(t)
	for i := 0; i < 10; i++ {
		rec := &orderRecorder{}
		s.SetOutput(rec)
		res := s.Execute(context.Background(), kernel.Cell{Code: "import (\"fmt\"; \"github.com/gofutures/gofutures/display\")\nfmt.Println(\"before\")\ndisplay.Display(\"D\")\nfmt.Println(\"after\")", Count: i + 1})
		if res.Status != "ok" {
			t.Fatalf("%+v", res)
		}
		got := strings.Join(rec.events, " ")
		if got != "before <display_data> after" {
			t.Fatalf("run %d: order %q", i, got)
		}
	}
}

// A process the cell started keeps the interpreter's pipes open only if
// they leak into it; interrupting must not wait for it.
func TestSupervisorInterruptWithGrandchild(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), kernel.Cell{Code: "import \"os\"\np, _ := os.StartProcess(\"/bin/sleep\", []string{\"sleep\", \"30\"}, &os.ProcAttr{})\n_ = p", Count: 1})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	done := make(chan kernel.ExecuteResult, 1)
	go func() { done <- s.Execute(ctx, kernel.Cell{Code: "for {}", Count: 2}) }()
	select {
	case res := <-done:
		if res.EName != "KeyboardInterrupt" {
			t.Fatalf("%+v", res)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("interrupt waited for a process the cell started")
	}
}

// A restored declaration that displays something does not deadlock the
// restore.
func TestSupervisorRestoreWithDisplay(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), kernel.Cell{Code: "import \"github.com/gofutures/gofutures/display\"\nvar h = display.Display(\"hi\")\nfunc ok() int { return 1 }", Count: 1})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	done := make(chan kernel.ExecuteResult, 1)
	go func() {
		s.Execute(ctx, kernel.Cell{Code: "for {}", Count: 2})
		done <- s.Execute(context.Background(), kernel.Cell{Code: "ok()", Count: 3})
	}()
	select {
	case res := <-done:
		if res.Data["text/plain"] != "1" {
			t.Fatalf("%+v", res)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("restore deadlocked")
	}
}

// Restart while a cell runs leaves exactly one interpreter.
func TestSupervisorRestartWhileRunning(t *testing.T) {
	s, _ := newSupervisor(t)
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			s.Execute(ctx, kernel.Cell{Code: "for {}", Count: 1})
			close(done)
		}()
		time.Sleep(100 * time.Millisecond)
		cancel()
		if err := s.Restart(); err != nil {
			t.Fatal(err)
		}
		<-done
	}
	time.Sleep(200 * time.Millisecond)
	out, _ := exec.Command("pgrep", "-P", strconv.Itoa(os.Getpid())).Output()
	if n := len(strings.Fields(string(out))); n != 1 {
		t.Fatalf("%d interpreter processes, want 1", n)
	}
}

// Ordinary stderr text that looks like a crash is not held past the cell.
func TestSupervisorFatalLookingStderr(t *testing.T) {
	s, rec := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "import (\"fmt\"; \"os\")\nfmt.Fprintln(os.Stderr, \"fatal error: config missing\")", Count: 1})
	if res.Status != "ok" || !strings.Contains(rec.text(), "fatal error: config missing") {
		t.Fatalf("%+v %q", res, rec.text())
	}
}

// Megabytes of bytes that are not UTF-8 do not stall the output.
func TestSupervisorBinaryOutput(t *testing.T) {
	s, rec := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "import (\"bytes\"; \"os\")\nos.Stdout.Write(bytes.Repeat([]byte{0x80}, 2<<20))\nos.Stdout.WriteString(\"end\\n\")", Count: 1})
	if res.Status != "ok" || !strings.HasSuffix(rec.text(), "end\n") {
		t.Fatalf("%+v %q", res, rec.text()[max(0, len(rec.text())-20):])
	}
}

// An interrupt while a cell waits for input interrupts the cell: it does
// not go on as if its input had ended.
func TestSupervisorInterruptDuringInput(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), kernel.Cell{Code: "func still() int { return 3 }", Count: 1})
	for i := range 5 { // the race it guards against went either way
		ctx, cancel := context.WithCancel(context.Background())
		asked := make(chan struct{})
		res := make(chan kernel.ExecuteResult, 1)
		go func() {
			res <- s.Execute(ctx, kernel.Cell{Code: "import (\"bufio\"; \"fmt\"; \"os\")\nname, _ := bufio.NewReader(os.Stdin).ReadString('\\n')\nfmt.Println(\"hello\", name)", Count: 2 + i,
				Input: func(ctx context.Context, prompt string, password bool) (string, error) {
					close(asked)
					<-ctx.Done()
					return "", ctx.Err()
				}})
		}()
		<-asked
		cancel()
		if r := <-res; r.EName != "KeyboardInterrupt" {
			t.Fatalf("run %d: %+v, want KeyboardInterrupt", i, r)
		}
	}
	if r := s.Execute(context.Background(), kernel.Cell{Code: "still()", Count: 9}); r.Data["text/plain"] != "3" {
		t.Fatalf("declarations after the interrupts: %+v", r)
	}
}

// A crash dump that takes longer than crashGrace to write (a deep stack,
// a loaded machine) stays held back and keeps its first line for the
// cause; output that merely looks like one is published once it pauses.
func TestStreamReaderSlowCrashDump(t *testing.T) {
	rec := &recorder{}
	r, w := io.Pipe()
	released := newSyncPoint()
	released.close()
	st := newStreamReader("stderr", r, func() kernel.Output { return rec }, released)
	w.Write([]byte("before\nruntime: goroutine stack exceeds 1000-byte limit\nfatal error: stack overflow\n"))
	for end := time.Now().Add(crashGrace + crashGrace/2); time.Now().Before(end); {
		w.Write([]byte("yaegi/interp.runCfg(...)\n"))
		time.Sleep(crashGrace / 10)
	}
	w.Close()
	st.waitEOF(5 * time.Second)
	if got := rec.text(); got != "stderr:before\n" {
		t.Fatalf("published %q; the dump must stay held back", got)
	}
	if got := st.crashLine(); got != "runtime: goroutine stack exceeds 1000-byte limit" {
		t.Fatalf("crashLine %q", got)
	}

	rec = &recorder{}
	r, w = io.Pipe()
	st = newStreamReader("stderr", r, func() kernel.Output { return rec }, released)
	w.Write([]byte("fatal error: just a message\n"))
	deadline := time.Now().Add(crashGrace + 5*time.Second)
	for !strings.Contains(rec.text(), "just a message") && time.Now().Before(deadline) {
		time.Sleep(crashGrace / 10)
	}
	if !strings.Contains(rec.text(), "just a message") {
		t.Fatal("output that paused after a dump-like line was never published")
	}
	w.Close()
}

// A line starting "panic: " is held back only until it is known whether
// the runtime's goroutine stacks follow: then it is the report of a
// goroutine's panic that nothing recovered and goes with the dump;
// otherwise it is the cell's own output and is published whole, in order.
func TestStreamReaderPanicLines(t *testing.T) {
	released := newSyncPoint()
	released.close()

	rec := &recorder{}
	r, w := io.Pipe()
	st := newStreamReader("stderr", r, func() kernel.Output { return rec }, released)
	w.Write([]byte("before\npanic: "))
	time.Sleep(3 * streamInterval) // the runtime writes its report in pieces
	w.Write([]byte("boom [recovered, repanicked]\n\ngoroutine 7 [running]:\nmain.f()\n"))
	w.Close()
	st.waitEOF(5 * time.Second)
	if got := rec.text(); got != "stderr:before\n" {
		t.Fatalf("published %q; the report of a dying goroutine must stay held back", got)
	}

	rec = &recorder{}
	r, w = io.Pipe()
	st = newStreamReader("stderr", r, func() kernel.Output { return rec }, released)
	line := strings.Repeat("x", 1023) + "\n"
	want := "panic: not really\n" + strings.Repeat(line, 2*maxTentative/len(line))
	go func() {
		w.Write([]byte(want[:18]))
		for rest := want[18:]; len(rest) > 0; rest = rest[len(line):] {
			w.Write([]byte(rest[:len(line)]))
		}
		w.Close()
	}()
	st.waitEOF(10 * time.Second)
	if got := strings.ReplaceAll(rec.text(), "stderr:", ""); got != want {
		t.Fatalf("a cell's own output after a panic: line published as %d bytes, want %d", len(got), len(want))
	}
}

// A "panic: " line a cell wrote to stderr earlier is not the cause of a
// later crash: the error names the dying goroutine's panic.
func TestSupervisorCrashCauseNotAnEarlierPanicLine(t *testing.T) {
	s, _ := newSupervisor(t)
	res := s.Execute(context.Background(), kernel.Cell{Code: "import \"os\"\nos.Stderr.WriteString(\"panic: handled earlier\\n\")", Count: 1})
	if res.Status != "ok" {
		t.Fatalf("%+v", res)
	}
	res = s.Execute(context.Background(), kernel.Cell{Code: "func down(n int) int { return down(n+1) + 1 }\ndown(0)", Count: 2})
	if res.EName != "InterpreterDied" || !strings.Contains(res.EValue, "fatal error: stack overflow") || strings.Contains(res.EValue, "handled earlier") {
		t.Fatalf("%s: %s", res.EName, res.EValue)
	}
}

// A cell's own "panic: " line on stderr, with more output coming without
// pause (a log), is published soon: it was held back till the output
// paused for crashGrace, or reached maxTentative.
func TestStreamReaderPanicLineThenSteadyOutput(t *testing.T) {
	released := newSyncPoint()
	released.close()
	rec := &recorder{}
	r, w := io.Pipe()
	st := newStreamReader("stderr", r, func() kernel.Output { return rec }, released)
	stop := make(chan struct{})
	go func() {
		w.Write([]byte("panic: handled, logged\n"))
		for {
			select {
			case <-stop:
				w.Close()
				return
			case <-time.After(50 * time.Millisecond):
				w.Write([]byte("log line\n"))
			}
		}
	}()
	deadline := time.Now().Add(3 * time.Second)
	for !strings.Contains(rec.text(), "panic: handled") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	published := strings.Contains(rec.text(), "panic: handled")
	close(stop)
	st.waitEOF(5 * time.Second)
	if !published {
		t.Fatalf("a panic: line followed by steady output was held back 3 s")
	}
}
