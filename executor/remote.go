package executor

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"time"
)

// Executors whose workers are other processes — ProcessPool here, and
// executors built on other transports, like the NATS cluster executor in
// executor/cluster — share what a task is on the wire: a RemoteTask,
// encoded by SubmitRemote or MapRemote, run in a WorkerProcess, and its
// reply decoded by RemoteTask.Decode.

// A RemoteTask is one future's work, encoded for a worker process: the
// name the worker knows the function by and the calls (one, or a chunk of
// Map) with their arguments as the worker protocol carries them.
type RemoteTask struct {
	Future *Future
	Func   string // the name the worker looks the function up by
	Calls  []byte // the encoded calls (count, then per call its arguments)

	outs  []reflect.Type // result types, without a trailing error
	vars  []globalVar    // ProcessPool: the values of the variables fn uses
	chunk int            // > 0: the result is []any of per-call values, of this many calls
	dst   []any          // where a chunk's values go (see decodeReply), or nil

	result func(any) any // NamedFunc.Result
}

// retype applies the task's NamedFunc.Result to what decodeReply gave:
// a value, or a chunk's values.
func (t *RemoteTask) retype(v any) any {
	if t.result == nil {
		return v
	}
	if t.chunk > 0 {
		vals, _ := v.([]any)
		for i, x := range vals {
			vals[i] = retype(x, t.result)
		}
		return v
	}
	return retype(v, t.result)
}

// SetID sets the task id of the task's future (Future.ID): executors
// number their tasks 1, 2, ... when they accept them.
func (t *RemoteTask) SetID(id uint64) { t.Future.id = id }

// Finish finishes the task's future with value v and error err (a chunk
// may have both: the values before its first failure, and the failure).
// It returns executor.ErrInvalidState if the future is already done.
func (t *RemoteTask) Finish(v any, err error) error { return t.Future.finish(v, err) }

// Chunk reports whether the task is a chunk of Map calls whose result is
// a []any.
func (t *RemoteTask) Chunk() bool { return t.chunk > 0 }

// ArgsSummary summarizes the task's arguments for events (Event.Args),
// as they cross to the worker.
func (t *RemoteTask) ArgsSummary() string {
	m := fields{b: t.Calls}
	if n := m.count(); n != 1 {
		return fmt.Sprintf("%d calls", n)
	}
	ft := reflect.ValueOf(unname(t.Future.fn)).Type()
	parts := make([]string, m.count())
	for i := range parts {
		raw := m.bytes()
		pt := ft.In(min(i, ft.NumIn()-1))
		if ft.IsVariadic() && i >= ft.NumIn()-1 {
			pt = pt.Elem()
		}
		v := reflect.New(pt).Elem()
		if x, ok := decodeInt(raw, pt); ok {
			parts[i] = fmt.Sprint(x)
		} else if decodeValue(raw, v) == nil {
			parts[i] = fmt.Sprint(v.Interface())
		} else {
			parts[i] = "?"
		}
	}
	return summarize(parts)
}

// Decode returns the result of the task from a worker's reply to it, as
// WorkerProcess.Run returns it: the value (or []any of a chunk's values)
// and the error the function returned or panicked with, as the task's
// future should finish with them.
func (t *RemoteTask) Decode(reply []byte) (any, error) {
	v, err := decodeReply(t.Func, fields{b: reply}, t.outs, t.chunk, t.dst, defaultErrors)
	return t.retype(v), err
}

// SubmitRemote validates and encodes fn(args...) as a RemoteTask and
// passes it to enqueue, which numbers it (SetID) and sends it to a worker
// or fails its future; it returns the future. Misuse (a function the
// worker cannot know by name, wrong arguments, values that cannot cross
// to another process) finishes the future with a *CallError and enqueue
// is not called. This is Executor.Submit for executors of worker
// processes.
func SubmitRemote(enqueue func(*RemoteTask), fn any, args ...any) *Future {
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
	enqueue(&RemoteTask{Future: f, Func: name, Calls: enc, outs: resultTypes(fn), result: resultFunc(fn)})
	return f
}

// MapRemote is Executor.MapIter for executors of worker processes: it
// checks and encodes every item before the first is submitted, then
// passes one RemoteTask per chunk (ChunkSize) to enqueue, in order. (Where
// no item can fail — scalar arguments of a fixed size, as they are — each
// chunk goes to enqueue as soon as it is encoded.)
func MapRemote(enqueue func(*RemoteTask), fn any, iterables ...any) *MapIterator {
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
	n := z.n
	outs := resultTypes(fn)
	it := &MapIterator{chunk: o.chunk, total: n}
	if o.chunk > 1 {
		it.all = make([]any, n) // the chunks' results, in place
	}
	submit := func(calls []byte) {
		f := &Future{fn: fn}
		start := len(it.futs) * o.chunk
		it.starts = append(it.starts, start)
		it.futs = append(it.futs, f)
		t := &RemoteTask{Future: f, Func: name, Calls: calls, outs: outs, result: resultFunc(fn)}
		if o.chunk > 1 {
			t.chunk = min(o.chunk, n-start)
			t.dst = it.all[start : start+t.chunk : start+t.chunk]
		}
		enqueue(t)
	}
	var chunks [][]byte
	buf := make([]any, len(its))
	direct := e.direct(z)
	stream := direct && e.infallible(o.chunk)
	if stream {
		it.ctx, it.cancel = o.waitContext()
	}
	last := 0 // the size of the last chunk: the next is about as large
	for start := 0; start < n; start += o.chunk {
		end := min(start+o.chunk, n)
		f := frame{b: make([]byte, 0, max(last+last/8, 64))}
		f.uint(uint64(end - start))
		if direct {
			var i int
			var err error
			if f.b, i, err = e.encodeItems(f.b, start, end); err != nil {
				return failedMap(fmt.Errorf("executor: map item %d: %w", i, err))
			}
		}
		for i := start; i < end && !direct; i++ {
			if err := e.encode(&f, z.args(i, buf)); err != nil {
				return failedMap(fmt.Errorf("executor: map item %d: %w", i, err))
			}
		}
		if err := fits(name, f.b); err != nil {
			return failedMap(fmt.Errorf("executor: map items %d to %d: %w", start, end-1, err))
		}
		last = len(f.b)
		if stream {
			submit(f.b)
		} else {
			chunks = append(chunks, f.b)
		}
	}
	if !stream {
		it.ctx, it.cancel = o.waitContext()
		for _, calls := range chunks {
			submit(calls)
		}
	}
	return it
}

// decodeReply decodes a worker's reply (ev, id, err, results): the
// result of a task, or nil for declarations loaded; chunk > 0 is the
// number of calls of a chunk, whose result is a []any of theirs: dst[:0]
// appended to, where dst is not nil (its capacity is chunk). A reply that
// does not parse, or has more results than calls, gives a
// *malformedReply.
func decodeReply(fn string, m fields, outs []reflect.Type, chunk int, dst []any, errs func(string) error) (any, error) {
	ev := m.byte()
	m.uint() // id: one request at a time
	if msg := m.string(); msg != "" {
		return nil, errors.New(msg)
	}
	var vals []any
	if ev == evDone {
		var sc scalarResults
		if chunk > 0 {
			if dst != nil {
				vals = dst[:0:chunk]
			} else {
				vals = make([]any, 0, chunk)
			}
			if len(outs) == 1 {
				sc.init(outs[0], chunk)
			}
		}
		for len(m.b) > 0 {
			if vals = sc.decode(&m, vals); len(m.b) == 0 {
				break
			}
			if chunk > 0 && len(vals) == chunk {
				m.err, m.b = fmt.Errorf("more results than the chunk's %d calls", chunk), nil
				break
			}
			v, err := decodeResult(fn, &m, outs, errs)
			if m.err != nil {
				break
			}
			if err != nil {
				if chunk > 0 {
					return vals, &chunkError{k: len(vals), err: err}
				}
				return nil, err
			}
			vals = append(vals, v)
		}
	}
	switch {
	case m.err != nil || (ev != evDone && ev != evDecls):
		return nil, &malformedReply{ev: ev, err: m.err}
	case ev == evDecls:
		return nil, nil
	case chunk > 0:
		return vals, nil
	case len(vals) != 1:
		return nil, fmt.Errorf("executor: %s: worker sent %d results for one call", fn, len(vals))
	}
	return vals[0], nil
}

// defaultErrors is ProcessConfig.Errors of the default configuration:
// the sentinel errors of tasks that executors other than a ProcessPool
// (executor/cluster) ran.
func defaultErrors(name string) error {
	if c, ok := DefaultProcessConfig(); ok && c.Errors != nil {
		return c.Errors(name)
	}
	return registeredError(name)
}

// malformedReply is the error of a reply that does not parse.
type malformedReply struct {
	ev  byte
	err error
}

func (e *malformedReply) Error() string {
	return fmt.Sprintf("malformed reply (event %q): %v", e.ev, e.err)
}

// DefaultProcessConfig returns the configuration set with
// SetDefaultProcessConfig, and whether one was set: what ProcessPools
// without WithProcessConfig use, and what other executors of worker
// processes (executor/cluster) start their workers and load them with.
func DefaultProcessConfig() (ProcessConfig, bool) {
	if c := defaultProcessConfig.Load(); c != nil {
		return *c, true
	}
	return ProcessConfig{}, false
}

// A WorkerProcess is one ProcessPool worker process driven by hand, for
// executors that get their tasks from elsewhere: a cluster worker takes
// tasks from a queue and runs each in its WorkerProcess exactly as a
// ProcessPool would. It is for one goroutine, but Kill may be called from
// any.
type WorkerProcess struct {
	w *worker
}

// StartWorkerProcess starts a worker process as cfg says (Command,
// Output; Declarations is not used: call Load; nor is Compile: the
// worker interprets what it loads) and waits until it is ready. name
// prefixes its output lines.
func StartWorkerProcess(cfg ProcessConfig, name string) (*WorkerProcess, error) {
	p := &ProcessPool{cfg: cfg, startTimeout: 30 * time.Second, interpreted: true}
	if runtime.GOMAXPROCS(0) > 1 {
		p.spin = DefaultSpin
	}
	if p.cfg.Command == nil {
		p.cfg.Command = selfCommand
	}
	if p.cfg.Output == nil {
		p.cfg.Output = io.Discard
	}
	w, err := p.startWorker(name)
	if err != nil {
		return nil, err
	}
	return &WorkerProcess{w: w}, nil
}

// SetVars sends the values of variables (EncodeVars) that the next Run
// uses; the worker fails that task if it cannot set them. Values the
// worker already has are not sent again.
func (wp *WorkerProcess) SetVars(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	vars, err := decodeVars(data)
	if err != nil {
		return err
	}
	return wp.w.sendVars(vars)
}

// Name returns the worker's name and pid, e.g. "worker (pid 4242)".
func (wp *WorkerProcess) Name() string { return wp.w.name }

// Pid returns the worker's process id.
func (wp *WorkerProcess) Pid() int { return wp.w.proc.Pid() }

// Load loads declarations data of generation gen into the worker (see
// ProcessConfig.Declarations).
func (wp *WorkerProcess) Load(gen uint64, data []byte) error {
	w := wp.w
	w.chunk = false
	w.out.reset()
	w.out.byte(opDecls)
	w.out.uint(0)
	w.out.uint(gen)
	w.out.bytes(data)
	_, err := w.call("", nil, 0, nil, 0)
	return err
}

// Run runs the calls of fn (RemoteTask.Calls) as task id and returns the
// worker's reply, for RemoteTask.Decode. The error is a *WorkerError when
// the worker died (its cause says how: Kill's why, an exit status, a
// crash); then start a new WorkerProcess. timeout > 0 kills the worker
// when the task runs longer.
func (wp *WorkerProcess) Run(id uint64, fn string, calls []byte, timeout time.Duration) ([]byte, error) {
	w := wp.w
	w.request(opTask, id, fn, calls)
	m, err := w.exchange(fn, timeout)
	var we *WorkerError
	if errors.As(err, &we) {
		we.Task, we.Func = id, fn
	}
	if err != nil {
		return nil, err
	}
	return bytes.Clone(m.b), nil
}

// Kill kills the worker process; the task it runs fails with a
// *WorkerError whose cause is why.
func (wp *WorkerProcess) Kill(why string) { wp.w.proc.Kill(why) }

// Dead reports whether the worker process has exited.
func (wp *WorkerProcess) Dead() bool { return wp.w.proc.Dead() }

// Stop ends the worker process: end of its requests, then a kill if it
// lingers.
func (wp *WorkerProcess) Stop() { wp.w.stop() }
