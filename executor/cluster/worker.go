package cluster

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/gofutures/gofutures/executor"
)

// WorkerConfig configures a cluster worker (ServeWorker).
type WorkerConfig struct {
	// Conn is the NATS server to take tasks from; Conn.URL is required.
	Conn Conn
	// Queue is the queue to serve (default "default"); see Options.Queue.
	Queue string
	// Process starts the worker process that runs the tasks, a
	// ProcessPool worker (Command; default: this program with
	// executor.WorkerEnv=1), and receives its output (Output; default
	// os.Stdout). Declarations is not used: they come from the queue.
	Process executor.ProcessConfig
	// Name is the worker's name in events and errors; default
	// "host/pid".
	Name string
	// Notes receives connection notes; default os.Stderr.
	Notes io.Writer
}

// ServeWorker takes tasks from the queue and runs them, one at a time, in
// a ProcessPool worker process (started as cfg.Process says, loaded with
// the declarations each task names), and publishes their results, until
// ctx is done (it finishes the task it runs first) or the connection is
// lost for good (a *ConnectionError).
//
// A task whose worker process dies fails with an *executor.WorkerError,
// as in a ProcessPool, and a fresh worker process takes the next task. If
// this process dies instead, the task is redelivered to another worker
// once its AckWait passes.
func ServeWorker(ctx context.Context, cfg WorkerConfig) error {
	if cfg.Conn.URL == "" {
		return errors.New("cluster: worker: no NATS server URL")
	}
	if cfg.Queue == "" {
		cfg.Queue = DefaultQueue
	}
	if err := validQueue(cfg.Queue); err != nil {
		return err
	}
	if cfg.Name == "" {
		host, _ := os.Hostname()
		cfg.Name = host + "/" + strconv.Itoa(os.Getpid())
	}
	if cfg.Notes == nil {
		cfg.Notes = os.Stderr
	}
	if cfg.Process.Output == nil {
		cfg.Process.Output = os.Stdout
	}
	w := &worker{cfg: cfg, n: names{cfg.Queue}, cancelled: map[taskKey]time.Time{}, alive: map[string]time.Time{}}
	closed := make(chan error, 1)
	nc, err := cfg.Conn.connect("gofutures worker "+cfg.Name, cfg.Notes, connHandlers{
		closed: func(err error) { closed <- err },
		reconnected: func(string) {
			if p := w.puller(); p != nil {
				p.kick()
			}
			w.mu.Lock()
			if w.cancelFetch != nil {
				w.cancelFetch()
			}
			w.mu.Unlock()
			go w.checkRunning()
		},
	})
	if err != nil {
		return err
	}
	defer nc.Close()
	w.nc = nc
	if w.js, err = jetstream.New(nc); err != nil {
		return err
	}
	sub, err := nc.Subscribe(w.n.cancelSubject(), w.onCancel)
	if err != nil {
		return err
	}
	defer sub.Unsubscribe()
	defer w.stopProcess()
	pull, err := newPuller(nc, w.n)
	if err != nil {
		return err
	}
	w.mu.Lock()
	w.pull = pull
	w.mu.Unlock()
	defer w.pull.close()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case err := <-closed:
			w.lost.Store(&ConnectionError{URL: cfg.Conn.URL, Op: "lost the connection to", Err: err})
			cancel()
			// Its result could not be delivered: stop the running task.
			w.mu.Lock()
			if w.running != (taskKey{}) && w.killedBy == "" {
				w.killedBy = "its worker lost the connection to the NATS server"
				if w.wp != nil {
					w.wp.Kill(w.killedBy)
				}
			}
			w.mu.Unlock()
		case <-ctx.Done():
		}
	}()
	for ctx.Err() == nil {
		if w.cons == nil {
			if err := w.setUp(ctx); err != nil {
				if nc.IsClosed() || ctx.Err() != nil {
					break
				}
				fmt.Fprintf(cfg.Notes, "cluster: worker %s: %v; retrying\n", cfg.Name, err)
				sleep(ctx, time.Second)
				continue
			}
		}
		msg, err := w.pull.next(ctx, 5*time.Second)
		switch {
		case err == nil && msg != nil:
			w.handle(ctx, msg)
		case err == nil, ctx.Err() != nil:
		case errors.Is(err, errConsumerGone):
			w.cons = nil
		default:
			sleep(ctx, 250*time.Millisecond) // disconnected: the client reconnects meanwhile
		}
	}
	if e := w.lost.Load(); e != nil {
		return e
	}
	return nil
}

// withTimeout returns a context that ends after d; its cancel is left to
// the timer (the contexts are short-lived).
func withTimeout(ctx context.Context, d time.Duration) context.Context {
	c, cancel := context.WithTimeout(ctx, d)
	time.AfterFunc(d, cancel)
	return c
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

type taskKey struct {
	exec string
	id   uint64
}

type worker struct {
	cfg  WorkerConfig
	n    names
	nc   *nats.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer
	pull *puller
	obs  jetstream.ObjectStore
	lost atomicErr

	wp      *executor.WorkerProcess
	loaded  string // hash of the declarations wp has
	gen     uint64
	ackWait time.Duration

	mu      sync.Mutex
	running taskKey
	seq     uint64 // stream sequence of the running task
	// cancelFetch ends a fetch of declarations (a reconnect).
	cancelFetch context.CancelFunc
	killedBy    string // why the running task's process was killed
	cancelled   map[taskKey]time.Time
	alive       map[string]time.Time // executors known to live, and when they answered
}

type atomicErr struct {
	mu  sync.Mutex
	err error
}

func (a *atomicErr) Store(err error) { a.mu.Lock(); a.err = err; a.mu.Unlock() }
func (a *atomicErr) Load() error     { a.mu.Lock(); defer a.mu.Unlock(); return a.err }

func (w *worker) setUp(ctx context.Context) error {
	c := withTimeout(ctx, 10*time.Second)
	_, cons, err := setUp(c, w.js, w.n, defaultSettings, false)
	if err != nil {
		return err
	}
	obs, err := declsStore(c, w.js, defaultSettings.storage)
	if err != nil {
		return err
	}
	w.cons, w.obs = cons, obs
	w.ackWait = defaultSettings.ackWait
	if info := cons.CachedInfo(); info != nil && info.Config.AckWait > 0 {
		w.ackWait = info.Config.AckWait
	}
	return nil
}

// onCancel stops a task: "<executor> <task>". A queued one is skipped when
// it comes; the process running one is killed.
func (w *worker) onCancel(m *nats.Msg) {
	exec, idText, ok := strings.Cut(string(m.Data), " ")
	id, err := strconv.ParseUint(idText, 10, 64)
	if !ok || err != nil {
		return
	}
	k := taskKey{exec, id}
	w.mu.Lock()
	defer w.mu.Unlock()
	now := time.Now()
	if len(w.cancelled) > 10000 {
		for k, t := range w.cancelled {
			if now.Sub(t) > 10*time.Minute {
				delete(w.cancelled, k)
			}
		}
	}
	w.cancelled[k] = now
	if w.running == k && w.killedBy == "" {
		w.killedBy = "cancelled by its executor (Terminate)"
		if w.wp != nil {
			w.wp.Kill(w.killedBy)
		}
	}
}

// executorAlive reports whether the executor of a task lives. An
// executor that went away without Close (its process killed) leaves tasks
// nobody waits for: a worker that finds no executor answering for longer
// than it would try to reconnect (giveUp, which its tasks carry) removes
// them and their results from the server. Until then the worker holds the
// task, for the executor may be reconnecting. A timeout counts as alive.
func (w *worker) executorAlive(ctx context.Context, exec string, giveUp time.Duration, msg *nats.Msg) bool {
	if t, ok := w.alive[exec]; ok && time.Since(t) < 2*time.Second {
		return true
	}
	deadline := time.Now().Add(giveUp + 2*time.Second)
	for {
		_, err := w.nc.Request(w.n.aliveSubject(exec), nil, 2*time.Second)
		if !errors.Is(err, nats.ErrNoResponders) {
			if len(w.alive) > 1000 {
				clear(w.alive)
			}
			w.alive[exec] = time.Now()
			return true
		}
		if time.Now().After(deadline) {
			break
		}
		msg.Respond(ackInProgress)
		if sleep(ctx, 250*time.Millisecond); ctx.Err() != nil {
			return true // not known to be gone
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if st, err := w.js.Stream(ctx, w.n.tasksStream()); err == nil {
		st.Purge(ctx, jetstream.WithPurgeSubject(w.n.taskSubject(exec)))
	}
	if st, err := w.js.Stream(ctx, w.n.resultsStream()); err == nil {
		st.Purge(ctx, jetstream.WithPurgeSubject(w.n.resultsOf(exec)))
	}
	fmt.Fprintf(w.cfg.Notes, "cluster: worker %s: executor %s is gone; removed its tasks from the queue\n", w.cfg.Name, exec)
	return false
}

func (w *worker) puller() *puller {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.pull
}

// hasTask reports whether the tasks stream holds task k at sequence
// seq.
func (w *worker) hasTask(ctx context.Context, k taskKey, seq uint64) (bool, error) {
	st, err := w.js.Stream(ctx, w.n.tasksStream())
	if err != nil {
		return false, err
	}
	m, err := st.GetMsg(ctx, seq)
	if err != nil {
		return false, err
	}
	id, err := strconv.ParseUint(m.Header.Get(hdrTask), 10, 64)
	return err == nil && id == k.id && m.Header.Get(hdrExec) == k.exec, nil
}

// missingFor is how long a server must go on not having a running task
// before its worker stops it.
const missingFor = 3 * time.Second

// checkRunning, after a reconnect, stops the running task if the server
// no longer has it (it restarted without its store, or its executor
// removed it): its result would go nowhere.
func (w *worker) checkRunning() {
	w.mu.Lock()
	k, seq := w.running, w.seq
	w.mu.Unlock()
	if seq == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// A server that restarted from its store may answer "not found" for
	// a while as it recovers its streams, and one that lost its store
	// numbers new tasks from 1 again: the task is gone when the server
	// has gone on, for missingFor, not having it at its sequence.
	var since time.Time
	for {
		has, err := w.hasTask(ctx, k, seq)
		switch {
		case has:
			return
		case err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) && !errors.Is(err, jetstream.ErrMsgNotFound):
			return // the server does not say
		case since.IsZero():
			since = time.Now()
		}
		if time.Since(since) >= missingFor {
			break
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(missingFor / 10):
		}
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.running == k && w.killedBy == "" {
		w.killedBy = "the server no longer has the task"
		if w.wp != nil {
			w.wp.Kill(w.killedBy)
		}
	}
}

// handle runs one task message and publishes its result; the message is
// acknowledged once the result is stored.
func (w *worker) handle(ctx context.Context, msg *nats.Msg) {
	h := msg.Header
	exec, fn, hash := h.Get(hdrExec), h.Get(hdrFunc), h.Get(hdrDecls)
	id, err := strconv.ParseUint(h.Get(hdrTask), 10, 64)
	if err != nil || exec == "" || fn == "" {
		msg.Respond(ackTerm) // not a task
		return
	}
	k := taskKey{exec, id}
	w.mu.Lock()
	_, cancelled := w.cancelled[k]
	if !cancelled {
		w.running, w.killedBy, w.seq = k, "", 0
		if md, err := msg.Metadata(); err == nil {
			w.seq = md.Sequence.Stream
		}
	}
	w.mu.Unlock()
	if cancelled {
		msg.Respond(ackTerm)
		return
	}
	giveUp, err := time.ParseDuration(h.Get(hdrGiveUp))
	if err != nil {
		giveUp = 30 * time.Second
	}
	alive := w.executorAlive(ctx, exec, giveUp, msg)
	if ctx.Err() != nil { // stopping: another worker takes it
		w.mu.Lock()
		w.running = taskKey{}
		w.mu.Unlock()
		msg.Respond(ackNak)
		return
	}
	if !alive {
		w.mu.Lock()
		w.running = taskKey{}
		w.mu.Unlock()
		msg.Respond(ackTerm)
		return
	}
	w.nc.Publish(w.n.eventSubject(exec), fmt.Appendf(nil, "%d %s", id, w.cfg.Name))
	stop := w.keepAlive(msg, h.Get(hdrAckWait))
	vars, calls := splitVars(h.Get(hdrVars), msg.Data)
	reply, died, failed := w.run(ctx, id, fn, hash, vars, calls)
	stop()
	w.mu.Lock()
	w.running = taskKey{}
	w.mu.Unlock()
	if errors.Is(failed, errRetry) {
		msg.Respond(ackNak) // not this task's fault: it goes to a worker again
		return
	}

	res := nats.NewMsg(w.n.resultSubject(exec, id))
	res.Header.Set(hdrTask, strconv.FormatUint(id, 10))
	res.Header.Set(hdrWorker, w.cfg.Name)
	switch {
	case died != "":
		res.Header.Set(hdrDied, died)
	case failed != nil:
		res.Header.Set(hdrFailed, failed.Error())
	default:
		res.Data = reply
	}
	paf, err := w.js.PublishMsgAsync(res)
	if err != nil {
		return // not acknowledged: the task is redelivered
	}
	go func() {
		select {
		case <-paf.Ok():
			msg.Respond(ackDone)
		case <-paf.Err():
			msg.Respond(ackNak)
		}
	}()
}

// keepAlive tells the server the task is in progress every third of its
// AckWait (the shorter of the consumer's when this worker set up and the
// one its executor set since, which the task carries), and at least once
// a second, so that a long task is not redelivered while its worker
// lives.
func (w *worker) keepAlive(msg *nats.Msg, executorAckWait string) (stop func()) {
	every := min(w.ackWait/3, time.Second)
	if d, err := time.ParseDuration(executorAckWait); err == nil && d > 0 {
		every = min(every, d/3)
	}
	every = max(every, 10*time.Millisecond)
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				msg.Respond(ackInProgress)
			}
		}
	}()
	return func() { close(done) }
}

// run runs the task in the worker process: its reply, or why it has none
// (died: the process died; failed: the task could not run).
func (w *worker) run(ctx context.Context, id uint64, fn, hash string, vars, calls []byte) (reply []byte, died string, failed error) {
	if w.wp == nil || w.wp.Dead() {
		w.stopProcess()
		wp, err := executor.StartWorkerProcess(w.cfg.Process, w.cfg.Name)
		if err != nil {
			return nil, "", fmt.Errorf("cluster: worker %s could not start its worker process: %v", w.cfg.Name, err)
		}
		w.mu.Lock()
		w.wp = wp
		w.mu.Unlock()
	}
	if hash != "" && hash != w.loaded {
		data, err := w.fetch(ctx, hash)
		if errors.Is(err, jetstream.ErrObjectNotFound) {
			return nil, "", fmt.Errorf("cluster: worker %s: the server has no declarations %.12s (expired?): %v", w.cfg.Name, hash, err)
		}
		if err != nil { // the connection, most likely: try again later
			return nil, "", fmt.Errorf("%w: fetching the declarations %.12s: %v", errRetry, hash, err)
		}
		w.gen++
		if err := w.wp.Load(w.gen, data); err != nil {
			if w.wp.Dead() {
				return nil, w.death(err), nil
			}
			return nil, "", fmt.Errorf("cluster: worker %s could not load the notebook's declarations: %v", w.cfg.Name, err)
		}
		w.loaded = hash
	}
	// Terminated while its process started (after this, Terminate kills
	// the process).
	w.mu.Lock()
	why := w.killedBy
	w.mu.Unlock()
	if why != "" {
		w.stopProcess() // the kill may have reached it
		return nil, why, nil
	}
	if err := w.wp.SetVars(vars); err != nil {
		if w.wp.Dead() {
			return nil, w.death(err), nil
		}
		return nil, "", fmt.Errorf("cluster: %s: sending the variables it uses: %w", fn, err)
	}
	reply, err := w.wp.Run(id, fn, calls, 0)
	// From here on no kill is meant for this task; one sent meanwhile may
	// still reach the process, which the next task must not inherit.
	w.mu.Lock()
	w.running = taskKey{}
	killed := w.killedBy != ""
	w.mu.Unlock()
	if err != nil {
		if w.wp.Dead() || killed {
			return nil, w.death(err), nil
		}
		return nil, "", err
	}
	if killed {
		w.stopProcess()
	}
	return reply, "", nil
}

// splitVars splits a task's data into the values of its variables (the
// first n bytes, n from the hdrVars header) and its calls.
func splitVars(n string, data []byte) (vars, calls []byte) {
	k, err := strconv.Atoi(n)
	if err != nil || k <= 0 || k > len(data) {
		return nil, data
	}
	return data[:k], data[k:]
}

// errRetry marks a failure that is not the task's: the task is handed
// back to the queue.
var errRetry = errors.New("cluster: retry")

// fetch gets declarations from the object store; a reconnect ends the
// wait (the server may have restarted), see kick.
func (w *worker) fetch(ctx context.Context, hash string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	w.mu.Lock()
	w.cancelFetch = cancel
	w.mu.Unlock()
	defer func() {
		w.mu.Lock()
		w.cancelFetch = nil
		w.mu.Unlock()
	}()
	return w.obs.GetBytes(ctx, hash)
}

// death describes how the worker process died and lets the next task
// start a fresh one.
func (w *worker) death(err error) string {
	w.mu.Lock()
	why := w.killedBy
	w.mu.Unlock()
	var we *executor.WorkerError
	if errors.As(err, &we) {
		why = we.Cause
	} else if why == "" {
		why = err.Error()
	}
	w.stopProcess()
	return why
}

func (w *worker) stopProcess() {
	w.mu.Lock()
	wp := w.wp
	w.wp = nil
	w.mu.Unlock()
	w.loaded = ""
	if wp != nil {
		wp.Stop()
	}
}
