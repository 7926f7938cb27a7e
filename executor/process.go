package executor

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// ProcessPool is an Executor whose workers are processes: Python's
// ProcessPoolExecutor. Tasks name their function (a NamedFunc, a function
// declared at the top level of a notebook cell, one passed to Register, or
// in notebooks a function of the standard library: pool.Map(math.Sqrt,
// xs)) and their arguments and results cross the pipe by value
// (values.go). Where the workers are this compiled program (no
// ProcessConfig.Declarations), a standard-library function must be
// registered like any other; Submit and Map say so.
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
	interpreted  bool // WithCompiledWorkers(false)

	mu       sync.Mutex
	idle     []*idleSlot // slots waiting for a task, most recent last
	queue    []*RemoteTask
	seq      uint64
	shutdown bool
	broken   error
	running  map[*Future]*worker
	wg       sync.WaitGroup
	badProgs map[string]bool // compiled programs whose workers did not start
	told     map[string]bool // messages written to Output once
}

var processPoolSeq atomic.Int64

// NewProcessPool starts a pool of maxWorkers worker processes (0 means
// runtime.NumCPU()). Workers start at once, in the background; compiled
// workers (ProcessConfig.Compile) with the tasks that need them, for
// their program may still be building.
func NewProcessPool(maxWorkers int, opts ...ProcessOption) *ProcessPool {
	if maxWorkers < 0 {
		panic(fmt.Sprintf("executor: NewProcessPool: maxWorkers = %d; want > 0, or 0 for runtime.NumCPU()", maxWorkers))
	}
	if maxWorkers == 0 {
		maxWorkers = runtime.NumCPU()
	}
	p := &ProcessPool{max: maxWorkers, startTimeout: 30 * time.Second, running: map[*Future]*worker{}}
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
	if p.cfg.Globals == nil {
		p.cfg.Globals = registeredVars
	}
	if p.cfg.Errors == nil {
		p.cfg.Errors = registeredError
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

// Submit schedules fn(args...) in a worker process; see Executor.
func (p *ProcessPool) Submit(fn any, args ...any) *Future {
	if err := p.unreachable(fn); err != nil {
		f := &Future{fn: fn}
		f.finish(nil, err)
		return f
	}
	return SubmitRemote(func(t *RemoteTask) {
		vars, err := p.globals(t.Func)
		if err != nil {
			t.Future.finish(nil, err)
			return
		}
		t.vars = vars
		p.enqueue(t)
	}, fn, args...)
}

// MapIter submits fn over the iterables; see Executor. Chunks (ChunkSize)
// travel to a worker as one message.
func (p *ProcessPool) MapIter(fn any, iterables ...any) *MapIterator {
	if err := p.unreachable(fn); err != nil {
		return failedMap(err)
	}
	// The variables fn uses are encoded once, for every chunk.
	var vars []globalVar
	var verr error
	encoded := false
	return MapRemote(func(t *RemoteTask) {
		if !encoded {
			vars, verr = p.globals(t.Func)
			encoded = true
		}
		if verr != nil {
			t.Future.finish(nil, verr)
			return
		}
		t.vars = vars
		p.enqueue(t)
	}, fn, iterables...)
}

// unreachable returns the error of a task whose function the pool's
// workers cannot find: a standard-library function that workers which
// are this compiled program (no ProcessConfig.Declarations) do not have
// in their registry.
func (p *ProcessPool) unreachable(fn any) error {
	if p.cfg.Declarations != nil {
		return nil
	}
	return unregisteredStd(fn)
}

// Map is MapIter collected; see Executor.
func (p *ProcessPool) Map(fn any, iterables ...any) ([]any, error) {
	return p.MapIter(fn, iterables...).Collect()
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
	w.proc.Kill("terminated by Terminate")
	return true
}

// Shutdown stops accepting tasks; see Executor. Worker processes exit once
// the queue is empty (or cancelled), and with wait it returns when they
// have.
func (p *ProcessPool) Shutdown(wait, cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var cancelled []*RemoteTask
	if cancelFutures {
		cancelled = p.queue
		p.queue = nil
	}
	for len(p.idle) > 0 {
		p.wakeSlot()
	}
	p.mu.Unlock()
	for _, t := range cancelled {
		t.Future.Cancel()
		t.Future.SetRunningOrNotifyCancel()
		if p.obs != nil {
			p.emit(EventDropped, "", t.Future, nil)
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
