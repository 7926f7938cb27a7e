package executor

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
)

// A PoolOption configures a ThreadPool.
type PoolOption func(*ThreadPool)

// WithInitializer runs fn(args...) at the start of every worker (Python's
// initializer/initargs). If it fails (returns an error or panics) the pool
// is broken: pending and later tasks fail with an error matching ErrBroken
// and wrapping the initializer's error.
func WithInitializer(fn any, args ...any) PoolOption {
	return func(p *ThreadPool) { p.initFn, p.initArgs = fn, args }
}

// WithName sets the pool name used in events and worker ids (Python's
// thread_name_prefix). Default "ThreadPool-<n>".
func WithName(name string) PoolOption {
	return func(p *ThreadPool) { p.name = name }
}

// WithObserver installs o to receive the pool's task events; given more
// than once, every observer receives every event, in order. Without one,
// events cost a nil check.
func WithObserver(o Observer) PoolOption {
	return func(p *ThreadPool) {
		switch prev := p.obs.(type) {
		case nil:
			p.obs = o
		case observers:
			p.obs = append(prev[:len(prev):len(prev)], o)
		default:
			if o != nil {
				p.obs = observers{prev, o}
			}
		}
	}
}

var poolSeq atomic.Int64

// A ThreadPool runs tasks on at most MaxWorkers goroutines: Python's
// ThreadPoolExecutor. Workers start lazily, one per Submit while none is
// idle, and are named "<pool name>_<i>" ("ThreadPool-1_0", ...). The
// queue is unbounded, so Submit never blocks (and a task may submit to its
// own pool). Create it with NewThreadPool (the zero ThreadPool is ready
// to use too, with runtime.NumCPU() workers and no options); always
// Shutdown or Close it.
type ThreadPool struct {
	mu       sync.Mutex
	cond     sync.Cond // workers wait here for tasks; signalled under mu
	queue    []*Future
	head     int
	idle     int // workers waiting on cond
	busy     int // workers that took a task and have not asked for the next
	workers  int
	max      int
	seq      uint64
	shutdown bool
	broken   error
	wg       sync.WaitGroup

	name     string
	initFn   any
	initArgs []any
	obs      Observer
}

var _ Executor = (*ThreadPool)(nil)

// NewThreadPool returns a pool of at most maxWorkers goroutines; 0 means
// runtime.NumCPU(). It panics if maxWorkers is negative, as make does with
// a negative size: that is a bug in the caller, not a run-time condition.
func NewThreadPool(maxWorkers int, opts ...PoolOption) *ThreadPool {
	if maxWorkers < 0 {
		panic(fmt.Sprintf("executor: NewThreadPool: maxWorkers = %d; want > 0, or 0 for runtime.NumCPU()", maxWorkers))
	}
	if maxWorkers == 0 {
		maxWorkers = runtime.NumCPU()
	}
	p := &ThreadPool{max: maxWorkers}
	for _, o := range opts {
		o(p)
	}
	p.setup()
	return p
}

// setup completes the pool; for a zero ThreadPool it runs on first use,
// with p.mu held.
func (p *ThreadPool) setup() {
	if p.max == 0 {
		p.max = runtime.NumCPU()
	}
	p.cond.L = &p.mu
	if p.name == "" {
		p.name = "ThreadPool-" + strconv.FormatInt(poolSeq.Add(1), 10)
	}
}

// MaxWorkers returns the worker bound.
func (p *ThreadPool) MaxWorkers() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.max == 0 {
		return runtime.NumCPU() // zero ThreadPool before first use
	}
	return p.max
}

// Name returns the pool name.
func (p *ThreadPool) Name() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.name
}

// Submit schedules fn(args...) and returns its future; see Executor.
func (p *ThreadPool) Submit(fn any, args ...any) *Future {
	f := &Future{fn: fn}
	if len(args) != 0 || !isFast(unname(fn)) {
		c, err := prepare(fn, args)
		if err != nil {
			f.err = err
			f.state.Store(int32(Finished))
			return f
		}
		f.call = c
	}
	p.enqueue(f)
	return f
}

func unname(fn any) any {
	if nf, ok := fn.(NamedFunc); ok {
		return nf.Fn
	}
	return fn
}

func (p *ThreadPool) enqueue(f *Future) {
	// The summary is made now: once queued, a worker may run the task and
	// drop its arguments.
	var args string
	if p.obs != nil {
		args = f.call.argsSummary()
	}
	p.mu.Lock()
	if p.cond.L == nil {
		p.setup() // zero ThreadPool
	}
	if err := refusal(p.broken, p.shutdown); err != nil {
		p.mu.Unlock()
		f.finish(nil, err)
		return
	}
	p.seq++
	f.id = p.seq
	if p.obs != nil {
		// Observers hear of the task before any worker can start it, and
		// not under p.mu, so that they may submit tasks themselves.
		p.mu.Unlock()
		p.emitArgs(EventSubmitted, "", f, nil, args)
		p.mu.Lock()
		if err := refusal(p.broken, p.shutdown); err != nil {
			p.mu.Unlock()
			f.finish(nil, err)
			p.emit(EventDropped, "", f, nil)
			return
		}
	}
	p.queue = append(p.queue, f)
	if p.idle > 0 {
		p.idle--
		p.cond.Signal()
	} else if p.workers < p.max {
		p.workers++
		p.wg.Add(1)
		go p.worker(p.workers - 1)
	}
	p.mu.Unlock()
}

// refusal is why a pool takes no more tasks, or nil.
func refusal(broken error, shutdown bool) error {
	if broken == nil && shutdown {
		return ErrShutdown
	}
	return broken
}

// next blocks until there is a task and returns it, or returns nil when
// the worker should exit (shut down or broken, and nothing is queued).
// ran says the worker finished a task since it last called next.
func (p *ThreadPool) next(ran bool) *Future {
	p.mu.Lock()
	if ran {
		p.busy--
	}
	for p.head == len(p.queue) {
		if p.shutdown || p.broken != nil {
			p.mu.Unlock()
			return nil
		}
		p.idle++
		p.cond.Wait() // whoever wakes us has decremented idle
	}
	f := p.queue[p.head]
	p.queue[p.head] = nil
	p.head++
	p.busy++
	if p.head == len(p.queue) {
		if cap(p.queue) > 1<<16 {
			p.queue = nil // drained after a burst: give the memory back
		}
		p.queue, p.head = p.queue[:0], 0
	} else if p.head >= 1024 && p.head*2 >= len(p.queue) {
		n := copy(p.queue, p.queue[p.head:])
		clear(p.queue[n:])
		p.queue, p.head = p.queue[:n], 0
	}
	p.mu.Unlock()
	return f
}

func (p *ThreadPool) worker(i int) {
	id := p.name + "_" + strconv.Itoa(i)
	var cur *Future
	exited, initializing := false, p.initFn != nil
	defer func() {
		switch {
		case !exited && initializing:
			// runtime.Goexit in the initializer: a failed initializer.
			p.breakPool(&PanicError{Func: funcName(p.initFn), Value: "runtime.Goexit called in initializer"})
		case !exited:
			// runtime.Goexit in a task: fail the task and replace this worker.
			p.goexited(cur, i)
		}
		p.wg.Done()
	}()
	if initializing {
		if err := p.runInit(); err != nil {
			p.breakPool(err)
			exited = true
			return
		}
		initializing = false
	}
	for {
		cur = p.next(cur != nil)
		if cur == nil {
			exited = true
			return
		}
		p.run(cur, id)
	}
}

func (p *ThreadPool) run(f *Future, worker string) {
	if !f.SetRunningOrNotifyCancel() {
		if p.obs != nil {
			p.emit(EventDropped, worker, f, nil)
		}
		return
	}
	if p.obs != nil {
		p.emit(EventStarted, worker, f, nil)
	}
	v, err := invoke(f)
	f.call = nil // let the arguments go
	if p.obs != nil {
		// Before the future completes: whoever waits for it sees an
		// observer (a live table) already up to date.
		p.emit(EventFinished, worker, f, err)
	}
	f.finish(v, err)
}

// invoke calls f's function, turning a panic into a *PanicError.
func invoke(f *Future) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newPanicError(f.Name(), r)
		}
	}()
	if f.call != nil {
		return f.call.do()
	}
	return invokeFast(unname(f.fn))
}

func (p *ThreadPool) goexited(f *Future, i int) {
	if f != nil && f.State() == Running {
		f.finish(nil, &PanicError{Func: f.Name(), Value: "runtime.Goexit called in task"})
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if f != nil {
		p.busy--
	}
	if p.head < len(p.queue) && p.broken == nil {
		p.wg.Add(1)
		go p.worker(i)
		return
	}
	p.workers--
}

func (p *ThreadPool) runInit() (err error) {
	c, err := prepare(p.initFn, p.initArgs)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = newPanicError(funcName(p.initFn), r)
		}
	}()
	_, err = c.do()
	return err
}

// breakPool marks the pool broken and fails every queued task.
func (p *ThreadPool) breakPool(cause error) {
	err := fmt.Errorf("%w: initializer %s failed: %w", ErrBroken, funcName(p.initFn), cause)
	p.mu.Lock()
	if p.broken == nil {
		p.broken = err
	}
	err = p.broken
	queued := p.takeQueue()
	p.idle = 0
	p.cond.Broadcast()
	p.mu.Unlock()
	for _, f := range queued {
		if f.State() == Pending {
			f.finish(nil, err)
		} else {
			f.SetRunningOrNotifyCancel()
		}
	}
}

// takeQueue empties the queue; p.mu must be held.
func (p *ThreadPool) takeQueue() []*Future {
	q := append([]*Future(nil), p.queue[p.head:]...)
	clear(p.queue)
	p.queue, p.head = p.queue[:0], 0
	return q
}

// Shutdown stops accepting tasks; see Executor.
func (p *ThreadPool) Shutdown(wait, cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var queued []*Future
	if cancelFutures {
		queued = p.takeQueue()
	}
	p.idle = 0
	p.cond.Broadcast()
	p.mu.Unlock()
	for _, f := range queued {
		f.Cancel()
		if f.SetRunningOrNotifyCancel() { // cannot happen: nobody else runs it
			f.finish(nil, &CancelledError{Func: f.Name()})
		} else if p.obs != nil {
			p.emit(EventDropped, "", f, nil)
		}
	}
	if wait {
		p.wg.Wait()
	}
}

// Close is Shutdown(true, false).
func (p *ThreadPool) Close() error {
	p.Shutdown(true, false)
	return nil
}
