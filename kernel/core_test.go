package kernel

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/complete"
	"github.com/gofutures/gofutures/kernel/wire"
)

// memTransport records what the kernel sends.
type memTransport struct {
	mu   sync.Mutex
	sent []sent
}

type sent struct {
	ch  Channel
	msg *wire.Message
}

func (t *memTransport) Send(ch Channel, m *wire.Message) error {
	t.mu.Lock()
	t.sent = append(t.sent, sent{ch, m})
	t.mu.Unlock()
	return nil
}

func (t *memTransport) all() []sent {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]sent(nil), t.sent...)
}

// fakeInterp runs "cells" from a table.
type fakeInterp struct {
	out     Output
	results map[string]ExecuteResult
	block   chan struct{} // "block" cells wait on it or on ctx
	ns      complete.Namespace

	interrupts, restarts atomic.Int32
}

func (f *fakeInterp) SetOutput(o Output) { f.out = o }
func (f *fakeInterp) Execute(ctx context.Context, c Cell) ExecuteResult {
	code := c.Code
	if code == "block" {
		select {
		case <-ctx.Done():
			return ExecuteResult{Status: "error", EName: "KeyboardInterrupt", EValue: "cell interrupted"}
		case <-f.block:
		}
	}
	if code == "print" {
		f.out.Stream("stdout", "printed\n")
	}
	if code == "panic" {
		panic("a bug in the interpreter glue")
	}
	if code == "input" {
		if c.Input == nil {
			return ExecuteResult{Status: "error", EName: "EOF", EValue: "no input allowed"}
		}
		v, err := c.Input(ctx, "name? ", false)
		if err != nil {
			return ExecuteResult{Status: "error", EName: "EOF", EValue: err.Error()}
		}
		return ExecuteResult{Status: "ok", Data: map[string]any{"text/plain": v}}
	}
	if r, ok := f.results[code]; ok {
		return r
	}
	return ExecuteResult{Status: "ok"}
}
func (f *fakeInterp) Interrupt()                    { f.interrupts.Add(1) }
func (f *fakeInterp) Namespace() complete.Namespace { return f.ns }
func (f *fakeInterp) Start() error                  { return nil }
func (f *fakeInterp) Restart() error                { f.restarts.Add(1); return nil }
func (f *fakeInterp) Close()                        {}

func request(t testing.TB, msgType string, content any) *wire.Message {
	t.Helper()
	m, err := wire.NewReply("client", nil, msgType, content)
	if err != nil {
		t.Fatal(err)
	}
	m.Identities = [][]byte{[]byte("id-1")}
	return m
}

func types(ss []sent, parent string) []string {
	var out []string
	for _, s := range ss {
		if s.msg.Parent.MsgID == parent {
			out = append(out, s.ch.String()+":"+s.msg.Header.MsgType)
		}
	}
	return out
}

func newTestKernel() (*Kernel, *memTransport, *fakeInterp) {
	tr := &memTransport{}
	fi := &fakeInterp{results: map[string]ExecuteResult{
		"1+1": {Status: "ok", Data: map[string]any{"text/plain": "2"}},
		"bad": {Status: "error", EName: "panic", EValue: "boom", Traceback: []string{"Cell In[1], line 1"}},
	}, block: make(chan struct{})}
	return NewKernel("kernel-session", tr, fi, func(string, ...any) {}), tr, fi
}

func TestExecuteMessageOrder(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "execute_request", map[string]any{"code": "1+1"})
	k.handle(Shell, m)
	got := types(tr.all(), m.Header.MsgID)
	want := []string{"iopub:status", "iopub:execute_input", "iopub:execute_result", "shell:execute_reply", "iopub:status"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("got %v, want %v", got, want)
		}
	}
	reply := tr.all()[3].msg
	if string(reply.Identities[0]) != "id-1" {
		t.Fatalf("reply not routed back: %q", reply.Identities)
	}
	var c map[string]any
	_ = json.Unmarshal(reply.Content, &c)
	if c["status"] != "ok" || c["execution_count"] != 1.0 {
		t.Fatalf("reply %v", c)
	}
}

func TestControlRepliesOnControl(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "kernel_info_request", map[string]any{})
	k.ControlMessage(m)
	got := types(tr.all(), m.Header.MsgID)
	if got[1] != "control:kernel_info_reply" {
		t.Fatalf("got %v", got)
	}
}

func TestErrorAbortsQueuedExecutes(t *testing.T) {
	k, tr, _ := newTestKernel()
	bad := request(t, "execute_request", map[string]any{"code": "bad"})
	next := request(t, "execute_request", map[string]any{"code": "1+1"})
	info := request(t, "kernel_info_request", map[string]any{})
	k.ShellMessage(next)
	k.ShellMessage(info)
	k.handle(Shell, bad)
	var status map[string]any
	for _, s := range tr.all() {
		if s.msg.Parent.MsgID == next.Header.MsgID && s.msg.Header.MsgType == "execute_reply" {
			_ = json.Unmarshal(s.msg.Content, &status)
		}
	}
	if status["status"] != "aborted" {
		t.Fatalf("queued execute: %v", status)
	}
	if got := types(tr.all(), info.Header.MsgID); len(got) != 3 || got[1] != "shell:kernel_info_reply" {
		t.Fatalf("queued kernel_info not answered: %v", got)
	}
}

func TestInterruptOnShellWhileRunning(t *testing.T) {
	k, tr, _ := newTestKernel()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go k.Run(ctx)
	run := request(t, "execute_request", map[string]any{"code": "block"})
	k.ShellMessage(run)
	time.Sleep(50 * time.Millisecond)
	k.ShellMessage(request(t, "interrupt_request", map[string]any{}))
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		for _, s := range tr.all() {
			if s.msg.Parent.MsgID == run.Header.MsgID && s.msg.Header.MsgType == "execute_reply" {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("interrupt_request on shell did not end the running cell")
}

func TestUnknownRequestGetsErrorReply(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "frobnicate_request", map[string]any{})
	k.handle(Shell, m)
	got := types(tr.all(), m.Header.MsgID)
	if len(got) != 3 || got[1] != "shell:frobnicate_reply" {
		t.Fatalf("got %v", got)
	}
}

func TestHistory(t *testing.T) {
	k, tr, _ := newTestKernel()
	for _, code := range []string{"1+1", "print", "1+1"} {
		k.handle(Shell, request(t, "execute_request", map[string]any{"code": code}))
	}
	for _, c := range []struct {
		req  map[string]any
		want int
	}{
		{map[string]any{"hist_access_type": "tail", "n": 2, "output": false, "raw": true}, 2},
		{map[string]any{"hist_access_type": "range", "session": 0, "start": 2, "stop": 4, "output": true, "raw": true}, 2},
		{map[string]any{"hist_access_type": "search", "pattern": "1*", "output": false, "raw": true}, 2},
		{map[string]any{"hist_access_type": "search", "pattern": "1*", "unique": true, "output": false, "raw": true}, 1},
	} {
		m := request(t, "history_request", c.req)
		k.handle(Shell, m)
		var reply struct {
			History []any `json:"history"`
		}
		for _, s := range tr.all() {
			if s.msg.Parent.MsgID == m.Header.MsgID && s.msg.Header.MsgType == "history_reply" {
				_ = json.Unmarshal(s.msg.Content, &reply)
			}
		}
		if len(reply.History) != c.want {
			t.Errorf("%v: %d entries, want %d", c.req, len(reply.History), c.want)
		}
	}
}

func TestIsComplete(t *testing.T) {
	for code, want := range map[string]string{
		"1+1":                       "complete",
		"func f() {":                "incomplete",
		"x := []int{1,\n2,":         "incomplete",
		"s := `raw\nstring":         "incomplete",
		"x := 1 +":                  "incomplete",
		"}":                         "invalid",
		"f(1, 2]":                   "invalid",
		"if x {\n\ty(]":             "invalid",
		"x := 1 2":                  "invalid",
		"m := map[string][]int{":    "incomplete",
		"func f() {\n\treturn\n}\n": "complete",
		// a keyword that must be followed by more: the next line goes on
		"if x > 0 {\n} else":   "incomplete",
		"go":                   "incomplete",
		"f := func":            "incomplete",
		"for {\n\tbreak\n}":    "complete",
		"func f() {\n\treturn": "incomplete",
	} {
		k, tr, _ := newTestKernel()
		m := request(t, "is_complete_request", map[string]any{"code": code})
		k.handle(Shell, m)
		var c map[string]any
		_ = json.Unmarshal(tr.all()[1].msg.Content, &c)
		if c["status"] != want {
			t.Errorf("%q: %v, want %s", code, c["status"], want)
		}
	}
}

// reply returns the content of the reply to m.
func replyTo(t *testing.T, tr *memTransport, m *wire.Message) map[string]any {
	t.Helper()
	want := strings.TrimSuffix(m.Header.MsgType, "_request") + "_reply"
	for _, s := range tr.all() {
		if s.msg.Parent.MsgID == m.Header.MsgID && s.msg.Header.MsgType == want {
			var c map[string]any
			if err := json.Unmarshal(s.msg.Content, &c); err != nil {
				t.Fatal(err)
			}
			return c
		}
	}
	t.Fatalf("no %s to %s among %v", want, m.Header.MsgType, types(tr.all(), m.Header.MsgID))
	return nil
}

func TestCompleteAndInspectFromNamespace(t *testing.T) {
	k, tr, fi := newTestKernel()
	p, err := cell.Split("// gcd is Euclid's.\nfunc gcd(a, b int) int { return a }", 2)
	if err != nil {
		t.Fatal(err)
	}
	fi.ns = complete.Namespace{Decls: p.Decls, Vars: []string{"gauge"}}
	m := request(t, "complete_request", map[string]any{"code": "x := g", "cursor_pos": 6})
	k.handle(Shell, m)
	c := replyTo(t, tr, m)
	matches, _ := c["matches"].([]any)
	if c["status"] != "ok" || !slices.Contains(matches, any("gcd")) || !slices.Contains(matches, any("gauge")) ||
		c["cursor_start"] != 5.0 || c["cursor_end"] != 6.0 {
		t.Fatalf("complete_reply %v", c)
	}
	meta, _ := c["metadata"].(map[string]any)
	if kinds, _ := meta["_jupyter_types_experimental"].([]any); len(kinds) != len(matches) {
		t.Fatalf("complete_reply types %v for matches %v", meta, matches)
	}

	m = request(t, "inspect_request", map[string]any{"code": "gcd(1, 2)", "cursor_pos": 2, "detail_level": 0})
	k.handle(Shell, m)
	c = replyTo(t, tr, m)
	data, _ := c["data"].(map[string]any)
	text, _ := data["text/plain"].(string)
	if c["status"] != "ok" || c["found"] != true || !strings.Contains(text, "func gcd(a, b int) int") ||
		!strings.Contains(data["text/markdown"].(string), "```go\n") {
		t.Fatalf("inspect_reply %v", c)
	}
	m = request(t, "inspect_request", map[string]any{"code": "nothing", "cursor_pos": 2, "detail_level": 0})
	k.handle(Shell, m)
	if c = replyTo(t, tr, m); c["found"] != false {
		t.Fatalf("inspect_reply for an unknown name %v", c)
	}
}
