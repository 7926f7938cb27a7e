package executor

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
)

// worker is one worker process of a ProcessPool.
type worker struct {
	name    string
	program string // the compiled program it runs, or "" (it interprets)
	proc    *subproc.Process
	out     frame        // the request being sent
	rep     *frameReader // replies, read by the slot goroutine itself
	replies *spinpipe.Reader
	spin    time.Duration // the pool's spin budget (WithSpin)
	chunk   bool          // the request in out has more than one call
	declGen uint64
	loaded  bool
	sent    map[string][]byte  // variable -> the value the worker last received
	errs    func(string) error // ProcessConfig.Errors
	vout    frame              // variables being sent

	mu      sync.Mutex
	crash   string   // first line of a runtime crash dump
	tail    []string // last stderr lines
	outDone sync.WaitGroup
	stdout  *outputPipe // what the worker prints, forwarded by forward
	stderr  *outputPipe
}

// startWorker starts a worker of the current compiled program (see
// ProcessConfig.Compile), or one that interprets where there is none or
// its workers do not start.
func (p *ProcessPool) startWorker(id string) (*worker, error) {
	prog := p.program()
	if prog == "" {
		return p.launch(id, p.cfg.Command(), "")
	}
	cmd := exec.Command(prog)
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	w, err := p.launch(id, cmd, prog)
	var ie *initError
	if err == nil || errors.As(err, &ie) {
		return w, err // the initializer's failure is the pool's, whatever runs it
	}
	p.mu.Lock()
	if p.badProgs == nil {
		p.badProgs = map[string]bool{}
	}
	p.badProgs[prog] = true
	p.mu.Unlock()
	p.tell(fmt.Sprintf("executor: %s: a compiled worker did not start (%v); workers interpret the declarations", p.name, err))
	return p.launch(id, p.cfg.Command(), "")
}

// initError is the failure of a pool's initializer in a worker that
// started.
type initError struct{ err error }

func (e *initError) Error() string { return e.err.Error() }
func (e *initError) Unwrap() error { return e.err }

// program returns the compiled worker program of the current
// declarations, or "" where workers interpret them.
func (p *ProcessPool) program() string {
	if p.cfg.Compile == nil || p.interpreted {
		return ""
	}
	var gen uint64
	if p.cfg.Declarations != nil {
		gen, _ = p.cfg.Declarations()
	}
	path, err := p.cfg.Compile(context.Background(), gen)
	if err != nil {
		msg, _, _ := strings.Cut(err.Error(), "\n")
		p.tell(fmt.Sprintf("executor: %s: no compiled workers: %s; workers interpret the declarations", p.name, msg))
		return ""
	}
	p.mu.Lock()
	bad := p.badProgs[path]
	p.mu.Unlock()
	if bad {
		return ""
	}
	return path
}

// stale reports whether w runs another compiled program than the current
// one (or interprets where there is one now).
func (p *ProcessPool) stale(w *worker) bool {
	return p.cfg.Compile != nil && !p.interpreted && p.program() != w.program
}

// tell writes msg to the pool's Output, once.
func (p *ProcessPool) tell(msg string) {
	p.mu.Lock()
	if p.told[msg] {
		p.mu.Unlock()
		return
	}
	if p.told == nil {
		p.told = map[string]bool{}
	}
	p.told[msg] = true
	p.mu.Unlock()
	fmt.Fprintln(p.cfg.Output, msg)
}

// launch starts a worker process with cmd and runs the pool's
// initializer in it.
func (p *ProcessPool) launch(id string, cmd *exec.Cmd, prog string) (*worker, error) {
	cmd.Env = append(cmd.Environ(), spinpipe.Env+"="+p.spin.String())
	proc, err := subproc.Launch(cmd)
	if err != nil {
		return nil, err
	}
	replies, err := spinpipe.NewReader(proc.Replies, p.spin)
	if err != nil { // not expected: os.Pipe's ends are non-blocking
		proc.Kill("")
		proc.Watch(nil)
		<-proc.Exited()
		for _, f := range []*os.File{proc.Requests, proc.Replies, proc.Stdout, proc.Stderr} {
			f.Close()
		}
		return nil, err
	}
	w := &worker{
		name: fmt.Sprintf("%s (pid %d)", id, proc.Pid()), proc: proc, rep: newFrameReader(replies),
		replies: replies, spin: p.spin, errs: p.cfg.Errors, program: prog,
	}
	w.outDone.Add(2)
	w.stdout, w.stderr = newOutputPipe(proc.Stdout), newOutputPipe(proc.Stderr)
	go w.forward(w.stdout, p.cfg.Output, id, false)
	go w.forward(w.stderr, p.cfg.Output, id, true)
	proc.Watch(func(proc *subproc.Process) {
		// A process the task started may hold the pipes open: give the
		// output a moment to drain, then close them, so that nothing
		// reading them waits for that process.
		drained := make(chan struct{})
		go func() { w.outDone.Wait(); close(drained) }()
		subproc.DrainOrClose(drained, proc.Replies, proc.Stdout, proc.Stderr)
	})
	ready := make(chan bool, 1)
	go func() {
		m, err := w.rep.next()
		ready <- err == nil && m.byte() == evReady
	}()
	select {
	case ok := <-ready:
		if !ok {
			w.abort("")
			<-w.proc.Exited()
			return nil, fmt.Errorf("worker exited at start: %s", w.cause())
		}
	case <-time.After(p.startTimeout):
		w.abort("start-up timeout")
		return nil, fmt.Errorf("worker did not start within %v", p.startTimeout)
	}
	if p.initFn != nil {
		name, ok := taskName(p.initFn)
		if !ok {
			w.abort("")
			return nil, &initError{notNamed(p.initFn)}
		}
		enc, err := encodeCall(name, p.initFn, p.initArgs)
		if err != nil {
			w.abort("")
			return nil, &initError{err}
		}
		if err := w.sync(p); err != nil {
			w.abort("")
			return nil, err
		}
		vars, err := p.globals(name)
		if err == nil {
			err = w.sendVars(vars)
		}
		if err != nil {
			w.abort("")
			return nil, err
		}
		w.request(opInit, 0, name, enc)
		_, err = w.call(name, nil, 0, nil, 0)
		if err != nil {
			w.abort("")
			return nil, &initError{fmt.Errorf("initializer %s: %w", name, err)}
		}
	}
	return w, nil
}

// sync sends the current declarations if the worker lacks them.
func (w *worker) sync(p *ProcessPool) error {
	if p.cfg.Declarations == nil || w.program != "" {
		return nil
	}
	gen, data := p.cfg.Declarations()
	if w.loaded && gen == w.declGen {
		return nil
	}
	w.chunk = false
	w.out.reset()
	w.out.byte(opDecls)
	w.out.uint(0)
	w.out.uint(gen)
	w.out.bytes(data)
	if _, err := w.call("", nil, 0, nil, 0); err != nil {
		return fmt.Errorf("worker %s could not load the notebook's declarations: %w", w.name, err)
	}
	w.declGen, w.loaded = gen, true
	clear(w.sent) // loading may have declared them afresh
	return nil
}

// sendVars sends the values of vars that the worker has not received, in
// a request that has no reply of its own: the worker fails the next task
// if it could not set them.
func (w *worker) sendVars(vars []globalVar) error {
	if len(vars) == 0 {
		return nil
	}
	if w.sent == nil {
		w.sent = map[string][]byte{}
	}
	w.vout.reset()
	w.vout.byte(opVars)
	w.vout.uint(0)
	n := 0
	for _, v := range vars {
		if old, ok := w.sent[v.name]; ok && bytes.Equal(old, v.data) {
			continue
		}
		n++
	}
	if n == 0 {
		return nil
	}
	w.vout.uint(uint64(n))
	for _, v := range vars {
		if old, ok := w.sent[v.name]; ok && bytes.Equal(old, v.data) {
			continue
		}
		w.vout.string(v.name)
		w.vout.bytes(v.data)
		w.sent[v.name] = v.data
	}
	if err := w.vout.send(w.proc.Requests); err != nil {
		clear(w.sent)
		if errors.Is(err, errFrameTooLarge) {
			return err
		}
		w.proc.Kill("") // it may be alive and no longer reading
		<-w.proc.Exited()
		return err
	}
	return nil
}

// run sends task t and returns its result.
func (w *worker) run(p *ProcessPool, t *RemoteTask) (any, error) {
	if err := w.sync(p); err != nil {
		if w.proc.Dead() {
			return nil, &WorkerError{Worker: w.name, Task: t.Future.id, Func: t.Func, Cause: w.cause()}
		}
		return nil, err
	}
	if err := w.sendVars(t.vars); err != nil {
		if w.proc.Dead() {
			return nil, &WorkerError{Worker: w.name, Task: t.Future.id, Func: t.Func, Cause: w.cause()}
		}
		return nil, fmt.Errorf("executor: %s: sending the variables it uses: %w", t.Func, err)
	}
	w.request(opTask, t.Future.id, t.Func, t.Calls)
	v, err := w.call(t.Func, t.outs, t.chunk, t.dst, p.taskTimeout)
	v = t.retype(v)
	var we *WorkerError
	if errors.As(err, &we) {
		we.Task, we.Func = t.Future.id, t.Func
	}
	return v, err
}

// request puts a request to call fn into w.out.
func (w *worker) request(op byte, id uint64, fn string, calls []byte) {
	n, _ := binary.Uvarint(calls)
	w.chunk = n > 1
	w.out.reset()
	w.out.byte(op)
	w.out.uint(id)
	w.out.string(fn)
	w.out.raw(calls)
}

// call sends the request in w.out and decodes the reply's results into
// values of types outs (see decodeReply for chunk).
func (w *worker) call(fn string, outs []reflect.Type, chunk int, dst []any, timeout time.Duration) (any, error) {
	m, err := w.exchange(fn, timeout)
	if err != nil {
		return nil, err
	}
	w.settle() // what the task printed goes out before its result
	v, err := decodeReply(fn, m, outs, chunk, dst, w.errs)
	var bad *malformedReply
	if errors.As(err, &bad) {
		// The stream cannot be trusted from here on.
		w.proc.Kill(bad.Error())
		<-w.proc.Exited()
		return nil, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	return v, err
}

// exchange sends the request in w.out and returns the reply's fields,
// valid until the next exchange. A worker that dies, or is killed for a
// timeout or an unreadable reply, gives a *WorkerError.
func (w *worker) exchange(fn string, timeout time.Duration) (fields, error) {
	if err := w.out.send(w.proc.Requests); err != nil {
		if errors.Is(err, errFrameTooLarge) { // nothing was sent
			return fields{}, fmt.Errorf("executor: %s: %w", cmp.Or(fn, "declarations"), err)
		}
		w.proc.Kill("") // it may be alive and no longer reading
		<-w.proc.Exited()
		return fields{}, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() { w.proc.Kill(fmt.Sprintf("task timeout (%v) exceeded", timeout)) })
		defer timer.Stop()
	}
	w.replies.SetSpin(w.replySpin())
	m, err := w.rep.next()
	if err != nil {
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			w.proc.Kill("reply unreadable: " + err.Error())
		}
		<-w.proc.Exited()
		return fields{}, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	return m, nil
}

// replySpin is the spin budget of the wait for the reply to the request
// in w.out: none for a chunk, whose reply comes after all its calls ran —
// no round trip worth a CPU's spinning (with as many workers as CPUs, the
// spinning slots would take CPUs from the workers).
func (w *worker) replySpin() time.Duration {
	if w.chunk {
		return 0
	}
	return w.spin
}

// abort kills a worker that failed to start and closes its request pipe.
func (w *worker) abort(why string) {
	w.proc.Kill(why)
	w.proc.Requests.Close()
}

// stop ends the worker: EOF on its requests, then a kill if it lingers.
func (w *worker) stop() { w.proc.Stop(2 * time.Second) }

// cause describes how the worker ended.
func (w *worker) cause() string {
	w.mu.Lock()
	msg := subproc.DumpCause(w.crash, w.tail)
	w.mu.Unlock()
	if why := w.proc.Why(); why != "" {
		msg = why
	}
	status := w.proc.ExitStatus()
	if msg == "" {
		return status
	}
	return msg + " (" + status + ")"
}
