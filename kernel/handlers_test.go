package kernel

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/gofutures/gofutures/kernel/wire"
)

// keys returns the sorted field names of a reply's content.
func keys(c map[string]any) []string {
	var out []string
	for k := range c {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestKernelInfo(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "kernel_info_request", map[string]any{})
	k.handle(Shell, m)
	c := replyTo(t, tr, m)
	want := []string{"banner", "help_links", "implementation", "implementation_version", "language_info", "protocol_version", "status"}
	if !reflect.DeepEqual(keys(c), want) || c["protocol_version"] != wire.ProtocolVersion || c["implementation"] != "gofutures" {
		t.Fatalf("kernel_info_reply %v", c)
	}
	li := c["language_info"].(map[string]any)
	if li["name"] != "go" || li["file_extension"] != ".go" || li["mimetype"] != "text/x-go" {
		t.Fatalf("language_info %v", li)
	}
}

func TestExecuteReplies(t *testing.T) {
	k, tr, _ := newTestKernel()
	ok := request(t, "execute_request", map[string]any{"code": "1+1"})
	k.handle(Shell, ok)
	if c := replyTo(t, tr, ok); !reflect.DeepEqual(c, map[string]any{"status": "ok", "execution_count": 1.0,
		"user_expressions": map[string]any{}, "payload": []any{}}) {
		t.Fatalf("ok execute_reply %v", c)
	}
	bad := request(t, "execute_request", map[string]any{"code": "bad"})
	k.handle(Shell, bad)
	c := replyTo(t, tr, bad)
	if c["status"] != "error" || c["ename"] != "panic" || c["evalue"] != "boom" || c["execution_count"] != 2.0 {
		t.Fatalf("error execute_reply %v", c)
	}
	if tb := c["traceback"].([]any); len(tb) != 2 || tb[1] != "Cell In[1], line 1" {
		t.Fatalf("traceback %v", tb)
	}
	if got := types(tr.all(), bad.Header.MsgID); !slices.Contains(got, "iopub:error") {
		t.Fatalf("no error broadcast: %v", got)
	}
	// silent: no execute_input, no result, no count
	silent := request(t, "execute_request", map[string]any{"code": "1+1", "silent": true})
	k.handle(Shell, silent)
	if got := types(tr.all(), silent.Header.MsgID); !reflect.DeepEqual(got, []string{"iopub:status", "shell:execute_reply", "iopub:status"}) {
		t.Fatalf("silent execute sent %v", got)
	}
	if c := replyTo(t, tr, silent); c["execution_count"] != 2.0 {
		t.Fatalf("silent execute counted: %v", c)
	}
	// undecodable content
	m := request(t, "execute_request", map[string]any{})
	m.Content = json.RawMessage(`{"code": 42}`)
	k.handle(Shell, m)
	if c := replyTo(t, tr, m); c["status"] != "error" || c["ename"] != "BadRequest" || c["execution_count"] != 2.0 ||
		!reflect.DeepEqual(c["traceback"], []any{}) {
		t.Fatalf("bad request execute_reply %v", c)
	}
}

func TestExecuteStreamsOutput(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "execute_request", map[string]any{"code": "print"})
	k.handle(Shell, m)
	for _, s := range tr.all() {
		if s.msg.Parent.MsgID == m.Header.MsgID && s.msg.Header.MsgType == "stream" {
			var c map[string]any
			_ = json.Unmarshal(s.msg.Content, &c)
			if s.ch != IOPub || c["name"] != "stdout" || c["text"] != "printed\n" {
				t.Fatalf("stream %v on %s", c, s.ch)
			}
			return
		}
	}
	t.Fatal("no stream message")
}

func TestInputRequest(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "execute_request", map[string]any{"code": "input", "allow_stdin": true})
	done := make(chan struct{})
	go func() { k.handle(Shell, m); close(done) }()
	var asked *wire.Message
	for deadline := time.Now().Add(5 * time.Second); asked == nil && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		for _, s := range tr.all() {
			if s.ch == Stdin && s.msg.Header.MsgType == "input_request" {
				asked = s.msg
			}
		}
	}
	if asked == nil {
		t.Fatal("no input_request on stdin")
	}
	var c map[string]any
	_ = json.Unmarshal(asked.Content, &c)
	if c["prompt"] != "name? " || c["password"] != false {
		t.Fatalf("input_request %v", c)
	}
	k.StdinMessage(request(t, "execute_request", map[string]any{})) // not an input_reply: ignored
	rep, err := wire.NewReply("client", asked, "input_reply", map[string]any{"value": "Ada"})
	if err != nil {
		t.Fatal(err)
	}
	k.StdinMessage(rep)
	<-done
	for _, s := range tr.all() {
		if s.msg.Parent.MsgID == m.Header.MsgID && s.msg.Header.MsgType == "execute_result" {
			var r map[string]any
			_ = json.Unmarshal(s.msg.Content, &r)
			if r["data"].(map[string]any)["text/plain"] != "Ada" {
				t.Fatalf("execute_result %v", r)
			}
			return
		}
	}
	t.Fatal("no execute_result with the input")
}

func TestShutdown(t *testing.T) {
	k, tr, fi := newTestKernel()
	k.handle(Shell, request(t, "execute_request", map[string]any{"code": "1+1"}))
	m := request(t, "shutdown_request", map[string]any{"restart": true})
	k.handle(Control, m)
	if c := replyTo(t, tr, m); !reflect.DeepEqual(c, map[string]any{"status": "ok", "restart": true}) {
		t.Fatalf("restart shutdown_reply %v", c)
	}
	if fi.restarts.Load() != 1 || fi.interrupts.Load() != 1 {
		t.Fatalf("restart: %d restarts, %d interrupts", fi.restarts.Load(), fi.interrupts.Load())
	}
	select {
	case <-k.Done():
		t.Fatal("Done closed by a restart")
	default:
	}
	again := request(t, "execute_request", map[string]any{"code": "1+1"})
	k.handle(Shell, again)
	if c := replyTo(t, tr, again); c["execution_count"] != 1.0 {
		t.Fatalf("count not reset by restart: %v", c)
	}
	m = request(t, "shutdown_request", map[string]any{"restart": false})
	k.handle(Control, m)
	if c := replyTo(t, tr, m); !reflect.DeepEqual(c, map[string]any{"status": "ok", "restart": false}) {
		t.Fatalf("shutdown_reply %v", c)
	}
	k.handle(Control, request(t, "shutdown_request", map[string]any{"restart": false})) // a second one must not block
	select {
	case <-k.Done():
	default:
		t.Fatal("Done not closed by shutdown")
	}
}

func TestInterruptRequest(t *testing.T) {
	k, tr, fi := newTestKernel()
	m := request(t, "interrupt_request", map[string]any{})
	k.handle(Control, m)
	if c := replyTo(t, tr, m); !reflect.DeepEqual(c, map[string]any{"status": "ok"}) || fi.interrupts.Load() != 1 {
		t.Fatalf("interrupt_reply %v, %d interrupts", c, fi.interrupts.Load())
	}
}

func TestComms(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "comm_info_request", map[string]any{})
	k.handle(Shell, m)
	if c := replyTo(t, tr, m); !reflect.DeepEqual(c, map[string]any{"status": "ok", "comms": map[string]any{}}) {
		t.Fatalf("comm_info_reply %v", c)
	}
	open := request(t, "comm_open", map[string]any{"comm_id": "c1", "target_name": "x", "data": map[string]any{}})
	k.handle(Shell, open)
	if got := types(tr.all(), open.Header.MsgID); !reflect.DeepEqual(got, []string{"iopub:status", "iopub:comm_close", "iopub:status"}) {
		t.Fatalf("comm_open answered with %v", got)
	}
	for _, s := range tr.all() {
		if s.msg.Parent.MsgID == open.Header.MsgID && s.msg.Header.MsgType == "comm_close" {
			var c map[string]any
			_ = json.Unmarshal(s.msg.Content, &c)
			if !reflect.DeepEqual(c, map[string]any{"comm_id": "c1", "data": map[string]any{}}) {
				t.Fatalf("comm_close %v", c)
			}
		}
	}
	for _, typ := range []string{"comm_msg", "comm_close"} {
		m := request(t, typ, map[string]any{"comm_id": "c1", "data": map[string]any{}})
		k.handle(Shell, m)
		if got := types(tr.all(), m.Header.MsgID); !reflect.DeepEqual(got, []string{"iopub:status", "iopub:status"}) {
			t.Fatalf("%s answered with %v", typ, got)
		}
	}
}

// A panic while handling a message is answered with an error reply, and
// the kernel goes on.
func TestPanicGetsErrorReply(t *testing.T) {
	k, tr, _ := newTestKernel()
	m := request(t, "execute_request", map[string]any{"code": "panic"})
	k.handle(Shell, m)
	c := replyTo(t, tr, m)
	if c["status"] != "error" || c["ename"] != "KernelError" || c["evalue"] != "a bug in the interpreter glue" {
		t.Fatalf("reply after a panic %v", c)
	}
	if got := types(tr.all(), m.Header.MsgID); got[len(got)-1] != "iopub:status" {
		t.Fatalf("no idle status after a panic: %v", got)
	}
	next := request(t, "execute_request", map[string]any{"code": "1+1"})
	k.handle(Shell, next)
	if c := replyTo(t, tr, next); c["status"] != "ok" {
		t.Fatalf("after a panic: %v", c)
	}
}

// Every message type the kernel handles has a handler, and every handler
// is exercised by a test of this package.
func TestHandlerTable(t *testing.T) {
	k, _, _ := newTestKernel()
	for _, typ := range []MsgType{MsgKernelInfoRequest, MsgExecuteRequest, MsgShutdownRequest, MsgInterruptRequest,
		MsgIsCompleteRequest, MsgCompleteRequest, MsgInspectRequest, MsgHistoryRequest, MsgCommInfoRequest,
		MsgCommOpen, MsgCommMsg, MsgCommClose} {
		if k.handlers[typ] == nil {
			t.Errorf("no handler for %s", typ)
		}
	}
	if len(k.handlers) != 12 {
		t.Errorf("%d handlers; a new one needs a test here", len(k.handlers))
	}
}
