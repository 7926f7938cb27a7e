package kernel

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/ipc"
)

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

// Supervisor runs cells in an interpreter subprocess (this binary started
// with Args) and survives whatever the cell does to that process: when it
// dies or is interrupted, the Supervisor starts a fresh one and restores
// the notebook's declarations from its copy of the declarations log.
type Supervisor struct {
	// Path and Args start the interpreter process.
	Path string
	Args []string
	// Logf logs kernel-side diagnostics.
	Logf func(format string, args ...any)

	mu      sync.Mutex
	out     Output // receives output between and during cells
	child   *child
	log     []*cell.Decl
	state   map[string]int
	members map[string][]string // fields and methods of state variables
	seq     int
	closed  bool
}

// child is one interpreter process.
type child struct {
	cmd     *exec.Cmd
	req     *json.Encoder
	reqFile *os.File
	events  chan ipc.Event
	exited  chan struct{} // closed when the process has exited and its pipes are drained
	waitErr error
	streams [2]*streamReader
}

// SetOutput directs output (including output that goroutines print after
// their cell ended) to out.
func (s *Supervisor) SetOutput(out Output) {
	s.mu.Lock()
	s.out = out
	s.mu.Unlock()
}

func (s *Supervisor) output() Output {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out
}

func (s *Supervisor) logf(format string, args ...any) {
	if s.Logf != nil {
		s.Logf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

// Start starts the interpreter process if none is running.
func (s *Supervisor) Start() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.child != nil {
		return nil
	}
	c, err := s.spawn()
	if err != nil {
		return err
	}
	s.child = c
	return nil
}

func (s *Supervisor) spawn() (*child, error) {
	cmd := exec.Command(s.Path, s.Args...)
	cmd.Env = append(os.Environ(), "GOTRACEBACK=none")
	// stdin stays /dev/null: cells read input through the kernel (OpInput)
	p, err := subproc.Start(cmd)
	if err != nil {
		return nil, fmt.Errorf("kernel: interpreter: %w", err)
	}
	evR := p.Replies
	c := &child{
		cmd: cmd, req: json.NewEncoder(p.Requests), reqFile: p.Requests,
		events: make(chan ipc.Event, 64), exited: make(chan struct{}),
	}
	c.streams[0] = newStreamReader("stdout", p.Stdout, s.output)
	c.streams[1] = newStreamReader("stderr", p.Stderr, s.output)
	evDone := make(chan struct{})
	go func() {
		defer close(evDone)
		dec := json.NewDecoder(bufio.NewReader(evR))
		for {
			var ev ipc.Event
			if err := dec.Decode(&ev); err != nil {
				evR.Close()
				return
			}
			if ev.Ev == ipc.EvDisplay {
				// Displays are published as they come, also between
				// cells (a goroutine updating a display after its cell
				// ended), in order with the output around them.
				s.publishDisplay(c, ev)
				continue
			}
			c.events <- ev
		}
	}()
	go func() {
		c.waitErr = cmd.Wait()
		<-evDone
		for _, st := range c.streams {
			st.waitEOF(2 * time.Second)
		}
		close(c.events)
		close(c.exited)
	}()
	// The first event is "ready"; a process that dies before is an error.
	select {
	case ev, ok := <-c.events:
		if ok && ev.Ev == ipc.EvReady {
			return c, nil
		}
	case <-time.After(30 * time.Second):
	}
	_ = cmd.Process.Kill()
	<-c.exited
	return nil, fmt.Errorf("kernel: interpreter did not start: %s", c.crashCause())
}

// Execute runs a cell. Cancelling ctx interrupts it.
func (s *Supervisor) Execute(ctx context.Context, cl Cell) ExecuteResult {
	s.mu.Lock()
	if s.child == nil {
		c, err := s.spawn()
		if err != nil {
			s.mu.Unlock()
			return ExecuteResult{Status: "error", EName: "KernelError", EValue: err.Error()}
		}
		s.child = c
		if notes := s.restoreLocked(); len(notes) > 0 {
			s.logf("restore: %s", strings.Join(notes, "; "))
		}
	}
	c := s.child
	s.seq++
	seq := s.seq
	s.mu.Unlock()

	if err := c.req.Encode(ipc.Request{Op: ipc.OpExecute, Seq: seq, Code: cl.Code, Count: cl.Count, AllowStdin: cl.Input != nil}); err != nil {
		return s.recoverFrom(c, "the interpreter process was gone before the cell started")
	}
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				return s.recoverFrom(c, "")
			}
			if ev.Ev == ipc.EvInput {
				s.answerInput(ctx, c, cl, ev)
				continue
			}
			if done, res := s.handleEvent(c, ev, seq); done {
				return res
			}
		case <-ctx.Done():
			_ = c.cmd.Process.Kill()
			<-c.exited
			res := s.recoverFrom(c, "interrupted")
			res.EName, res.EValue = "KeyboardInterrupt", "cell interrupted; "+res.EValue
			return res
		}
	}
}

// answerInput asks the front end for the line a cell waits for, without
// blocking the handling of the cell's other events for long: an interrupt
// (ctx) ends the wait.
func (s *Supervisor) answerInput(ctx context.Context, c *child, cl Cell, ev ipc.Event) {
	for _, st := range c.streams {
		st.waitSync(ev.Sync, 2*time.Second) // the prompt follows what was printed
	}
	rep := ipc.Request{Op: ipc.OpInput}
	if cl.Input == nil {
		rep.EOF = true
	} else if text, err := cl.Input(ctx, ev.Prompt, ev.Password); err != nil {
		rep.EOF = true
	} else {
		rep.Text = text
	}
	_ = c.req.Encode(rep)
}

// publishDisplay publishes a display event after the output written
// before it.
func (s *Supervisor) publishDisplay(c *child, ev ipc.Event) {
	for _, st := range c.streams {
		st.waitSync(ev.Sync, 2*time.Second)
	}
	if out := s.output(); out != nil && ev.Display != nil {
		out.Display(ev.Display.Type, ev.Display.Content)
	}
}

// handleEvent publishes ev in order and reports whether it ends request seq.
func (s *Supervisor) handleEvent(c *child, ev ipc.Event, seq int) (bool, ExecuteResult) {
	if ev.Sync > 0 {
		for _, st := range c.streams {
			st.waitSync(ev.Sync, 2*time.Second)
		}
	}
	switch ev.Ev {
	case ipc.EvDone:
		s.mu.Lock()
		if ev.DeclsChanged {
			s.log = ev.Decls
		}
		s.state, s.members = ev.State, ev.Members
		s.mu.Unlock()
		if out := s.output(); out != nil && len(ev.Notes) > 0 {
			out.Stream("stderr", "note: "+strings.Join(ev.Notes, "\nnote: ")+"\n")
		}
		if ev.Seq != seq {
			return false, ExecuteResult{}
		}
		return true, ExecuteResult{Status: ev.Status, EName: ev.EName, EValue: ev.EValue, Traceback: ev.Traceback, Data: ev.Data, Metadata: ev.Metadata}
	}
	return false, ExecuteResult{}
}

// recoverFrom reports the death of c (during a cell) and starts a fresh
// interpreter with the notebook's declarations.
func (s *Supervisor) recoverFrom(c *child, why string) ExecuteResult {
	<-c.exited
	cause := why
	if cause == "" {
		cause = c.crashCause()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.child == c {
		s.child = nil
	}
	lost := sortedNames(s.state)
	res := ExecuteResult{Status: "error", EName: "InterpreterDied", EValue: "the Go interpreter process died: " + cause}
	if s.closed {
		return res
	}
	fresh, err := s.spawn()
	if err != nil {
		res.EValue += "; restarting it failed: " + err.Error()
		return res
	}
	s.child = fresh
	notes := s.restoreLocked()
	msg := fmt.Sprintf("a fresh interpreter was started and %d declarations restored", len(s.log))
	if len(lost) > 0 {
		msg += "; values set by statements were lost: " + strings.Join(lost, ", ")
		s.state = map[string]int{}
	}
	res.EValue += "; " + msg
	res.Traceback = append([]string{res.EName + ": " + res.EValue}, notes...)
	return res
}

// restoreLocked replays the declarations log into s.child.
func (s *Supervisor) restoreLocked() []string {
	if len(s.log) == 0 {
		return nil
	}
	c := s.child
	s.seq++
	seq := s.seq
	if err := c.req.Encode(ipc.Request{Op: ipc.OpRestore, Seq: seq, Decls: s.log}); err != nil {
		return []string{"restore failed: " + err.Error()}
	}
	for ev := range c.events {
		if ev.Ev == ipc.EvDone && ev.Seq == seq {
			if ev.DeclsChanged {
				s.log = ev.Decls
			}
			return ev.Notes
		}
	}
	return []string{"the interpreter died while restoring declarations"}
}

// Restart replaces the interpreter with a fresh one and forgets the
// notebook (shutdown_request with restart: true).
func (s *Supervisor) Restart() error {
	s.mu.Lock()
	c := s.child
	s.child, s.log, s.state = nil, nil, nil
	s.mu.Unlock()
	if c != nil {
		_ = c.cmd.Process.Kill()
		<-c.exited
	}
	return s.Start()
}

// Close stops the interpreter process.
func (s *Supervisor) Close() {
	s.mu.Lock()
	s.closed = true
	c := s.child
	s.child = nil
	s.mu.Unlock()
	if c == nil {
		return
	}
	_ = c.req.Encode(ipc.Request{Op: ipc.OpShutdown})
	c.reqFile.Close()
	select {
	case <-c.exited:
	case <-time.After(time.Second):
		_ = c.cmd.Process.Kill()
		<-c.exited
	}
}

// Pid returns the interpreter's process id, or 0.
func (s *Supervisor) Pid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.child == nil {
		return 0
	}
	return s.child.cmd.Process.Pid
}

// crashCause describes how the process ended, from its exit status and the
// last lines it wrote to stderr.
func (c *child) crashCause() string {
	tail := c.streams[1].tailText()
	cause := c.streams[1].crashLine()
	for _, line := range strings.Split(tail, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "fatal error: "), strings.HasPrefix(line, "panic: "):
			if cause == "" {
				cause = line
			}
		case strings.Contains(line, "stack exceeds") && cause == "":
			cause = "fatal error: stack overflow (" + line + ")"
		}
	}
	cause = strings.TrimSuffix(cause, " [recovered, repanicked]")
	cause = strings.TrimSuffix(cause, " [recovered]")
	if strings.HasPrefix(cause, "panic: os.Exit(") {
		cause = strings.TrimPrefix(cause, "panic: ") + " in a goroutine"
	} else if strings.HasPrefix(cause, "panic: ") {
		cause = "a goroutine panicked: " + strings.TrimPrefix(cause, "panic: ")
	}
	status := subproc.ExitStatus(c.waitErr)
	switch {
	case cause != "" && status != "":
		return cause + " (" + status + ")"
	case cause != "":
		return cause
	}
	return status
}

func sortedNames(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// streamReader forwards one output pipe of the interpreter, removing sync
// markers and remembering the last one seen.
type streamReader struct {
	name   string
	out    func() Output
	mu     sync.Mutex
	cond   *sync.Cond
	synced uint64 // last marker published
	eof    bool   // all output published
	tail   []byte // last bytes, for crash reports
	queue  []streamItem
	queued int // bytes of text in queue

	// A Go runtime crash dump (fatal error, stack overflow) is thousands
	// of lines of interpreter internals. From its first line on, output is
	// held back; if the process dies it is dropped (the cell's error names
	// the cause), if the process lives on for crashGrace it was ordinary
	// output after all and is published.
	crash     []byte
	crashing  bool
	crashHead string // first line of the dump
}

// crashGrace is how long held-back output waits for the process to die.
const crashGrace = time.Second

// crashStart reports where a runtime crash dump starts in p, or -1.
func crashStart(p []byte) int {
	for _, m := range []string{"fatal error: ", "runtime: goroutine stack exceeds"} {
		i := bytes.Index(p, []byte(m))
		for i >= 0 {
			if i == 0 || p[i-1] == '\n' {
				return i
			}
			j := bytes.Index(p[i+1:], []byte(m))
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return -1
}

const tailSize = 8 << 10

// Output flow control. A reader goroutine queues what the interpreter
// writes; a publisher goroutine sends it as stream messages, coalescing
// everything queued into one message at most every streamInterval (the
// first output after a quiet spell goes out at once, so printing stays
// live). When maxQueued bytes wait, the reader stops reading: the pipe
// fills and the cell's writes block, so a flood costs bounded memory.
const (
	streamInterval = 20 * time.Millisecond
	maxQueued      = 1 << 20
	maxMessage     = 1 << 20 // larger texts are split into several messages
)

func newStreamReader(name string, r io.ReadCloser, out func() Output) *streamReader {
	st := &streamReader{name: name, out: out}
	st.cond = sync.NewCond(&st.mu)
	go st.run(r)
	go st.publish()
	return st
}

// streamItem is queued output: text, or a sync marker, or the end.
type streamItem struct {
	text []byte
	sync uint64
	eof  bool
}

func (st *streamReader) run(r io.ReadCloser) {
	defer r.Close()
	buf := make([]byte, 64<<10)
	var pending []byte // bytes held back: a possible partial marker or rune
	for {
		n, err := r.Read(buf)
		if n > 0 {
			pending = append(pending, buf[:n]...)
			pending = st.consume(pending)
		}
		if err != nil {
			st.enqueue(streamItem{text: pending})
			st.enqueue(streamItem{eof: true})
			return
		}
	}
}

// enqueue queues an item, waiting while too much output is queued.
func (st *streamReader) enqueue(it streamItem) {
	if len(it.text) == 0 && it.sync == 0 && !it.eof {
		return
	}
	st.mu.Lock()
	for st.queued > maxQueued {
		st.cond.Wait()
	}
	st.queue = append(st.queue, it)
	st.queued += len(it.text)
	st.cond.Broadcast()
	st.mu.Unlock()
}

// publish sends queued output in order; see streamInterval.
func (st *streamReader) publish() {
	var last time.Time
	for {
		st.mu.Lock()
		for len(st.queue) == 0 {
			st.cond.Wait()
		}
		urgent := false
		for _, it := range st.queue {
			urgent = urgent || it.sync > 0 || it.eof
		}
		if wait := streamInterval - time.Since(last); !urgent && wait > 0 {
			st.mu.Unlock()
			time.Sleep(wait) // let more output gather into this message
			st.mu.Lock()
		}
		items := st.queue
		st.queue, st.queued = nil, 0
		st.cond.Broadcast()
		st.mu.Unlock()

		var text []byte
		for _, it := range items {
			text = append(text, it.text...)
			if it.sync == 0 && !it.eof {
				continue
			}
			st.emitAll(text)
			text = nil
			st.mu.Lock()
			if it.sync > st.synced {
				st.synced = it.sync
			}
			if it.eof {
				st.eof = true
			}
			st.cond.Broadcast()
			st.mu.Unlock()
			if it.eof {
				return
			}
		}
		st.emitAll(text)
		last = time.Now()
	}
}

// emitAll publishes text in messages of at most maxMessage bytes, cut at
// rune boundaries.
func (st *streamReader) emitAll(text []byte) {
	for len(text) > maxMessage {
		cut := maxMessage
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		st.emit(text[:cut])
		text = text[cut:]
	}
	st.emit(text)
}

// consume publishes data up to any incomplete marker or UTF-8 sequence at
// its end, handles complete markers, and returns what it held back.
func (st *streamReader) consume(data []byte) []byte {
	for {
		i := bytes.Index(data, []byte(ipc.MarkerPrefix))
		if i < 0 {
			break
		}
		end := bytes.Index(data[i+len(ipc.MarkerPrefix):], []byte(ipc.MarkerEnd))
		if end < 0 {
			st.enqueue(streamItem{text: append([]byte(nil), data[:i]...)})
			return append([]byte(nil), data[i:]...)
		}
		st.enqueue(streamItem{text: append([]byte(nil), data[:i]...)})
		num := data[i+len(ipc.MarkerPrefix) : i+len(ipc.MarkerPrefix)+end]
		if n, err := strconv.ParseUint(string(num), 10, 64); err == nil {
			st.enqueue(streamItem{sync: n})
		}
		data = data[i+len(ipc.MarkerPrefix)+end+len(ipc.MarkerEnd):]
	}
	// Hold back a trailing prefix of a marker, and an incomplete rune.
	keep := 0
	if j := bytes.LastIndexByte(data, 0); j >= 0 && bytes.HasPrefix([]byte(ipc.MarkerPrefix), data[j:]) {
		keep = len(data) - j
	} else {
		keep = incompleteRune(data)
	}
	st.enqueue(streamItem{text: append([]byte(nil), data[:len(data)-keep]...)})
	return append([]byte(nil), data[len(data)-keep:]...)
}

// incompleteRune returns how many bytes at the end of p start a UTF-8
// sequence that is not complete yet.
func incompleteRune(p []byte) int {
	for k := 1; k <= 3 && k <= len(p); k++ {
		c := p[len(p)-k]
		if c < 0x80 {
			return 0
		}
		if c >= 0xC0 { // a leading byte
			need := 2
			if c >= 0xE0 {
				need = 3
			}
			if c >= 0xF0 {
				need = 4
			}
			if need > k {
				return k
			}
			return 0
		}
	}
	return 0
}

func (st *streamReader) emit(p []byte) {
	if len(p) == 0 {
		return
	}
	st.mu.Lock()
	st.tail = append(st.tail, p...)
	if len(st.tail) > tailSize {
		st.tail = append([]byte(nil), st.tail[len(st.tail)-tailSize:]...)
	}
	if st.name == "stderr" && !st.crashing {
		if i := crashStart(p); i >= 0 {
			st.crashing = true
			head := p[i:]
			if j := bytes.IndexByte(head, '\n'); j >= 0 {
				head = head[:j]
			}
			st.crashHead = string(head)
			st.crash = append(st.crash, p[i:]...)
			p = p[:i]
			time.AfterFunc(crashGrace, st.releaseCrash)
		}
	} else if st.crashing {
		if len(st.crash) < 1<<20 {
			st.crash = append(st.crash, p...)
		}
		p = nil
	}
	st.mu.Unlock()
	if out := st.out(); out != nil && len(p) > 0 {
		out.Stream(st.name, string(p))
	}
}

// releaseCrash publishes held-back output of a process that did not die.
func (st *streamReader) releaseCrash() {
	st.mu.Lock()
	if st.eof || !st.crashing {
		st.mu.Unlock()
		return
	}
	held := st.crash
	st.crash, st.crashing = nil, false
	st.mu.Unlock()
	if out := st.out(); out != nil && len(held) > 0 {
		out.Stream(st.name, string(held))
	}
}

// crashLine returns the first line of a runtime crash dump, if one began.
func (st *streamReader) crashLine() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	if !st.crashing {
		return ""
	}
	if j := bytes.IndexByte(st.crash, '\n'); j >= 0 {
		st.crashHead = string(st.crash[:j])
	}
	if strings.HasPrefix(st.crashHead, "runtime: goroutine stack exceeds") {
		return "fatal error: stack overflow (" + strings.TrimPrefix(st.crashHead, "runtime: ") + ")"
	}
	return st.crashHead
}

// waitSync waits until marker n has been published (or EOF, or timeout:
// a cell may have closed its own stdout).
func (st *streamReader) waitSync(n uint64, timeout time.Duration) {
	st.waitUntil(func() bool { return st.synced >= n || st.eof }, timeout)
}

// waitEOF waits until all output has been published, or timeout.
func (st *streamReader) waitEOF(timeout time.Duration) {
	st.waitUntil(func() bool { return st.eof }, timeout)
}

// waitUntil waits until done (called with st.mu held) or timeout.
func (st *streamReader) waitUntil(done func() bool, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	timer := time.AfterFunc(timeout, func() {
		st.mu.Lock()
		st.cond.Broadcast()
		st.mu.Unlock()
	})
	defer timer.Stop()
	st.mu.Lock()
	defer st.mu.Unlock()
	for !done() && time.Now().Before(deadline) {
		st.cond.Wait()
	}
}

func (st *streamReader) tailText() string {
	st.mu.Lock()
	defer st.mu.Unlock()
	return string(st.tail)
}
