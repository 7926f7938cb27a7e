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
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
)

// ProcessConfig says how a ProcessPool starts its workers and what it
// loads into them.
type ProcessConfig struct {
	// Command returns a new command that starts one worker process. The
	// pool sets its fd 3 (requests), fd 4 (replies), stdout and stderr.
	// Default: this program again, with WorkerEnv=1 (see RunWorker).
	Command func() *exec.Cmd
	// Declarations returns what workers must load before running tasks
	// (passed to Resolver.Load) and its generation, which changes whenever
	// the data does. Nil for compiled programs. It is called before every
	// task, so functions declared after the pool started reach workers
	// before the first task that needs them.
	Declarations func() (gen uint64, data []byte)
	// Output receives what workers print, each line prefixed with the
	// worker's name. Default os.Stdout.
	Output io.Writer
}

var defaultProcessConfig atomic.Pointer[ProcessConfig]

// SetDefaultProcessConfig sets the configuration of ProcessPools created
// without WithProcessConfig. The gofutures kernel's interpreter sets it so
// that pools in notebook cells start interpreter workers loaded with the
// notebook's declarations.
func SetDefaultProcessConfig(c ProcessConfig) { defaultProcessConfig.Store(&c) }

// ErrWorkerDied matches every *WorkerError.
var ErrWorkerDied = errors.New("executor: worker process died")

// WorkerError is the error of a task whose worker process died while
// running it (os.Exit, a fatal error, a signal, a task timeout). Only that
// task fails: the pool starts a replacement and runs the queued tasks.
type WorkerError struct {
	Worker string // e.g. "ProcessPool-1_0 (pid 4242)"
	Task   uint64
	Func   string
	Cause  string
}

func (e *WorkerError) Error() string {
	return fmt.Sprintf("executor: worker %s died running task %d (%s): %s", e.Worker, e.Task, e.Func, e.Cause)
}

// Is reports whether target is ErrWorkerDied.
func (e *WorkerError) Is(target error) bool { return target == ErrWorkerDied }

// RemoteError is a non-nil error returned by a task in a worker process:
// errors cross the process boundary as their text.
type RemoteError struct {
	Func string
	Msg  string
}

func (e *RemoteError) Error() string { return e.Msg }

// A ProcessOption configures a ProcessPool.
type ProcessOption func(*ProcessPool)

// WithProcessConfig replaces the default ProcessConfig.
func WithProcessConfig(c ProcessConfig) ProcessOption { return func(p *ProcessPool) { p.cfg = c } }

// WithProcessInitializer runs fn(args...) in every worker process when it
// starts (Python's initializer, initargs). If it fails, the pool breaks.
func WithProcessInitializer(fn any, args ...any) ProcessOption {
	return func(p *ProcessPool) { p.initFn, p.initArgs = fn, args }
}

// WithMaxTasksPerChild replaces a worker process after it ran n tasks.
func WithMaxTasksPerChild(n int) ProcessOption { return func(p *ProcessPool) { p.maxTasks = n } }

// WithStartTimeout bounds how long a worker may take to start (default 30s).
func WithStartTimeout(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.startTimeout = d }
}

// WithTaskTimeout kills a worker whose task runs longer than d; the task
// fails with a *WorkerError and a fresh worker takes over.
func WithTaskTimeout(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.taskTimeout = d }
}

// DefaultSpin is the default of WithSpin when the program may use more
// than one CPU (runtime.GOMAXPROCS, which follows cgroup CPU limits). With
// one, the pool does not spin: a spinning reader would only keep the
// process it waits for off the CPU.
const DefaultSpin = spinpipe.DefaultSpin

// WithSpin sets how long the pool and its workers poll an empty pipe
// before they sleep (default DefaultSpin; 0 never polls). Spinning takes
// a wake-up of a sleeping thread out of every round trip — 5 to 60 µs on a
// virtual machine — and costs at most d of CPU per wait that outlasts it.
func WithSpin(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.spin = max(d, 0) }
}

// WithProcessObserver delivers the pool's task events to o.
func WithProcessObserver(o Observer) ProcessOption { return func(p *ProcessPool) { p.obs = o } }

// ProcessPool is an Executor whose workers are processes: Python's
// ProcessPoolExecutor. Tasks name their function (a NamedFunc, a function
// declared at the top level of a notebook cell, or one passed to Register)
// and their arguments and results cross the pipe by value as JSON.
//
// Unlike CPython's pool, a worker that dies fails only the task it was
// running: the pool starts a replacement and every queued task still runs.
type ProcessPool struct {
	name         string
	max          int
	cfg          ProcessConfig
	initFn       any
	initArgs     []any
	maxTasks     int
	startTimeout time.Duration
	taskTimeout  time.Duration
	spin         time.Duration
	obs          Observer

	mu       sync.Mutex
	idle     []*idleSlot // slots waiting for a task, most recent last
	queue    []*procTask
	seq      uint64
	shutdown bool
	broken   error
	running  map[*Future]*procWorker
	wg       sync.WaitGroup
}

var processPoolSeq atomic.Int64

// NewProcessPool starts a pool of maxWorkers worker processes (0 means
// runtime.NumCPU()). Workers start at once, in the background.
func NewProcessPool(maxWorkers int, opts ...ProcessOption) *ProcessPool {
	if maxWorkers < 0 {
		panic(fmt.Sprintf("executor: NewProcessPool: maxWorkers = %d; want > 0, or 0 for runtime.NumCPU()", maxWorkers))
	}
	if maxWorkers == 0 {
		maxWorkers = runtime.NumCPU()
	}
	p := &ProcessPool{max: maxWorkers, startTimeout: 30 * time.Second, running: map[*Future]*procWorker{}}
	if runtime.GOMAXPROCS(0) > 1 { // the CPUs this process may use, cgroup quota included
		p.spin = DefaultSpin
	}
	if c := defaultProcessConfig.Load(); c != nil {
		p.cfg = *c
	}
	for _, o := range opts {
		o(p)
	}
	if p.cfg.Command == nil {
		p.cfg.Command = selfCommand
	}
	if p.cfg.Output == nil {
		p.cfg.Output = os.Stdout
	}
	p.name = "ProcessPool-" + strconv.FormatInt(processPoolSeq.Add(1), 10)
	p.wg.Add(p.max)
	for i := range p.max {
		go p.slot(i)
	}
	return p
}

func selfCommand() *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	return cmd
}

// Name returns the pool's name, e.g. "ProcessPool-1".
func (p *ProcessPool) Name() string { return p.name }

// MaxWorkers returns the number of worker processes.
func (p *ProcessPool) MaxWorkers() int { return p.max }

// procTask is one queued future: calls of fn with encoded arguments.
type procTask struct {
	fut   *Future
	fn    string
	calls []byte         // the calls part of a task request (procwire.go)
	outs  []reflect.Type // result types, without a trailing error
	chunk bool           // result is []any of per-call values
}

// taskName finds the name a worker knows fn by.
func taskName(fn any) (string, bool) {
	if nf, ok := fn.(NamedFunc); ok {
		return nf.Name, true
	}
	return registeredName(fn)
}

// callEncoder checks calls of one function and encodes their arguments.
type callEncoder struct {
	name string
	t    reflect.Type
	ok   map[reflect.Type]bool // argument types known to be sendable
}

func newCallEncoder(name string, fn any) (*callEncoder, error) {
	v, _, err := funcShape(fn)
	if err != nil {
		return nil, err
	}
	return &callEncoder{name: name, t: v.Type(), ok: map[reflect.Type]bool{}}, nil
}

// encode appends a call with args to f: their count, then each value.
func (e *callEncoder) encode(f *frame, args []any) error {
	rargs, err := convertArgs(e.name, e.t, args)
	if err != nil {
		return err
	}
	f.uint(uint64(len(rargs)))
	for i, v := range rargs {
		t := v.Type()
		if !e.ok[t] {
			if bad := unsendable(t); bad != "" {
				return &CallError{Func: e.name, Arg: i, Msg: fmt.Sprintf("a %s (%s) cannot be sent to a worker process", t, bad)}
			}
			e.ok[t] = true
		}
		if err := appendValue(f, v); err != nil {
			return &CallError{Func: e.name, Arg: i, Msg: fmt.Sprintf("cannot be sent to a worker process: %v", err)}
		}
	}
	return nil
}

// direct reports whether items of z can be encoded with encodeItem: each
// iterable's element type is assignable to its parameter, is no interface
// (whose dynamic values would need checking one by one) and can be sent.
func (e *callEncoder) direct(z zippedArgs) bool {
	if e.t.IsVariadic() || e.t.NumIn() != len(z.vals) {
		return false
	}
	for k, rv := range z.vals {
		et := rv.Type().Elem()
		if et.Kind() == reflect.Interface || !et.AssignableTo(e.t.In(k)) || unsendable(et) != "" {
			return false
		}
	}
	return true
}

// encodeItem appends call i of z to f, straight from the iterables: what
// encode does with z.args(i) when direct(z), without boxing, conversion
// or checks per item.
func (e *callEncoder) encodeItem(f *frame, z zippedArgs, i int) error {
	f.uint(uint64(len(z.vals)))
	for k, rv := range z.vals {
		if err := appendValue(f, rv.Index(i)); err != nil {
			return &CallError{Func: e.name, Arg: k, Msg: fmt.Sprintf("cannot be sent to a worker process: %v", err)}
		}
	}
	return nil
}

// encodeCall validates fn(args...) and encodes it as the calls part of a
// request.
func encodeCall(name string, fn any, args []any) ([]byte, error) {
	e, err := newCallEncoder(name, fn)
	if err != nil {
		return nil, err
	}
	var f frame
	f.uint(1)
	if err := e.encode(&f, args); err != nil {
		return nil, err
	}
	if err := fits(name, f.b); err != nil {
		return nil, err
	}
	return f.b, nil
}

// fits checks that calls fit in a request.
func fits(name string, calls []byte) error {
	if uint64(len(calls))+uint64(len(name))+64 > maxFrame {
		return &CallError{Func: name, Arg: -1, Msg: fmt.Sprintf("the arguments take %d bytes, more than a message to a worker process carries (%d)", len(calls), uint64(maxFrame))}
	}
	return nil
}

// unsendable says why values of t cannot cross to another process, or "".
func unsendable(t reflect.Type) string {
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type) string
	walk = func(t reflect.Type) string {
		if seen[t] {
			return ""
		}
		seen[t] = true
		switch t.Kind() {
		case reflect.Chan:
			return "channels"
		case reflect.Func:
			return "functions"
		case reflect.UnsafePointer:
			return "unsafe pointers"
		case reflect.Pointer, reflect.Slice, reflect.Array:
			return walk(t.Elem())
		case reflect.Map:
			if r := walk(t.Key()); r != "" {
				return r
			}
			return walk(t.Elem())
		case reflect.Struct:
			for i := range t.NumField() {
				if r := walk(t.Field(i).Type); r != "" {
					return r
				}
			}
		}
		return ""
	}
	return walk(t)
}

func resultTypes(fn any) []reflect.Type {
	t := reflect.ValueOf(unname(fn)).Type()
	var out []reflect.Type
	for i := range t.NumOut() {
		if i == t.NumOut()-1 && t.Out(i) == errorType {
			break
		}
		out = append(out, t.Out(i))
	}
	return out
}

func notNamed(fn any) error {
	return &CallError{Func: funcName(fn), Arg: -1, Msg: "a ProcessPool runs functions by name: pass a function declared at the top level of a notebook cell, " +
		"executor.Named(name, fn), or a function registered with executor.Register (closures and method values cannot be sent to a worker process)"}
}

// Submit schedules fn(args...) in a worker process; see Executor.
func (p *ProcessPool) Submit(fn any, args ...any) *Future {
	f := &Future{fn: fn}
	name, ok := taskName(fn)
	if !ok {
		f.finish(nil, notNamed(fn))
		return f
	}
	enc, err := encodeCall(name, fn, args)
	if err != nil {
		f.finish(nil, err)
		return f
	}
	p.enqueue(&procTask{fut: f, fn: name, calls: enc, outs: resultTypes(fn)})
	return f
}

// MapIter submits fn over the iterables; see Executor. Chunks (ChunkSize)
// travel to a worker as one message.
func (p *ProcessPool) MapIter(fn any, iterables ...any) *MapIterator {
	its, opts := splitOptions(iterables)
	o := collect(opts)
	name, ok := taskName(fn)
	if !ok {
		return failedMap(notNamed(fn))
	}
	e, err := newCallEncoder(name, fn)
	if err != nil {
		return failedMap(err)
	}
	z, err := zipArgs(name, its)
	if err != nil {
		return failedMap(err)
	}
	// Every item is checked and encoded before the first is submitted.
	n := z.n
	var chunks [][]byte
	buf := make([]any, len(its))
	direct := e.direct(z)
	for start := 0; start < n; start += o.chunk {
		end := min(start+o.chunk, n)
		var f frame
		f.uint(uint64(end - start))
		for i := start; i < end; i++ {
			var err error
			if direct {
				err = e.encodeItem(&f, z, i)
			} else {
				err = e.encode(&f, z.args(i, buf))
			}
			if err != nil {
				return failedMap(fmt.Errorf("executor: map item %d: %w", i, err))
			}
		}
		if err := fits(name, f.b); err != nil {
			return failedMap(fmt.Errorf("executor: map items %d to %d: %w", start, end-1, err))
		}
		chunks = append(chunks, f.b)
	}
	outs := resultTypes(fn)
	it := &MapIterator{chunk: o.chunk, total: n}
	it.ctx, it.cancel = o.waitContext()
	for k, calls := range chunks {
		f := &Future{fn: fn}
		it.starts = append(it.starts, k*o.chunk)
		it.futs = append(it.futs, f)
		p.enqueue(&procTask{fut: f, fn: name, calls: calls, outs: outs, chunk: o.chunk > 1})
	}
	return it
}

// zippedArgs are Map's iterables (slices or arrays), zipped like Python's
// map: call i gets item i of each, up to the shortest.
type zippedArgs struct {
	n    int
	vals []reflect.Value
}

func zipArgs(name string, its []any) (zippedArgs, error) {
	if len(its) == 0 {
		return zippedArgs{}, &CallError{Func: name, Arg: -1, Msg: "Map needs at least one slice or array of arguments"}
	}
	z := zippedArgs{n: -1, vals: make([]reflect.Value, len(its))}
	for k, it := range its {
		rv := reflect.ValueOf(it)
		if it == nil || (rv.Kind() != reflect.Slice && rv.Kind() != reflect.Array) {
			return zippedArgs{}, &CallError{Func: name, Arg: k, Msg: fmt.Sprintf("Map wants a slice or array of arguments, have %T", it)}
		}
		z.vals[k] = rv
		if z.n < 0 || rv.Len() < z.n {
			z.n = rv.Len()
		}
	}
	return z, nil
}

// args fills buf (of len(iterables)) with the arguments of call i.
func (z zippedArgs) args(i int, buf []any) []any {
	for k, rv := range z.vals {
		buf[k] = rv.Index(i).Interface()
	}
	return buf
}

// Map is MapIter collected; see Executor.
func (p *ProcessPool) Map(fn any, iterables ...any) ([]any, error) {
	return p.MapIter(fn, iterables...).Collect()
}

func (p *ProcessPool) enqueue(t *procTask) {
	p.mu.Lock()
	if err := refusal(p.broken, p.shutdown); err != nil {
		p.mu.Unlock()
		t.fut.finish(nil, err)
		return
	}
	p.seq++
	t.fut.id = p.seq
	if p.obs != nil {
		// Observers hear of the task before any worker can start it, and
		// not under p.mu, so that they may submit tasks themselves.
		p.mu.Unlock()
		p.emitArgs(EventSubmitted, "", t.fut, nil, t.argsSummary())
		p.mu.Lock()
		if err := refusal(p.broken, p.shutdown); err != nil {
			p.mu.Unlock()
			t.fut.finish(nil, err)
			p.emit(EventDropped, "", t.fut, nil)
			return
		}
	}
	p.queue = append(p.queue, t)
	p.wakeSlot()
	p.mu.Unlock()
}

func (p *ProcessPool) emit(kind EventKind, worker string, f *Future, err error) {
	p.emitArgs(kind, worker, f, err, "")
}

func (p *ProcessPool) emitArgs(kind EventKind, worker string, f *Future, err error, args string) {
	safeOnEvent(p.obs, Event{Kind: kind, Pool: p.name, Worker: worker, TaskID: f.id, Func: f.Name(),
		Time: time.Now(), Err: err, Future: f, Args: args})
}

// argsSummary summarizes a task's arguments for events: the JSON that
// crosses to the worker.
func (t *procTask) argsSummary() string {
	m := fields{b: t.calls}
	if n := m.count(); n != 1 {
		return fmt.Sprintf("%d calls", n)
	}
	parts := make([]string, m.count())
	for i := range parts {
		parts[i] = m.string()
	}
	return summarize(parts)
}

// idleSlot is a slot on the idle stack.
type idleSlot struct {
	wake chan struct{} // capacity 1
	// finishing: the slot went on the stack before completing its last
	// task, and runs its observer or done callbacks. Guarded by p.mu.
	finishing bool
}

// wakeSlot wakes the slot that became idle last, if any: the one whose
// worker most likely still polls its pipe (see WithSpin), so a stream of
// one task at a time stays on one hot worker. If that slot is still
// running callbacks, which may wait for the very task being queued, the
// next slot is woken too. Called with p.mu held.
func (p *ProcessPool) wakeSlot() {
	for n := len(p.idle); n > 0; n-- {
		s := p.idle[n-1]
		p.idle = p.idle[:n-1]
		s.wake <- struct{}{}
		if !s.finishing {
			return
		}
	}
}

// next blocks until there is a task, or returns nil when the pool shut
// down and the queue is empty. idle says s is on the idle stack already.
func (p *ProcessPool) next(s *idleSlot, idle bool) *procTask {
	if idle {
		<-s.wake
	}
	p.mu.Lock()
	for len(p.queue) == 0 && !p.shutdown {
		p.idle = append(p.idle, s)
		p.mu.Unlock()
		<-s.wake
		p.mu.Lock()
	}
	defer p.mu.Unlock()
	if len(p.queue) == 0 {
		return nil
	}
	t := p.queue[0]
	p.queue[0] = nil
	p.queue = p.queue[1:]
	return t
}

// slot runs one worker process and feeds it tasks, replacing it when it
// dies or has run maxTasks tasks.
func (p *ProcessPool) slot(i int) {
	defer p.wg.Done()
	id := p.name + "_" + strconv.Itoa(i)
	var w *procWorker
	defer func() {
		if w != nil {
			w.stop()
		}
	}()
	start := func() error {
		var err error
		w, err = p.startWorker(id)
		if err != nil {
			w = nil
			p.breakPool(fmt.Errorf("%w: starting worker %s: %v", ErrBroken, id, err))
		}
		return err
	}
	if start() != nil {
		return
	}
	tasks := 0
	me := &idleSlot{wake: make(chan struct{}, 1)}
	idle := false
	for {
		t := p.next(me, idle)
		idle = false
		if t == nil {
			return
		}
		if !t.fut.SetRunningOrNotifyCancel() {
			if p.obs != nil {
				p.emit(EventDropped, id, t.fut, nil) // w may be nil here
			}
			continue
		}
		if w == nil && start() != nil {
			t.fut.finish(nil, p.broken)
			continue
		}
		if p.obs != nil {
			p.emit(EventStarted, w.name, t.fut, nil)
		}
		p.mu.Lock()
		p.running[t.fut] = w
		p.mu.Unlock()
		v, err := w.run(p, t)
		tasks++
		recycle := w.dead() || (p.maxTasks > 0 && tasks >= p.maxTasks)
		p.mu.Lock()
		delete(p.running, t.fut)
		// Become idle before the waiter wakes, so that the task it submits
		// next finds this slot, whose worker still polls its pipe, on top.
		// Until its future is done the slot runs the observer and then any
		// done callbacks: code that may wait for a task submitted meanwhile.
		if !recycle && len(p.queue) == 0 && !p.shutdown {
			me.finishing = p.obs != nil
			p.idle = append(p.idle, me)
			idle = true
		}
		p.mu.Unlock()
		if p.obs != nil {
			p.emit(EventFinished, w.name, t.fut, err) // before waiters wake, as in ThreadPool
		}
		var beforeCallbacks func()
		if idle {
			beforeCallbacks = func() {
				p.mu.Lock()
				me.finishing = true
				p.mu.Unlock()
			}
		}
		t.fut.finishThen(v, err, beforeCallbacks)
		if idle {
			p.mu.Lock()
			me.finishing = false
			p.mu.Unlock()
		}
		if recycle {
			w.stop()
			w, tasks = nil, 0
		}
	}
}

func (p *ProcessPool) breakPool(err error) {
	p.mu.Lock()
	if p.broken == nil {
		p.broken = err
	}
	q := p.queue
	p.queue = nil
	p.mu.Unlock()
	for _, t := range q {
		t.fut.finish(nil, err)
	}
}

// Terminate kills the worker running f, if f is running: f fails with a
// *WorkerError and a fresh worker takes the next task. It reports whether
// f was running. (Cancel only stops futures that have not started.)
func (p *ProcessPool) Terminate(f *Future) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	// Under p.mu: f cannot finish and its worker move on to another task
	// between the lookup and the kill (slot removes f under p.mu first).
	w := p.running[f]
	if w == nil {
		return false
	}
	w.kill("terminated by Terminate")
	return true
}

// Shutdown stops accepting tasks; see Executor. Worker processes exit once
// the queue is empty (or cancelled), and with wait it returns when they
// have.
func (p *ProcessPool) Shutdown(wait, cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var cancelled []*procTask
	if cancelFutures {
		cancelled = p.queue
		p.queue = nil
	}
	for len(p.idle) > 0 {
		p.wakeSlot()
	}
	p.mu.Unlock()
	for _, t := range cancelled {
		t.fut.Cancel()
		t.fut.SetRunningOrNotifyCancel()
		if p.obs != nil {
			p.emit(EventDropped, "", t.fut, nil)
		}
	}
	if wait {
		p.wg.Wait()
	}
}

// Close is Shutdown(true, false); it returns nil.
func (p *ProcessPool) Close() error {
	p.Shutdown(true, false)
	return nil
}

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

// decodeResult reads the outcome of one call from m.
func decodeResult(fn string, m *fields, outs []reflect.Type) (any, error) {
	switch m.byte() {
	case resPanic:
		return nil, &PanicError{Func: fn, Value: m.string(), Stack: []byte(m.string())}
	case resErr:
		return nil, &RemoteError{Func: fn, Msg: m.string()}
	case resOK:
	default:
		m.fail()
		return nil, nil
	}
	n := m.count()
	if n != len(outs) {
		return nil, fmt.Errorf("executor: %s: worker sent %d results, want %d", fn, n, len(outs))
	}
	vals := make([]any, n)
	for i := range vals {
		raw := m.bytes()
		if x, ok := decodeInt(raw, outs[i]); ok {
			vals[i] = x
			continue
		}
		v := reflect.New(outs[i]).Elem()
		if err := decodeValue(raw, v); err != nil {
			return nil, fmt.Errorf("executor: %s: decoding result %d as %s: %w", fn, i, outs[i], err)
		}
		vals[i] = v.Interface()
	}
	switch n {
	case 0:
		return nil, nil
	case 1:
		return vals[0], nil
	}
	return vals, nil
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
