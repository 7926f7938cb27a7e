// Package kernel is the protocol core of the gofutures Jupyter kernel: it
// turns Jupyter messages (protocol 5.3) into replies, status and output
// messages, and runs cells through an Interpreter. It knows neither
// sockets nor processes: package zmq serves it on ZeroMQ sockets through
// the Transport interface, and package supervisor runs the cells in an
// interpreter process, so that a cell that crashes, exits or loops forever
// costs the notebook at most the values its statements computed, never the
// kernel. Completion and inspection come from package complete.
package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"path"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/complete"
	"github.com/gofutures/gofutures/kernel/wire"
)

// Version is the kernel's implementation version.
const Version = "0.1.0"

// Channel names a kernel socket.
type Channel int

// The channels a Transport sends on.
const (
	Shell Channel = iota
	Control
	Stdin
	IOPub
)

func (c Channel) String() string {
	return [...]string{"shell", "control", "stdin", "iopub"}[c]
}

// Transport sends messages on the kernel's sockets. Package zmq has the
// ZeroMQ one; tests use an in-memory one.
type Transport interface {
	Send(ch Channel, m *wire.Message) error
}

// Interpreter runs cells; package supervisor has the one that runs them
// in an interpreter process.
type Interpreter interface {
	// SetOutput directs the output of cells (also what goroutines print
	// after their cell ended) to out.
	SetOutput(out Output)
	// Execute runs a cell; cancelling ctx interrupts it.
	Execute(ctx context.Context, c Cell) ExecuteResult
	// Interrupt interrupts what runs outside a cell's Execute (for
	// example declarations being restored into a fresh interpreter).
	Interrupt()
	// Namespace returns a snapshot of the notebook's declarations and
	// variables, for completion and inspection.
	Namespace() complete.Namespace
	// Start starts the interpreter if it is not running.
	Start() error
	// Restart replaces the interpreter with a fresh one and forgets the
	// notebook.
	Restart() error
	// Close stops the interpreter.
	Close()
}

// Output receives what a running cell produces, already in order.
type Output interface {
	// Stream publishes text printed on "stdout" or "stderr".
	Stream(name, text string)
	// Display publishes a display_data, update_display_data or
	// clear_output message with the given content.
	Display(msgType string, content json.RawMessage)
}

// Cell is a request to run code.
type Cell struct {
	Code  string
	Count int // the number shown in tracebacks ("Cell In[Count]")
	// Input, when set, asks the front end for a line of input (the cell
	// read its stdin); nil means the front end does not allow input.
	Input func(ctx context.Context, prompt string, password bool) (string, error)
}

// ExecuteResult is the outcome of a cell.
type ExecuteResult struct {
	Status    string // "ok" or "error"
	EName     string
	EValue    string
	Traceback []string
	Data      map[string]any // execute_result bundle, nil when none
	Metadata  map[string]any // its metadata
}

// Kernel is the protocol logic: it turns requests into replies, status and
// output messages. It is safe for concurrent use by one shell goroutine
// and one control goroutine.
type Kernel struct {
	session string
	tr      Transport
	interp  Interpreter
	logf    func(string, ...any)

	shellQ chan *wire.Message
	inputs chan *wire.Message // input_reply messages from the stdin socket

	mu       sync.Mutex
	count    int
	cancel   context.CancelFunc // interrupts the running cell
	aborting bool
	history  []histEntry
	shutdown chan bool // receives restart=false shutdowns
	shutOnce sync.Once
}

type histEntry struct {
	session int
	line    int
	input   string
	output  string
}

// NewKernel returns a Kernel that sends on tr and runs cells in in.
func NewKernel(session string, tr Transport, in Interpreter, logf func(string, ...any)) *Kernel {
	if logf == nil {
		logf = log.Printf
	}
	return &Kernel{session: session, tr: tr, interp: in, logf: logf,
		shellQ: make(chan *wire.Message, 1024), inputs: make(chan *wire.Message, 16), shutdown: make(chan bool, 1)}
}

// Done receives a value when a client asked the kernel to shut down.
func (k *Kernel) Done() <-chan bool { return k.shutdown }

// Starting publishes status: starting (once, when the kernel comes up).
func (k *Kernel) Starting() { k.status(nil, "starting") }

// ShellMessage takes a message from the shell socket. Interrupts are
// handled at once (VS Code sends them on shell in message mode); other
// requests queue for Run, in order.
func (k *Kernel) ShellMessage(m *wire.Message) {
	if m.Header.MsgType == "interrupt_request" {
		k.handle(Shell, m)
		return
	}
	k.shellQ <- m
}

// StdinMessage takes a message from the stdin socket (an input_reply).
func (k *Kernel) StdinMessage(m *wire.Message) {
	if m.Header.MsgType != "input_reply" {
		k.logf("kernel: unexpected %s on stdin; ignored", m.Header.MsgType)
		return
	}
	select {
	case k.inputs <- m:
	default:
		k.logf("kernel: input_reply nobody asked for; dropped")
	}
}

// input sends input_request on the stdin socket to the client that sent
// parent and waits for its input_reply, or for ctx (an interrupt).
func (k *Kernel) input(ctx context.Context, parent *wire.Message, prompt string, password bool) (string, error) {
	for len(k.inputs) > 0 { // replies to requests nobody waits for any more
		<-k.inputs
	}
	k.send(Stdin, parent, "input_request", map[string]any{"prompt": prompt, "password": password})
	select {
	case m := <-k.inputs:
		var c struct {
			Value string `json:"value"`
		}
		if err := m.DecodeContent(&c); err != nil {
			return "", err
		}
		return c.Value, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// ControlMessage handles a message from the control socket at once.
func (k *Kernel) ControlMessage(m *wire.Message) { k.handle(Control, m) }

// Run handles queued shell requests until ctx ends.
func (k *Kernel) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-k.shellQ:
			k.handle(Shell, m)
		}
	}
}

// Interrupt interrupts the running cell, if any (SIGINT in signal mode),
// and an interpreter that is being restored.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	cancel := k.cancel
	k.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	k.interp.Interrupt()
}

func (k *Kernel) handle(ch Channel, m *wire.Message) {
	k.status(m, "busy")
	defer k.status(m, "idle")
	defer func() {
		if p := recover(); p != nil {
			// A bug in the kernel: log it and still answer, so the client
			// does not wait forever.
			k.logf("kernel: handling %s: panic: %v\n%s", m.Header.MsgType, p, debug.Stack())
			if t := m.Header.MsgType; strings.HasSuffix(t, "_request") {
				k.reply(ch, m, strings.TrimSuffix(t, "_request")+"_reply", map[string]any{
					"status": "error", "ename": "KernelError", "evalue": fmt.Sprint(p), "traceback": []string{}})
			}
		}
	}()
	t := m.Header.MsgType
	switch t {
	case "kernel_info_request":
		k.reply(ch, m, "kernel_info_reply", k.kernelInfo())
	case "execute_request":
		k.execute(ch, m)
	case "shutdown_request":
		k.shutdownRequest(ch, m)
	case "interrupt_request":
		k.Interrupt()
		k.reply(ch, m, "interrupt_reply", map[string]any{"status": "ok"})
	case "is_complete_request":
		var c struct {
			Code string `json:"code"`
		}
		_ = m.DecodeContent(&c)
		status, indent := cell.Completeness(c.Code)
		content := map[string]any{"status": status}
		if status == "incomplete" {
			content["indent"] = indent
		}
		k.reply(ch, m, "is_complete_reply", content)
	case "complete_request":
		var c codeAtCursor
		_ = m.DecodeContent(&c)
		r := complete.Complete(k.interp.Namespace(), c.Code, c.CursorPos)
		k.reply(ch, m, "complete_reply", map[string]any{
			"status": "ok", "matches": r.Matches,
			"cursor_start": r.CursorStart, "cursor_end": r.CursorEnd,
			"metadata": map[string]any{"_jupyter_types_experimental": r.Types},
		})
	case "inspect_request":
		var c codeAtCursor
		_ = m.DecodeContent(&c)
		text := complete.Inspect(k.interp.Namespace(), c.Code, c.CursorPos)
		content := map[string]any{"status": "ok", "found": text != "", "data": map[string]any{}, "metadata": map[string]any{}}
		if text != "" {
			content["data"] = map[string]any{"text/plain": text, "text/markdown": "```go\n" + text + "\n```"}
		}
		k.reply(ch, m, "inspect_reply", content)
	case "history_request":
		k.historyRequest(ch, m)
	case "comm_info_request":
		k.reply(ch, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		var c struct {
			CommID string `json:"comm_id"`
		}
		_ = m.DecodeContent(&c)
		k.publish(m, "comm_close", map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	case "comm_msg", "comm_close":
		// no comms are open; nothing to do
	default:
		k.logf("kernel: unknown message type %q on %s; ignored", t, ch)
		if strings.HasSuffix(t, "_request") {
			k.reply(ch, m, strings.TrimSuffix(t, "_request")+"_reply", map[string]any{
				"status": "error", "ename": "UnknownMessageType", "evalue": t, "traceback": []string{}})
		}
	}
}

func (k *Kernel) send(ch Channel, parent *wire.Message, msgType string, content any) {
	msg, err := wire.NewReply(k.session, parent, msgType, content)
	if err != nil {
		k.logf("kernel: %v", err)
		return
	}
	if ch == IOPub {
		msg.Identities = [][]byte{[]byte("kernel." + msgType)}
	}
	if err := k.tr.Send(ch, msg); err != nil {
		k.logf("kernel: sending %s on %s: %v", msgType, ch, err)
	}
}

func (k *Kernel) reply(ch Channel, parent *wire.Message, msgType string, content any) {
	k.send(ch, parent, msgType, content)
}

func (k *Kernel) publish(parent *wire.Message, msgType string, content any) {
	k.send(IOPub, parent, msgType, content)
}

func (k *Kernel) status(parent *wire.Message, state string) {
	k.publish(parent, "status", map[string]any{"execution_state": state})
}

func (k *Kernel) kernelInfo() map[string]any {
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       wire.ProtocolVersion,
		"implementation":         "gofutures",
		"implementation_version": Version,
		"language_info": map[string]any{
			"name":            "go",
			"version":         strings.TrimPrefix(runtime.Version(), "go"),
			"mimetype":        "text/x-go",
			"file_extension":  ".go",
			"pygments_lexer":  "go",
			"codemirror_mode": "go",
		},
		"banner": fmt.Sprintf("gofutures %s — Go %s interpreted by yaegi; cells run in a supervised subprocess",
			Version, strings.TrimPrefix(runtime.Version(), "go")),
		"help_links": []map[string]string{
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "Go standard library", "url": "https://pkg.go.dev/std"},
			{"text": "yaegi", "url": "https://github.com/traefik/yaegi"},
		},
	}
}

type executeRequest struct {
	Code         string `json:"code"`
	Silent       bool   `json:"silent"`
	StoreHistory *bool  `json:"store_history"`
	AllowStdin   bool   `json:"allow_stdin"`
	StopOnError  *bool  `json:"stop_on_error"`
}

// output publishes a cell's output with its request as parent.
type output struct {
	k      *Kernel
	parent *wire.Message
}

func (o output) Stream(name, text string) {
	o.k.publish(o.parent, "stream", map[string]any{"name": name, "text": text})
}

func (o output) Display(msgType string, content json.RawMessage) {
	o.k.publish(o.parent, msgType, content)
}

func (k *Kernel) execute(ch Channel, m *wire.Message) {
	var req executeRequest
	if err := m.DecodeContent(&req); err != nil {
		k.reply(ch, m, "execute_reply", map[string]any{"status": "error", "ename": "BadRequest", "evalue": err.Error(), "traceback": []string{}, "execution_count": k.count})
		return
	}
	store := req.StoreHistory == nil || *req.StoreHistory
	if req.Silent {
		store = false
	}
	stopOnError := req.StopOnError == nil || *req.StopOnError

	k.mu.Lock()
	if k.aborting {
		count := k.count
		k.mu.Unlock()
		k.reply(ch, m, "execute_reply", map[string]any{"status": "aborted", "execution_count": count})
		return
	}
	if store {
		k.count++
	}
	count := k.count
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel = cancel
	k.mu.Unlock()
	defer func() {
		k.mu.Lock()
		k.cancel = nil
		k.mu.Unlock()
		cancel()
	}()

	if !req.Silent {
		k.publish(m, "execute_input", map[string]any{"code": req.Code, "execution_count": count})
	}
	k.interp.SetOutput(output{k, m})
	cellNo := count
	if !store {
		cellNo = count + 1
	}
	cl := Cell{Code: req.Code, Count: cellNo}
	if req.AllowStdin {
		cl.Input = func(ctx context.Context, prompt string, password bool) (string, error) {
			return k.input(ctx, m, prompt, password)
		}
	}
	res := k.interp.Execute(ctx, cl)
	if res.Status == "ok" {
		if res.Data != nil && !req.Silent {
			meta := res.Metadata
			if meta == nil {
				meta = map[string]any{}
			}
			k.publish(m, "execute_result", map[string]any{"execution_count": count, "data": res.Data, "metadata": meta})
		}
		if store {
			k.addHistory(count, req.Code, res.Data)
		}
		k.reply(ch, m, "execute_reply", map[string]any{"status": "ok", "execution_count": count, "user_expressions": map[string]any{}, "payload": []any{}})
		return
	}
	tb := formatTraceback(res)
	k.publish(m, "error", map[string]any{"ename": res.EName, "evalue": res.EValue, "traceback": tb})
	if store {
		k.addHistory(count, req.Code, nil)
	}
	// Requests the client sent before it could see this failure are
	// aborted (stop_on_error); collect them before the reply goes out, so
	// that what a client sends after reading the reply runs normally.
	var queued []*wire.Message
	if ch == Shell && stopOnError && !req.Silent {
		queued = k.takeQueued(20 * time.Millisecond)
	}
	k.reply(ch, m, "execute_reply", map[string]any{"status": "error", "execution_count": count,
		"ename": res.EName, "evalue": res.EValue, "traceback": tb})
	if len(queued) > 0 {
		k.mu.Lock()
		k.aborting = true
		k.mu.Unlock()
		for _, q := range queued {
			if q.Header.MsgType == "execute_request" {
				k.handle(Shell, q)
			}
		}
		k.mu.Lock()
		k.aborting = false
		k.mu.Unlock()
		for _, q := range queued {
			if q.Header.MsgType != "execute_request" {
				k.handle(Shell, q)
			}
		}
	}
}

// takeQueued removes the shell requests already queued, waiting up to
// grace for ones still in flight on the socket.
func (k *Kernel) takeQueued(grace time.Duration) []*wire.Message {
	var out []*wire.Message
	deadline := time.After(grace)
	for {
		select {
		case m := <-k.shellQ:
			out = append(out, m)
		case <-deadline:
			return out
		}
	}
}

func formatTraceback(res ExecuteResult) []string {
	head := "\x1b[0;31m" + res.EName + "\x1b[0m: " + res.EValue
	tb := []string{head}
	for _, l := range res.Traceback {
		if l == res.EName+": "+res.EValue || l == "panic: "+res.EValue {
			continue
		}
		tb = append(tb, l)
	}
	return tb
}

func (k *Kernel) shutdownRequest(ch Channel, m *wire.Message) {
	var c struct {
		Restart bool `json:"restart"`
	}
	_ = m.DecodeContent(&c)
	if c.Restart {
		k.Interrupt()
		if err := k.interp.Restart(); err != nil {
			k.logf("kernel: restart: %v", err)
		}
		k.mu.Lock()
		k.count = 0
		k.mu.Unlock()
		k.reply(ch, m, "shutdown_reply", map[string]any{"status": "ok", "restart": true})
		return
	}
	k.reply(ch, m, "shutdown_reply", map[string]any{"status": "ok", "restart": false})
	k.shutOnce.Do(func() { k.shutdown <- false })
}

func (k *Kernel) addHistory(count int, input string, data map[string]any) {
	out := ""
	if data != nil {
		if s, ok := data["text/plain"].(string); ok {
			out = s
		}
	}
	k.mu.Lock()
	k.history = append(k.history, histEntry{session: 1, line: count, input: input, output: out})
	k.mu.Unlock()
}

func (k *Kernel) historyRequest(ch Channel, m *wire.Message) {
	var c struct {
		Output         bool   `json:"output"`
		Raw            bool   `json:"raw"`
		HistAccessType string `json:"hist_access_type"`
		Session        int    `json:"session"`
		Start          int    `json:"start"`
		Stop           int    `json:"stop"`
		N              int    `json:"n"`
		Pattern        string `json:"pattern"`
		Unique         bool   `json:"unique"`
	}
	_ = m.DecodeContent(&c)
	k.mu.Lock()
	hist := append([]histEntry(nil), k.history...)
	k.mu.Unlock()
	var sel []histEntry
	switch c.HistAccessType {
	case "tail":
		sel = hist
		if c.N > 0 && len(sel) > c.N {
			sel = sel[len(sel)-c.N:]
		}
	case "range":
		for _, h := range hist {
			if h.line >= c.Start && (c.Stop <= 0 || h.line < c.Stop) {
				sel = append(sel, h)
			}
		}
	case "search":
		pattern := c.Pattern
		if pattern == "" {
			pattern = "*"
		}
		seen := map[string]bool{}
		for _, h := range hist {
			if ok, _ := path.Match(pattern, h.input); ok || globMatch(pattern, h.input) {
				if c.Unique && seen[h.input] {
					continue
				}
				seen[h.input] = true
				sel = append(sel, h)
			}
		}
		if c.N > 0 && len(sel) > c.N {
			sel = sel[len(sel)-c.N:]
		}
	}
	items := make([]any, 0, len(sel))
	for _, h := range sel {
		if c.Output {
			items = append(items, []any{h.session, h.line, []any{h.input, h.output}})
		} else {
			items = append(items, []any{h.session, h.line, h.input})
		}
	}
	k.reply(ch, m, "history_reply", map[string]any{"status": "ok", "history": items})
}

// globMatch matches like Python's fnmatch: * and ? also match "/" and newlines.
func globMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	switch pattern[0] {
	case '*':
		for i := 0; i <= len(s); i++ {
			if globMatch(pattern[1:], s[i:]) {
				return true
			}
		}
		return false
	case '?':
		return s != "" && globMatch(pattern[1:], s[1:])
	}
	return s != "" && s[0] == pattern[0] && globMatch(pattern[1:], s[1:])
}

// codeAtCursor is the content of complete_request and inspect_request.
type codeAtCursor struct {
	Code      string `json:"code"`
	CursorPos int    `json:"cursor_pos"`
}
