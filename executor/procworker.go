package executor

import (
	"bufio"
	"cmp"
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

// procWorker is one worker process.
type procWorker struct {
	name    string
	cmd     *exec.Cmd
	reqFile *os.File
	out     frame        // the request being sent
	rep     *frameReader // replies, read by the slot goroutine itself
	exited  chan struct{}
	declGen uint64
	loaded  bool

	mu      sync.Mutex
	waitErr error
	why     string   // set by kill
	crash   string   // first line of a runtime crash dump
	tail    []string // last stderr lines
	outDone sync.WaitGroup
}

func (p *ProcessPool) startWorker(id string) (*procWorker, error) {
	cmd := p.cfg.Command()
	cmd.Env = append(cmd.Environ(), spinpipe.Env+"="+p.spin.String())
	pipes, err := subproc.Start(cmd)
	if err != nil {
		return nil, err
	}
	replies, err := spinpipe.NewReader(pipes.Replies, p.spin)
	if err != nil { // not expected: os.Pipe's ends are non-blocking
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		for _, f := range []*os.File{pipes.Requests, pipes.Replies, pipes.Stdout, pipes.Stderr} {
			f.Close()
		}
		return nil, err
	}
	w := &procWorker{
		name: fmt.Sprintf("%s (pid %d)", id, cmd.Process.Pid), cmd: cmd,
		reqFile: pipes.Requests, rep: newFrameReader(replies), exited: make(chan struct{}),
	}
	w.outDone.Add(2)
	go w.forward(pipes.Stdout, p.cfg.Output, id, false)
	go w.forward(pipes.Stderr, p.cfg.Output, id, true)
	go func() {
		err := cmd.Wait()
		// A process the task started may hold the pipes open: give the
		// output a moment to drain, then close them, so that nothing
		// reading them waits for that process.
		drained := make(chan struct{})
		go func() { w.outDone.Wait(); close(drained) }()
		select {
		case <-drained:
		case <-time.After(time.Second):
		}
		pipes.Replies.Close()
		pipes.Stdout.Close()
		pipes.Stderr.Close()
		<-drained
		w.mu.Lock()
		w.waitErr = err
		w.mu.Unlock()
		close(w.exited)
	}()
	ready := make(chan bool, 1)
	go func() {
		m, err := w.rep.next()
		ready <- err == nil && m.byte() == evReady
	}()
	select {
	case ok := <-ready:
		if !ok {
			w.abort("")
			<-w.exited
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
			return nil, notNamed(p.initFn)
		}
		enc, err := encodeCall(name, p.initFn, p.initArgs)
		if err != nil {
			w.abort("")
			return nil, err
		}
		if err := w.sync(p); err != nil {
			w.abort("")
			return nil, err
		}
		w.request(opInit, 0, name, enc)
		_, err = w.call(name, nil, false, 0)
		if err != nil {
			w.abort("")
			return nil, fmt.Errorf("initializer %s: %w", name, err)
		}
	}
	return w, nil
}

// forward copies a worker's output lines to out, prefixed with its name,
// and keeps the last stderr lines for crash reports.
func (w *procWorker) forward(r io.ReadCloser, out io.Writer, id string, isErr bool) {
	defer w.outDone.Done()
	defer r.Close()
	// Lines longer than the buffer are forwarded in pieces: the pipe must be
	// read to its end, or the worker dies of SIGPIPE.
	br := bufio.NewReaderSize(r, 64<<10)
	crashing := false
	for {
		chunk, err := br.ReadSlice('\n')
		if len(chunk) == 0 && err != nil {
			return
		}
		line := strings.TrimSuffix(string(chunk), "\n")
		if isErr {
			// A Go runtime crash dump is thousands of lines of stacks: keep
			// its first line for the task's error and print none of it.
			if !crashing && (strings.HasPrefix(line, "fatal error: ") || strings.HasPrefix(line, "runtime: goroutine stack exceeds")) {
				crashing = true
				w.mu.Lock()
				w.crash = line
				w.mu.Unlock()
			}
			if crashing {
				continue
			}
			w.mu.Lock()
			w.tail = append(w.tail, line)
			if len(w.tail) > 50 {
				w.tail = w.tail[1:]
			}
			w.mu.Unlock()
		}
		fmt.Fprintf(out, "[%s] %s\n", id, line)
	}
}

// sync sends the current declarations if the worker lacks them.
func (w *procWorker) sync(p *ProcessPool) error {
	if p.cfg.Declarations == nil {
		return nil
	}
	gen, data := p.cfg.Declarations()
	if w.loaded && gen == w.declGen {
		return nil
	}
	w.out.reset()
	w.out.byte(opDecls)
	w.out.uint(0)
	w.out.uint(gen)
	w.out.bytes(data)
	if _, err := w.call("", nil, false, 0); err != nil {
		return fmt.Errorf("worker %s could not load the notebook's declarations: %w", w.name, err)
	}
	w.declGen, w.loaded = gen, true
	return nil
}

// run sends task t and returns its result.
func (w *procWorker) run(p *ProcessPool, t *procTask) (any, error) {
	if err := w.sync(p); err != nil {
		if w.dead() {
			return nil, &WorkerError{Worker: w.name, Task: t.fut.id, Func: t.fn, Cause: w.cause()}
		}
		return nil, err
	}
	w.request(opTask, t.fut.id, t.fn, t.calls)
	v, err := w.call(t.fn, t.outs, t.chunk, p.taskTimeout)
	var we *WorkerError
	if errors.As(err, &we) {
		we.Task, we.Func = t.fut.id, t.fn
	}
	return v, err
}

// request puts a request to call fn into w.out.
func (w *procWorker) request(op byte, id uint64, fn string, calls []byte) {
	w.out.reset()
	w.out.byte(op)
	w.out.uint(id)
	w.out.string(fn)
	w.out.raw(calls)
}

// call sends the request in w.out and decodes the reply's results into
// values of types outs.
func (w *procWorker) call(fn string, outs []reflect.Type, chunk bool, timeout time.Duration) (any, error) {
	if err := w.out.send(w.reqFile); err != nil {
		if errors.Is(err, errFrameTooLarge) { // nothing was sent
			return nil, fmt.Errorf("executor: %s: %w", cmp.Or(fn, "declarations"), err)
		}
		w.kill("") // it may be alive and no longer reading
		<-w.exited
		return nil, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	var timer *time.Timer
	if timeout > 0 {
		timer = time.AfterFunc(timeout, func() { w.kill(fmt.Sprintf("task timeout (%v) exceeded", timeout)) })
		defer timer.Stop()
	}
	m, err := w.rep.next()
	if err != nil {
		if !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			w.kill("reply unreadable: " + err.Error())
		}
		<-w.exited
		return nil, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	ev := m.byte()
	m.uint() // id: one request at a time
	if msg := m.string(); msg != "" {
		return nil, errors.New(msg)
	}
	var vals []any
	if ev == evDone {
		for k := 0; len(m.b) > 0; k++ {
			v, err := decodeResult(fn, &m, outs)
			if m.err != nil {
				break
			}
			if err != nil {
				if chunk {
					return vals, &chunkError{k: k, err: err}
				}
				return nil, err
			}
			vals = append(vals, v)
		}
	}
	if m.err != nil || (ev != evDone && ev != evDecls) {
		// The stream cannot be trusted from here on.
		w.kill(fmt.Sprintf("malformed reply (event %q): %v", ev, m.err))
		<-w.exited
		return nil, &WorkerError{Worker: w.name, Func: fn, Cause: w.cause()}
	}
	switch {
	case ev == evDecls:
		return nil, nil
	case chunk:
		return vals, nil
	case len(vals) != 1:
		return nil, fmt.Errorf("executor: %s: worker sent %d results for one call", fn, len(vals))
	}
	return vals[0], nil
}

func (w *procWorker) dead() bool {
	select {
	case <-w.exited:
		return true
	default:
		return false
	}
}

func (w *procWorker) kill(why string) {
	w.mu.Lock()
	if w.why == "" {
		w.why = why
	}
	w.mu.Unlock()
	_ = w.cmd.Process.Kill()
}

// abort kills a worker that failed to start and closes its request pipe.
func (w *procWorker) abort(why string) {
	w.kill(why)
	w.reqFile.Close()
}

// stop ends the worker: EOF on its requests, then a kill if it lingers.
func (w *procWorker) stop() {
	w.reqFile.Close()
	select {
	case <-w.exited:
	case <-time.After(2 * time.Second):
		w.kill("")
		<-w.exited
	}
}

// cause describes how the worker ended.
func (w *procWorker) cause() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	msg := w.crash
	if strings.HasPrefix(msg, "runtime: goroutine stack exceeds") {
		msg = "fatal error: stack overflow (" + strings.TrimPrefix(msg, "runtime: ") + ")"
	}
	for _, l := range w.tail {
		if msg != "" {
			break
		}
		if strings.HasPrefix(l, "panic: ") || strings.HasPrefix(l, "fatal error: ") {
			msg = strings.TrimSuffix(strings.TrimSuffix(l, " [recovered, repanicked]"), " [recovered]")
			break
		}
	}
	if w.why != "" {
		msg = w.why
	}
	status := "still running"
	if w.dead() {
		status = subproc.ExitStatus(w.waitErr)
	}
	if msg == "" {
		return status
	}
	return msg + " (" + status + ")"
}
