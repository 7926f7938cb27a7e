package kernel

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/session"
	"github.com/gofutures/gofutures/symbols"
)

// The test binary doubles as the interpreter process.
func TestMain(m *testing.M) {
	if os.Getenv("GOFUTURES_TEST_INTERPRETER") == "1" {
		err := session.Serve(os.NewFile(3, "req"), os.NewFile(4, "ev"), os.Stdout, os.Stderr, session.Options{
			Symbols: []interp.Exports{symbols.Symbols}, Preludes: []string{session.RichPrelude, session.ExecutorPrelude}, NamedFuncs: true, RichValues: true})
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
	res := s.Execute(context.Background(), Cell{Code: "import \"fmt\"\nfor i := 0; i < 3; i++ {\n\tfmt.Print(i)\n}\n40+2", Count: 1})
	if res.Status != "ok" || res.Data["text/plain"] != "42" {
		t.Fatalf("%+v", res)
	}
	// the stream was delivered before Execute returned
	if got := strings.ReplaceAll(rec.text(), "stdout:", ""); got != "012" {
		t.Fatalf("output %q", got)
	}
}

func TestSupervisorRecoversFromCrash(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), Cell{Code: "func twice(x int) int { return 2 * x }\nv := 3", Count: 1})
	pid := s.Pid()
	res := s.Execute(context.Background(), Cell{Code: "import \"time\"\ngo func() { panic(\"bye\") }()\ntime.Sleep(3 * time.Second)", Count: 2})
	if res.EName != "InterpreterDied" || !strings.Contains(res.EValue, "bye") || !strings.Contains(res.EValue, "lost: v") {
		t.Fatalf("%+v", res)
	}
	if s.Pid() == pid || s.Pid() == 0 {
		t.Fatal("no fresh interpreter")
	}
	if res := s.Execute(context.Background(), Cell{Code: "twice(21)", Count: 3}); res.Data["text/plain"] != "42" {
		t.Fatalf("declarations not restored: %+v", res)
	}
}

func TestSupervisorInterrupt(t *testing.T) {
	s, _ := newSupervisor(t)
	s.Execute(context.Background(), Cell{Code: "func keep() int { return 1 }", Count: 1})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	res := s.Execute(ctx, Cell{Code: "for {}", Count: 2})
	if res.EName != "KeyboardInterrupt" {
		t.Fatalf("%+v", res)
	}
	if res := s.Execute(context.Background(), Cell{Code: "keep()", Count: 3}); res.Data["text/plain"] != "1" {
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
		st := newStreamReader("stdout", r, func() Output { return rec })
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
