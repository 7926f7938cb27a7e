// Package supervisor runs a notebook's cells in an interpreter process
// (package session, in this binary's interpreter mode) and survives
// whatever a cell does to that process: its Supervisor implements
// kernel.Interpreter, streams the process's output in order with its
// results and displays (sync markers, see package ipc), and when the
// process dies or is interrupted starts a fresh one and replays the
// notebook's declarations log into it.
package supervisor

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/internal/subproc"
	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/complete"
	"github.com/gofutures/gofutures/kernel/ipc"
)

// Supervisor runs cells in an interpreter subprocess (this binary started
// with Args) and survives whatever the cell does to that process: when it
// dies or is interrupted, the Supervisor starts a fresh one and restores
// the notebook's declarations from its copy of the declarations log.
type Supervisor struct {
	// Path and Args start the interpreter process. Set Path before Start;
	// later, Switch changes it.
	Path string
	Args []string
	// Logf logs kernel-side diagnostics.
	Logf func(format string, args ...any)
	// NoSnapshots turns off keeping the notebook's values across restarts
	// (see keep.go): an interrupt or a crash then brings back only the
	// declarations.
	NoSnapshots bool
	// SnapshotWait bounds how long Switch waits for snapshots of values
	// still being written after the last cell (0: 30 seconds); those not
	// written by then are dropped and their variables named lost.
	SnapshotWait time.Duration

	out atomic.Pointer[outputBox] // receives output, also between cells

	mu       sync.Mutex   // guards what follows; never held while waiting on an interpreter
	current  *interpreter // the interpreter cells run in; nil before (re)start
	starting *interpreter // an interpreter being started and restored
	gen      int          // bumped by Restart and Close: interpreters started before are not used
	decls    []*cell.Decl
	state    map[string]int
	members  map[string][]string // fields and methods of state variables
	types    map[string]string   // types of state variables (session.Session.Types)
	seq      int
	closed   bool
	snaps    snapshots // the latest snapshot of each variable (keep.go)
	env      []string  // added to the interpreter's environment (Switch)
	// what %cd and %env set in the interpreter: a fresh one (after an
	// interrupt, a crash, a new program) starts with them
	dir    string
	setenv []string
}

type outputBox struct{ kernel.Output }

// interpreter is one interpreter process and what the supervisor reads
// from it.
type interpreter struct {
	proc     *subproc.Process
	req      *json.Encoder
	events   chan ipc.Event // events other than displays, which are published at once
	released *syncPoint     // sync markers whose events have been handled
	streams  [2]*streamReader
	// panicked is the EvPanic of a goroutine whose panic ends the
	// process: the cell's error, in place of the crash's description
	panicked atomic.Pointer[ipc.Event]
}

// SetOutput directs output (including output that goroutines print after
// their cell ended) to out.
func (s *Supervisor) SetOutput(out kernel.Output) { s.out.Store(&outputBox{out}) }

func (s *Supervisor) output() kernel.Output {
	if b := s.out.Load(); b != nil {
		return b.Output
	}
	return nil
}

func (s *Supervisor) logf(format string, args ...any) {
	if s.Logf != nil {
		s.Logf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

func (s *Supervisor) spawn() (*interpreter, error) {
	s.mu.Lock()
	path, env := s.Path, s.env // Switch changes them
	s.mu.Unlock()
	cmd := exec.Command(path, s.Args...)
	cmd.Env = append(append(os.Environ(), env...), "GOTRACEBACK=none")
	cmd.Env = append(cmd.Env, s.snapshotEnv()...)
	s.mu.Lock()
	cmd.Env = append(cmd.Env, s.setenv...)
	cmd.Dir = s.dir
	s.mu.Unlock()
	// stdin stays /dev/null: cells read input through the kernel (OpInput)
	p, err := subproc.Launch(cmd)
	if err != nil {
		return nil, fmt.Errorf("kernel: interpreter: %w", err)
	}
	c := &interpreter{
		proc: p, req: json.NewEncoder(p.Requests),
		events: make(chan ipc.Event, 64), released: newSyncPoint(),
	}
	c.streams[0] = newStreamReader("stdout", p.Stdout, s.output, c.released)
	c.streams[1] = newStreamReader("stderr", p.Stderr, s.output, c.released)
	evDone := make(chan struct{})
	go func() {
		defer close(evDone)
		defer c.released.close()
		dec := json.NewDecoder(bufio.NewReader(p.Replies))
		for {
			var ev ipc.Event
			if err := dec.Decode(&ev); err != nil {
				return
			}
			if ev.Ev == ipc.EvSnapshot {
				s.recordSnapshot(c, ev.Snapshot)
			} else if ev.Ev == ipc.EvPanic {
				c.panicked.Store(&ev)
			} else if ev.Ev == ipc.EvDisplay {
				// Displays are published as they come, also between
				// cells (a goroutine updating a display after its cell
				// ended), in order with the output around them.
				s.publishDisplay(c, ev)
			} else {
				c.events <- ev
			}
			c.released.advance(ev.Sync)
		}
	}()
	p.Watch(func(p *subproc.Process) {
		subproc.DrainOrClose(evDone, p.Replies) // a grandchild may hold the pipe
		grace := subproc.DrainGrace
		if p.Crashed() {
			grace = subproc.CrashDrainGrace // the cause is in stderr's dump
		}
		for _, st := range c.streams {
			st.waitEOF(grace)
		}
		close(c.events)
	})
	// The first event is "ready"; a process that dies before is an error.
	select {
	case ev, ok := <-c.events:
		if ok && ev.Ev == ipc.EvReady {
			return c, nil
		}
	case <-time.After(30 * time.Second):
	}
	c.proc.Kill("")
	<-c.proc.Exited()
	return nil, fmt.Errorf("kernel: interpreter did not start: %s", c.crashCause())
}

// errSuperseded: a restart or shutdown came while an interpreter was starting.
var errSuperseded = errors.New("kernel: the interpreter was restarted or shut down meanwhile")

// startInterpreter starts an interpreter, restores the declarations log into it
// when restore is set, and installs it, unless a Restart or Close came
// meanwhile. No lock is held while it starts: Restart, Close and
// Interrupt can kill it.
func (s *Supervisor) startInterpreter(restore bool) (*interpreter, restoreInfo, error) {
	s.mu.Lock()
	gen := s.gen
	s.mu.Unlock()
	c, err := s.spawn()
	if err != nil {
		return nil, restoreInfo{}, err
	}
	s.mu.Lock()
	if s.gen != gen || s.closed {
		s.mu.Unlock()
		c.proc.Kill("")
		return nil, restoreInfo{}, errSuperseded
	}
	s.starting = c
	decls := s.decls
	snaps := s.snaps.toRestore()
	s.mu.Unlock()
	var info restoreInfo
	if restore && (len(decls) > 0 || len(snaps) > 0) {
		info = s.restore(c, decls, snaps)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.starting == c {
		s.starting = nil
	}
	if s.gen != gen || s.closed || s.current != nil || c.proc.Dead() {
		c.proc.Kill("")
		return nil, info, errSuperseded
	}
	s.current = c
	return c, info, nil
}

// Start starts the interpreter process if none is running.
func (s *Supervisor) Start() error {
	s.mu.Lock()
	running := s.current != nil
	s.mu.Unlock()
	if running {
		return nil
	}
	_, _, err := s.startInterpreter(false)
	if errors.Is(err, errSuperseded) {
		return nil
	}
	return err
}

// Execute runs a cell. Cancelling ctx interrupts it.
func (s *Supervisor) Execute(ctx context.Context, cl kernel.Cell) kernel.ExecuteResult {
	res, _ := s.ExecuteCell(ctx, cl)
	return res
}

// ExecuteCell is Execute; for a cell refused because it uses
// instantiations of compiled generics that the program lacks (EName
// session.NeedsInstances: nothing ran), it also returns those.
func (s *Supervisor) ExecuteCell(ctx context.Context, cl kernel.Cell) (kernel.ExecuteResult, []toolchain.Instance) {
	s.mu.Lock()
	c := s.current
	s.mu.Unlock()
	if c == nil {
		var info restoreInfo
		var err error
		if c, info, err = s.startInterpreter(true); err != nil {
			return kernel.ExecuteResult{Status: "error", EName: "KernelError", EValue: err.Error()}, nil
		}
		if notes := append(info.notes, info.lost...); len(notes) > 0 {
			s.logf("restore: %s", strings.Join(notes, "; "))
		}
	}
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()

	if err := c.req.Encode(ipc.Request{Op: ipc.OpExecute, Seq: seq, Code: cl.Code, Count: cl.Count, AllowStdin: cl.Input != nil,
		Magic: cl.Magic, Args: cl.MagicArgs, Lost: cl.Lost}); err != nil {
		return s.recoverFrom(c, "the interpreter process was gone before the cell started"), nil
	}
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				return s.recoverFrom(c, ""), nil
			}
			if ev.Ev == ipc.EvInput {
				if !s.answerInput(ctx, c, cl, ev) {
					// Interrupted while the cell waited for input: the
					// cell must not go on as if the input had ended.
					return s.interrupted(c), nil
				}
				continue
			}
			if ev.Ev == ipc.EvDone && ev.Seq == seq {
				s.noteMagic(ev)
			}
			if done, res := s.handleEvent(c, ev, seq); done {
				return res, ev.Instances
			}
		case <-ctx.Done():
			if cl.Magic != "" {
				if res, ok := s.cancelMagic(c, seq); ok {
					return res, nil
				}
			}
			return s.interrupted(c), nil
		}
	}
}

// noteMagic keeps what a %cd or %env did, for the interpreters started
// later.
func (s *Supervisor) noteMagic(ev ipc.Event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ev.Cwd != "" {
		s.dir = ev.Cwd
	}
	if ev.Setenv != "" {
		s.setenv = append(s.setenv, ev.Setenv)
	}
}

// cancelMagic asks the interpreter to stop the running magic (a shell
// command, a %timeit), which spares a restart; ok is false when it did not
// end within two seconds.
func (s *Supervisor) cancelMagic(c *interpreter, seq int) (kernel.ExecuteResult, bool) {
	if err := c.req.Encode(ipc.Request{Op: ipc.OpCancel, Seq: seq}); err != nil {
		return kernel.ExecuteResult{}, false
	}
	timeout := time.After(2 * time.Second)
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				return s.recoverFrom(c, ""), true
			}
			if done, res := s.handleEvent(c, ev, seq); done {
				return res, true
			}
		case <-timeout:
			return kernel.ExecuteResult{}, false
		}
	}
}

// interrupted kills c, whose cell was interrupted, and starts a fresh
// interpreter with the notebook's declarations.
func (s *Supervisor) interrupted(c *interpreter) kernel.ExecuteResult {
	c.proc.Kill("")
	const died = "the Go interpreter process died: interrupted"
	res := s.recoverFrom(c, "interrupted")
	// Said once, as an interrupt: the process did not die of itself.
	res.EName = "KeyboardInterrupt"
	res.EValue = "cell interrupted: its interpreter process was stopped" + strings.TrimPrefix(res.EValue, died)
	if len(res.Traceback) > 0 {
		res.Traceback[0] = res.EName + ": " + res.EValue
	}
	return res
}

// Interrupt kills an interpreter that is being started and restored (a
// declaration's initializer may loop); the running cell is interrupted
// through its context.
func (s *Supervisor) Interrupt() {
	s.mu.Lock()
	c := s.starting
	s.mu.Unlock()
	if c != nil {
		c.proc.Kill("")
	}
}

// answerInput asks the front end for the line a cell waits for, without
// blocking the handling of the cell's other events for long. It reports
// false, answering nothing, when an interrupt (ctx) ended the wait.
func (s *Supervisor) answerInput(ctx context.Context, c *interpreter, cl kernel.Cell, ev ipc.Event) bool {
	for _, st := range c.streams {
		st.waitSync(ev.Sync, syncTimeout) // the prompt follows what was printed
	}
	rep := ipc.Request{Op: ipc.OpInput}
	if cl.Input == nil {
		rep.EOF = true
	} else if text, err := cl.Input(ctx, ev.Prompt, ev.Password); err != nil {
		if ctx.Err() != nil {
			return false
		}
		rep.EOF = true
	} else {
		rep.Text = text
	}
	_ = c.req.Encode(rep)
	return true
}

// publishDisplay publishes a display event after the output written
// before it.
func (s *Supervisor) publishDisplay(c *interpreter, ev ipc.Event) {
	for _, st := range c.streams {
		st.waitSync(ev.Sync, syncTimeout)
	}
	if out := s.output(); out != nil && ev.Display != nil {
		out.Display(ev.Display.Type, ev.Display.Content)
	}
}

// handleEvent takes in a done event and reports whether it ends request
// seq, with its result.
func (s *Supervisor) handleEvent(c *interpreter, ev ipc.Event, seq int) (bool, kernel.ExecuteResult) {
	if ev.Ev != ipc.EvDone {
		return false, kernel.ExecuteResult{}
	}
	for _, st := range c.streams {
		st.waitSync(ev.Sync, syncTimeout)
	}
	s.mu.Lock()
	if ev.DeclsChanged {
		s.decls = ev.Decls
	}
	s.state, s.members, s.types = ev.State, ev.Members, ev.Types
	s.mu.Unlock()
	if out := s.output(); out != nil && len(ev.Notes) > 0 {
		out.Stream("stderr", "note: "+strings.Join(ev.Notes, "\nnote: ")+"\n")
	}
	if ev.Seq != seq {
		return false, kernel.ExecuteResult{}
	}
	return true, kernel.ExecuteResult{Status: ev.Status, EName: ev.EName, EValue: ev.EValue, Traceback: ev.Traceback, Data: ev.Data, Metadata: ev.Metadata}
}

// recoverFrom reports the death of c (during a cell) and starts a fresh
// interpreter with the notebook's declarations.
func (s *Supervisor) recoverFrom(c *interpreter, why string) (res kernel.ExecuteResult) {
	<-c.proc.Exited()
	cause := why
	if cause == "" {
		cause = c.crashCause()
	}
	died := "the Go interpreter process died: " + cause
	res = kernel.ExecuteResult{Status: "error", EName: "InterpreterDied", EValue: died}
	if p := c.panicked.Load(); p != nil && why == "" {
		defer func() { goPanicked(&res, p, died) }() // (on every return)
	}
	s.mu.Lock()
	if s.current != c || s.closed {
		// A restart or shutdown replaced it: nothing to recover.
		s.mu.Unlock()
		return res
	}
	s.current = nil
	before := slices.Sorted(maps.Keys(s.state))
	s.state, s.members, s.types = map[string]int{}, nil, nil
	s.mu.Unlock()
	_, info, err := s.startInterpreter(true)
	if err != nil {
		res.EValue += "; restarting it failed: " + err.Error()
		return res
	}
	s.mu.Lock()
	n := len(s.decls)
	s.mu.Unlock()
	msg := "a fresh interpreter was started and " + plural(n, "declaration") + " restored"
	if len(info.restored) > 0 {
		msg = "a fresh interpreter was started and " + plural(n, "declaration") + " and " + plural(len(info.restored), "value") + " restored"
	}
	if lost := lostNames(before, info); len(lost) > 0 {
		msg += "; values lost: " + strings.Join(lost, ", ")
	}
	res.EValue += "; " + msg
	res.Traceback = append(append([]string{res.EName + ": " + res.EValue}, info.notes...), info.lost...)
	return res
}

// goPanicked makes res, the result of the death of an interpreter whose
// goroutine panicked (p, its EvPanic), the panic's error, with the
// goroutine's frames, as Go's program ends: its traceback ends with what
// became of the process, the notebook's declarations and values (what
// res.EValue says after died, the death itself, whose cause is the
// panic).
func goPanicked(res *kernel.ExecuteResult, p *ipc.Event, died string) {
	note := "InterpreterDied: the Go interpreter process ended, as a Go program does when a goroutine panics"
	if p.EName == "fatal error" { // (session's deadlock check)
		note = "InterpreterDied: the Go interpreter process ended, as a Go program does when its goroutines are all asleep"
	}
	if after := strings.TrimPrefix(strings.TrimPrefix(res.EValue, died), "; "); after != res.EValue && after != "" {
		note += "; " + after
	}
	tb := append(append([]string(nil), p.Traceback...), note)
	if len(res.Traceback) > 1 {
		tb = append(tb, res.Traceback[1:]...) // (the declarations and values that did not come back)
	}
	*res = kernel.ExecuteResult{Status: "error", EName: p.EName, EValue: p.EValue, Traceback: tb}
}

// restoreInfo is what a restore brought back.
type restoreInfo struct {
	notes    []string // declarations that did not come back
	restored []string // variables whose values came back
	lost     []string // values that did not, "path: reason"
}

// restore replays a declarations log and the latest snapshots of the
// notebook's values into c, which is not in use yet.
func (s *Supervisor) restore(c *interpreter, decls []*cell.Decl, snaps []ipc.Snapshot) restoreInfo {
	s.mu.Lock()
	s.seq++
	seq := s.seq
	stale := s.snaps.staleLost()
	s.mu.Unlock()
	if err := c.req.Encode(ipc.Request{Op: ipc.OpRestore, Seq: seq, Decls: decls, Snapshots: snaps}); err != nil {
		return restoreInfo{notes: []string{"restore failed: " + err.Error()}}
	}
	for ev := range c.events {
		if ev.Ev == ipc.EvDone && ev.Seq == seq {
			s.mu.Lock()
			if ev.DeclsChanged {
				s.decls = ev.Decls
			}
			s.state, s.members, s.types = ev.State, ev.Members, ev.Types
			s.mu.Unlock()
			return restoreInfo{notes: ev.Notes, restored: ev.Restored, lost: append(stale, ev.Lost...)}
		}
	}
	return restoreInfo{notes: []string{"the interpreter died while restoring declarations"}}
}

// Restart replaces the interpreter with a fresh one and forgets the
// notebook (shutdown_request with restart: true).
func (s *Supervisor) Restart() error {
	s.mu.Lock()
	s.gen++
	old := []*interpreter{s.current, s.starting}
	s.current, s.starting = nil, nil
	s.decls, s.state, s.members, s.types = nil, nil, nil, nil
	s.dir, s.setenv = "", nil
	s.snaps.clear()
	s.mu.Unlock()
	for _, c := range old {
		if c != nil {
			c.proc.Kill("")
			<-c.proc.Exited()
		}
	}
	return s.Start()
}

// Close stops the interpreter process.
func (s *Supervisor) Close() {
	s.mu.Lock()
	s.closed = true
	s.gen++
	c, starting := s.current, s.starting
	s.current, s.starting = nil, nil
	defer s.removeSnapshots() // after the interpreter is gone
	s.mu.Unlock()
	if starting != nil {
		starting.proc.Kill("")
	}
	if c == nil {
		return
	}
	_ = c.req.Encode(ipc.Request{Op: ipc.OpShutdown})
	c.proc.Stop(time.Second)
}

// Pid returns the interpreter's process id, or 0.
func (s *Supervisor) Pid() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current == nil {
		return 0
	}
	return s.current.proc.Pid()
}

// crashCause describes how the process ended, from its exit status and the
// last lines it wrote to stderr. A panic that reaches the runtime of the
// interpreter comes from a goroutine (a cell's own panics are recovered).
func (c *interpreter) crashCause() string {
	head := c.streams[1].crashLine()
	tail := strings.Split(c.streams[1].tailText(), "\n")
	if strings.HasPrefix(head, "panic: ") {
		// (maybe cut where the runtime paused: the tail has it whole, on
		// its last line that starts so; an earlier "panic: " line in the
		// tail may be a cell's own output)
		for i := len(tail) - 1; i >= 0; i-- {
			if strings.HasPrefix(tail[i], head) {
				tail = tail[i:]
				break
			}
		}
		head = ""
	}
	cause := subproc.DumpCause(head, tail)
	if strings.HasPrefix(cause, "panic: os.Exit(") {
		cause = strings.TrimPrefix(cause, "panic: ") + " in a goroutine"
	} else if strings.HasPrefix(cause, "panic: ") {
		cause = "a goroutine panicked: " + strings.TrimPrefix(cause, "panic: ")
	}
	status := c.proc.ExitStatus()
	if cause != "" {
		return cause + " (" + status + ")"
	}
	return status
}

// Namespace returns a snapshot of the notebook's declarations and of the
// variables set by statements, as the interpreter last reported them.
func (s *Supervisor) Namespace() complete.Namespace {
	s.mu.Lock()
	defer s.mu.Unlock()
	return complete.Namespace{
		Decls:   append([]*cell.Decl(nil), s.decls...),
		Vars:    slices.Sorted(maps.Keys(s.state)),
		Members: s.members,
		Types:   s.types,
	}
}
