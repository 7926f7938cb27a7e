package cluster

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/gofutures/gofutures/executor"
)

// Options configure an Executor. The zero Options start an embedded NATS
// server and runtime.NumCPU() local workers.
type Options struct {
	// Conn is the NATS server and credentials. With Conn.URL empty the
	// executor starts an embedded server (JetStream on, loopback only,
	// store in a temporary directory) for its local workers.
	Conn
	// Queue names the pool of workers to use (default "default"):
	// workers started with `gofutures worker --nats URL --queue NAME`.
	Queue string
	// Workers is how many local workers to start (processes of
	// `gofutures worker --nats URL`, restarted if they die). Default:
	// runtime.NumCPU() with an embedded server, none with a URL; negative:
	// none.
	Workers int
	// AckWait is how long a task may go without word from its worker
	// before it is redelivered to another (workers report every third of
	// it while a task runs). Default 5s.
	AckWait time.Duration
	// MaxDeliver is how many times a task is delivered before its future
	// fails with a *DeliveryError. Default 3.
	MaxDeliver int
	// TTL bounds how long tasks and results stay on the server when the
	// executor goes away without Close (default 24h).
	TTL time.Duration
	// Memory keeps tasks and results in the server's memory instead of
	// files (faster; lost when the server restarts).
	Memory bool
	// Process gives the declarations that workers load (Declarations)
	// and receives what local workers print (Output, default os.Stdout).
	// Default: executor.DefaultProcessConfig, which the gofutures kernel
	// sets to the notebook's declarations.
	Process executor.ProcessConfig
	// WorkerCommand returns the command that starts a local worker with
	// the given flags (see WorkerMain). Default: the command set with
	// SetDefaultWorkerCommand, else this program again (see RunWorker).
	WorkerCommand func(args ...string) *exec.Cmd
	// Observer receives the task events (executor.Event), for the live
	// task table and the worker timeline; Worker is "host/pid".
	Observer executor.Observer
}

var defaultWorkerCommand atomic.Pointer[func(args ...string) *exec.Cmd]

// SetDefaultWorkerCommand sets how executors start local workers when
// Options.WorkerCommand is nil. The gofutures kernel's interpreter sets
// it to `gofutures worker ARGS...`.
func SetDefaultWorkerCommand(fn func(args ...string) *exec.Cmd) { defaultWorkerCommand.Store(&fn) }

// DeliveryError is the error of a task that was delivered MaxDeliver
// times without a result: each worker that took it went away (killed,
// lost its connection) before finishing it.
type DeliveryError struct {
	Task       uint64
	Func       string
	Deliveries int
	Worker     string // the last worker seen running it, if any
}

func (e *DeliveryError) Error() string {
	w := ""
	if e.Worker != "" {
		w = ", last on worker " + e.Worker
	}
	return fmt.Sprintf("cluster: task %d (%s) was delivered %d times, the delivery limit, and no worker finished it (each went away while running it%s)", e.Task, e.Func, e.Deliveries, w)
}

// Is reports whether target is ErrDeliveryLimit.
func (e *DeliveryError) Is(target error) bool { return target == ErrDeliveryLimit }

// ErrDeliveryLimit matches every *DeliveryError.
var ErrDeliveryLimit = errors.New("cluster: delivery limit reached")

// Executor is an executor.Executor whose tasks go to a NATS JetStream
// work queue and run in cluster workers (`gofutures worker --nats URL`)
// on any machine: the ProcessPool of a cluster. Tasks name their function
// as ProcessPool tasks do; workers load the notebook's declarations by
// content hash from the server and run tasks exactly as ProcessPool
// workers do.
//
// Cancel of a queued task removes it from the queue; Terminate stops a
// running one in its worker. A task whose worker goes away is redelivered
// (after AckWait) to another; after MaxDeliver deliveries its future fails
// with a *DeliveryError. The first result of a task wins.
type Executor struct {
	name string
	id   string
	opts Options
	n    names
	// ackWait is the AckWait this executor set on the queue's consumer.
	ackWait  time.Duration
	settings streamSettings
	out      io.Writer
	obs      executor.Observer

	nc      *nats.Conn
	js      jetstream.JetStream
	stream  jetstream.Stream
	objects jetstream.ObjectStore
	results jetstream.ConsumeContext // guarded by mu after New
	subs    []*nats.Subscription
	embed   *embedded
	locals  *localWorkers

	mu       sync.Mutex
	seq      uint64
	tasks    map[uint64]*task // accepted, not yet done
	bySeq    map[uint64]uint64
	shutdown bool
	lost     error
	outgoing []*task
	wake     chan struct{}
	pending  sync.WaitGroup // tasks not yet done

	declsMu  sync.Mutex
	declGen  uint64
	declHash string
	toUpload map[string][]byte // declarations by hash, until stored on the server
	uploaded map[string]bool

	janitor   chan func()
	closeOnce sync.Once
	closeErr  error
	closed    chan struct{}
}

// task is one accepted task.
type task struct {
	rt     *executor.RemoteTask
	decls  string // hash of the declarations it needs, or ""
	vars   []byte // the values of the variables it uses (executor.EncodeVars)
	seq    uint64 // stream sequence, once the server has it
	worker string // the worker last seen running it
}

var executorSeq atomic.Int64

// New connects to the NATS server of opts (or starts an embedded one),
// sets up the queue, starts the local workers, and returns the executor.
// Workers start in the background; tasks wait for them in the queue.
func New(opts Options) (*Executor, error) {
	if opts.Queue == "" {
		opts.Queue = DefaultQueue
	}
	if err := validQueue(opts.Queue); err != nil {
		return nil, err
	}
	if c, ok := executor.DefaultProcessConfig(); ok {
		if opts.Process.Declarations == nil {
			opts.Process.Declarations = c.Declarations
		}
		if opts.Process.Globals == nil {
			opts.Process.Globals = c.Globals
		}
		if opts.Process.Output == nil {
			opts.Process.Output = c.Output
		}
	}
	if opts.Process.Output == nil {
		opts.Process.Output = os.Stdout
	}
	settings := defaultSettings
	if opts.AckWait > 0 {
		settings.ackWait = opts.AckWait
	}
	if opts.MaxDeliver > 0 {
		settings.maxDeliver = opts.MaxDeliver
	}
	if opts.TTL > 0 {
		settings.ttl = opts.TTL
	}
	if opts.Memory {
		settings.storage = jetstream.MemoryStorage
	}
	var idb [8]byte
	rand.Read(idb[:])
	e := &Executor{
		name: "Cluster-" + strconv.FormatInt(executorSeq.Add(1), 10), id: hex.EncodeToString(idb[:]),
		n: names{opts.Queue}, out: opts.Process.Output, obs: opts.Observer,
		tasks: map[uint64]*task{}, bySeq: map[uint64]uint64{}, wake: make(chan struct{}, 1),
		uploaded: map[string]bool{}, toUpload: map[string][]byte{}, janitor: make(chan func(), 1024), closed: make(chan struct{}),
	}
	if opts.URL == "" {
		srv, err := startEmbedded(settings.storage)
		if err != nil {
			return nil, err
		}
		e.embed = srv
		opts.URL = srv.url
		if opts.Workers == 0 {
			opts.Workers = runtime.NumCPU()
		}
	}
	e.opts = opts
	e.ackWait = settings.ackWait
	fail := func(err error) (*Executor, error) {
		e.teardown()
		return nil, err
	}
	nc, err := opts.Conn.connect("gofutures "+e.name, e.out, connHandlers{closed: e.connClosed, reconnected: e.reconnected})
	if err != nil {
		return fail(err)
	}
	e.nc = nc
	if e.js, err = jetstream.New(nc); err != nil {
		return fail(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if e.stream, _, err = setUp(ctx, e.js, e.n, settings, true); err != nil {
		return fail(err)
	}
	if e.objects, err = declsStore(ctx, e.js, settings.storage); err != nil {
		return fail(err)
	}
	e.settings = settings
	if e.results, err = e.consumeResults(ctx); err != nil {
		return fail(err)
	}
	for subj, h := range map[string]nats.MsgHandler{
		e.n.eventSubject(e.id):      e.onStarted,
		e.n.maxDeliveriesAdvisory(): e.onMaxDeliveries,
		e.n.aliveSubject(e.id):      func(m *nats.Msg) { m.Respond(nil) },
	} {
		sub, err := nc.Subscribe(subj, h)
		if err != nil {
			return fail(err)
		}
		e.subs = append(e.subs, sub)
	}
	if err := nc.Flush(); err != nil {
		return fail(err)
	}
	go e.send()
	go func() {
		for {
			select {
			case fn := <-e.janitor:
				fn()
			case <-e.closed:
				return
			}
		}
	}()
	if opts.Workers > 0 {
		cmd := opts.WorkerCommand
		if cmd == nil {
			if p := defaultWorkerCommand.Load(); p != nil {
				cmd = *p
			} else {
				cmd = selfWorkerCommand
			}
		}
		args := append(opts.Conn.Args(), "--queue", opts.Queue)
		env := opts.Conn.Env()
		e.locals = startLocalWorkers(opts.Workers, func() *exec.Cmd {
			c := cmd(args...)
			if len(env) > 0 {
				c.Env = append(c.Environ(), env...)
			}
			return c
		}, e.out)
	}
	return e, nil
}

// Name returns the executor's name, e.g. "Cluster-1".
func (e *Executor) Name() string { return e.name }

// URL returns the NATS server the executor uses (the embedded one's, if it
// started one): what workers on other machines connect to.
func (e *Executor) URL() string { return e.opts.URL }

// LocalWorkers returns the process ids of the local workers running now.
func (e *Executor) LocalWorkers() []int {
	if e.locals == nil {
		return nil
	}
	return e.locals.pids()
}

// Submit schedules fn(args...) on a cluster worker; see executor.Executor.
func (e *Executor) Submit(fn any, args ...any) *executor.Future {
	return executor.SubmitRemote(e.enqueue, fn, args...)
}

// MapIter submits fn over the iterables, a chunk (executor.ChunkSize) per
// task; see executor.Executor.
func (e *Executor) MapIter(fn any, iterables ...any) *executor.MapIterator {
	return executor.MapRemote(e.enqueue, fn, iterables...)
}

// Map is MapIter collected; see executor.Executor.
func (e *Executor) Map(fn any, iterables ...any) ([]any, error) {
	return e.MapIter(fn, iterables...).Collect()
}

func (e *Executor) enqueue(rt *executor.RemoteTask) {
	hash := e.declarations()
	// The values the task's variables have now, as a pool sends them.
	vars, err := executor.EncodeVars(e.opts.Process, rt.Func)
	if err != nil {
		rt.Finish(nil, err)
		return
	}
	e.mu.Lock()
	switch {
	case e.shutdown:
		e.mu.Unlock()
		rt.Finish(nil, executor.ErrShutdown)
		return
	case e.lost != nil:
		e.mu.Unlock()
		rt.Finish(nil, e.lost)
		return
	}
	e.seq++
	rt.SetID(e.seq)
	t := &task{rt: rt, decls: hash, vars: vars}
	e.tasks[e.seq] = t
	e.pending.Add(1)
	e.outgoing = append(e.outgoing, t)
	e.mu.Unlock()
	if e.obs != nil {
		e.emit(executor.EventSubmitted, "", rt.Future, nil, rt.ArgsSummary())
	}
	rt.Future.AddDoneCallback(e.onDone)
	select {
	case e.wake <- struct{}{}:
	default:
	}
}

// declarations returns the hash of the current declarations, computing
// it when their generation changed.
func (e *Executor) declarations() string {
	if e.opts.Process.Declarations == nil {
		return ""
	}
	gen, data := e.opts.Process.Declarations()
	e.declsMu.Lock()
	defer e.declsMu.Unlock()
	if gen != e.declGen || e.declHash == "" {
		sum := sha256.Sum256(data)
		e.declGen, e.declHash = gen, hex.EncodeToString(sum[:])
		if !e.uploaded[e.declHash] {
			e.toUpload[e.declHash] = data
		}
	}
	return e.declHash
}

// upload stores the declarations of hash in the object store, once.
func (e *Executor) upload(hash string) error {
	e.declsMu.Lock()
	defer e.declsMu.Unlock()
	if hash == "" || e.uploaded[hash] {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := e.objects.GetInfo(ctx, hash); err != nil {
		data, ok := e.toUpload[hash]
		if !ok { // stored before, on a server that lost it since
			_, data = e.opts.Process.Declarations()
			if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != hash {
				return fmt.Errorf("cluster: the server lost the notebook's declarations %.12s, which have changed since", hash)
			}
		}
		if _, err := e.objects.PutBytes(ctx, hash, data); err != nil {
			return fmt.Errorf("cluster: storing the notebook's declarations on the server: %w", err)
		}
	}
	e.uploaded[hash] = true
	delete(e.toUpload, hash)
	return nil
}

func (e *Executor) emit(kind executor.EventKind, worker string, f *executor.Future, err error, args string) {
	e.obs.OnEvent(executor.Event{Kind: kind, Pool: e.name, Worker: worker, TaskID: f.ID(), Func: f.Name(),
		Time: time.Now(), Err: err, Future: f, Args: args})
}
