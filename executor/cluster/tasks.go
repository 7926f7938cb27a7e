package cluster

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/gofutures/gofutures/executor"
)

// send publishes accepted tasks, in order, and records their stream
// sequences (which cancel and the delivery limit need).
func (e *Executor) send() {
	for {
		select {
		case <-e.wake:
		case <-e.closed:
			return
		}
		e.mu.Lock()
		batch := e.outgoing
		e.outgoing = nil
		e.mu.Unlock()
		type sent struct {
			t   *task
			msg *nats.Msg
			paf jetstream.PubAckFuture
		}
		var acks []sent
		for _, t := range batch {
			if t.rt.Future.IsDone() { // cancelled before it was sent
				continue
			}
			if err := e.upload(t.decls); err != nil {
				e.complete(t, "", nil, err)
				continue
			}
			m := nats.NewMsg(e.n.taskSubject(e.id))
			id := strconv.FormatUint(t.rt.Future.ID(), 10)
			m.Header.Set(hdrTask, id)
			m.Header.Set(hdrExec, e.id)
			m.Header.Set(hdrFunc, t.rt.Func)
			m.Header.Set(hdrAckWait, e.ackWait.String())
			m.Header.Set(hdrGiveUp, e.opts.Conn.reconnectFor().String())
			if t.decls != "" {
				m.Header.Set(hdrDecls, t.decls)
			}
			m.Header.Set(jetstream.MsgIDHeader, e.id+"."+id)
			m.Data = t.rt.Calls
			if len(t.vars) > 0 {
				m.Header.Set(hdrVars, strconv.Itoa(len(t.vars)))
				m.Data = append(append(make([]byte, 0, len(t.vars)+len(t.rt.Calls)), t.vars...), t.rt.Calls...)
			}
			paf, err := e.js.PublishMsgAsync(m)
			if err != nil {
				paf = nil
			}
			acks = append(acks, sent{t, m, paf})
		}
		for _, s := range acks {
			var ack *jetstream.PubAck
			if s.paf != nil {
				select {
				case ack = <-s.paf.Ok():
				case <-s.paf.Err():
				}
			}
			if ack == nil {
				ack = e.publishRetrying(s.t, s.msg)
			}
			if ack != nil {
				e.sent(s.t, ack.Sequence)
			}
		}
	}
}

// publishRetrying publishes a task whose asynchronous publish failed, until
// the server has it or the connection is lost for good.
func (e *Executor) publishRetrying(t *task, m *nats.Msg) *jetstream.PubAck {
	for {
		if t.rt.Future.IsDone() {
			return nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		ack, err := e.js.PublishMsg(ctx, m)
		cancel()
		if err == nil {
			return ack
		}
		e.mu.Lock()
		lost := e.lost
		e.mu.Unlock()
		if lost != nil || e.nc.IsClosed() {
			e.complete(t, "", nil, lost)
			return nil
		}
		select {
		case <-e.closed:
			return nil
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// sent records that the server holds task t at stream sequence seq.
func (e *Executor) sent(t *task, seq uint64) {
	e.mu.Lock()
	_, open := e.tasks[t.rt.Future.ID()]
	if open {
		t.seq = seq
		e.bySeq[seq] = t.rt.Future.ID()
	}
	e.mu.Unlock()
	if !open && t.rt.Future.Cancelled() { // cancelled while it was being sent
		e.remove(seq)
	}
}

// remove deletes a task message from the queue, in the background.
func (e *Executor) remove(seq uint64) {
	e.background(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		e.mu.Lock()
		st := e.stream
		e.mu.Unlock()
		st.DeleteMsg(ctx, seq) // fails harmlessly if a worker acknowledged it
	})
}

func (e *Executor) background(fn func()) {
	select {
	case e.janitor <- fn:
	case <-e.closed:
	}
}

// onDone notices futures cancelled by their callers: a queued task is
// removed from the queue, and workers are told to skip it.
func (e *Executor) onDone(f *executor.Future) {
	if !f.Cancelled() {
		return
	}
	e.mu.Lock()
	t := e.tasks[f.ID()]
	if t == nil {
		e.mu.Unlock()
		return
	}
	e.forget(t)
	f.SetRunningOrNotifyCancel() // CancelledAndNotified: it will not run
	seq := t.seq
	e.mu.Unlock()
	if e.obs != nil {
		e.emit(executor.EventDropped, "", f, nil, "")
	}
	if seq != 0 {
		e.remove(seq)
	}
	e.nc.Publish(e.n.cancelSubject(), []byte(e.id+" "+strconv.FormatUint(f.ID(), 10)))
	e.pending.Done()
}

// forget drops t from the tables; e.mu is held.
func (e *Executor) forget(t *task) {
	delete(e.tasks, t.rt.Future.ID())
	if t.seq != 0 {
		delete(e.bySeq, t.seq)
	}
}

// complete finishes task t, unless it is done already; worker ran it.
func (e *Executor) complete(t *task, worker string, v any, err error) {
	e.mu.Lock()
	if e.tasks[t.rt.Future.ID()] != t {
		e.mu.Unlock()
		return // done already: a duplicate result, or cancelled
	}
	e.forget(t)
	ok := start(t.rt.Future)
	e.mu.Unlock()
	if ok {
		if e.obs != nil {
			e.emit(executor.EventFinished, worker, t.rt.Future, err, "")
		}
		t.rt.Finish(v, err)
	}
	e.pending.Done()
}

// start moves a pending future to Running; it reports false for a
// cancelled one. e.mu is held, which keeps two starts from racing.
func start(f *executor.Future) bool {
	switch f.State() {
	case executor.Running:
		return true
	case executor.Pending, executor.Cancelled:
		return f.SetRunningOrNotifyCancel()
	}
	return false
}

// onStarted: a worker took a task ("<task> <worker>").
func (e *Executor) onStarted(m *nats.Msg) {
	idText, worker, _ := strings.Cut(string(m.Data), " ")
	id, err := strconv.ParseUint(idText, 10, 64)
	if err != nil {
		return
	}
	e.mu.Lock()
	t := e.tasks[id]
	ok := t != nil && start(t.rt.Future)
	if ok {
		t.worker = worker
	}
	e.mu.Unlock()
	if ok && e.obs != nil {
		e.emit(executor.EventStarted, worker, t.rt.Future, nil, "")
	}
}

// onResult completes the task a result is for; the first result wins.
func (e *Executor) onResult(m jetstream.Msg) {
	h := m.Headers()
	id, err := strconv.ParseUint(h.Get(hdrTask), 10, 64)
	if err != nil {
		return
	}
	e.mu.Lock()
	t := e.tasks[id]
	e.mu.Unlock()
	if t == nil {
		return
	}
	worker := h.Get(hdrWorker)
	var v any
	switch died, failed := h.Get(hdrDied), h.Get(hdrFailed); {
	case died != "":
		err = &executor.WorkerError{Worker: worker, Task: id, Func: t.rt.Func, Cause: died}
	case failed != "":
		err = errors.New(failed)
	default:
		v, err = t.rt.Decode(m.Data())
	}
	e.complete(t, worker, v, err)
}

// onMaxDeliveries fails a task the server gave up delivering.
func (e *Executor) onMaxDeliveries(m *nats.Msg) {
	var adv struct {
		StreamSeq  uint64 `json:"stream_seq"`
		Deliveries int    `json:"deliveries"`
	}
	if json.Unmarshal(m.Data, &adv) != nil {
		return
	}
	e.mu.Lock()
	t := e.tasks[e.bySeq[adv.StreamSeq]]
	var worker string
	if t != nil {
		worker = t.worker
	}
	e.mu.Unlock()
	if t == nil {
		return
	}
	e.remove(adv.StreamSeq)
	e.complete(t, worker, nil, &DeliveryError{Task: t.rt.Future.ID(), Func: t.rt.Func, Deliveries: adv.Deliveries, Worker: worker})
}

// connClosed fails every pending task when the connection is lost for
// good.
func (e *Executor) connClosed(err error) {
	e.mu.Lock()
	if e.lost == nil {
		e.lost = &ConnectionError{URL: e.opts.URL, Op: "lost the connection to", Err: err}
	}
	lost := e.lost
	open := slices.Collect(maps.Values(e.tasks))
	e.mu.Unlock()
	for _, t := range open {
		e.complete(t, t.worker, nil, lost)
	}
}

// Terminate stops the task of f if a worker runs it: the worker kills the
// process running it and f fails with an *executor.WorkerError (its
// worker takes the next task with a fresh process). It reports whether f
// was running. (Cancel stops tasks that have not started.)
func (e *Executor) Terminate(f *executor.Future) bool {
	e.mu.Lock()
	t := e.tasks[f.ID()]
	ok := t != nil && t.rt.Future == f && f.Running()
	e.mu.Unlock()
	if ok {
		e.nc.Publish(e.n.cancelSubject(), []byte(e.id+" "+strconv.FormatUint(f.ID(), 10)))
	}
	return ok
}

// Shutdown stops accepting tasks; see executor.Executor. With
// cancelFutures the queued tasks are removed from the queue. Once every
// task is done the executor removes what is left of its tasks and results
// from the server, stops its local workers and disconnects; with wait,
// Shutdown returns then.
func (e *Executor) Shutdown(wait, cancelFutures bool) {
	e.mu.Lock()
	e.shutdown = true
	var open []*task
	if cancelFutures {
		open = slices.Collect(maps.Values(e.tasks))
	}
	e.mu.Unlock()
	for _, t := range open {
		t.rt.Future.Cancel() // only those that have not started
	}
	finish := func() {
		e.pending.Wait()
		e.closeOnce.Do(func() { e.closeErr = e.teardown() })
	}
	if wait {
		finish()
	} else {
		go finish()
	}
}

// Close is Shutdown(true, false); it returns the error of cleaning up on
// the server, if any.
func (e *Executor) Close() error {
	e.Shutdown(true, false)
	return e.closeErr
}

// consumeResults starts delivering the executor's results to onResult.
func (e *Executor) consumeResults(ctx context.Context) (jetstream.ConsumeContext, error) {
	rc, err := e.js.OrderedConsumer(ctx, e.n.resultsStream(), jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{e.n.resultsOf(e.id)},
	})
	if err != nil {
		return nil, fmt.Errorf("cluster: consuming results: %w", err)
	}
	cc, err := rc.Consume(e.onResult)
	if err != nil {
		return nil, fmt.Errorf("cluster: consuming results: %w", err)
	}
	return cc, nil
}

// ErrQueueLost is the error of tasks that were queued or running when the
// NATS server lost the queue: it restarted without keeping its JetStream
// store (Options.Memory, or a server without a store directory).
var ErrQueueLost = errors.New("cluster: the NATS server lost the queue of tasks (it restarted without its JetStream store); the task may not have run")

// queueCheckFor bounds how long reconnected tries to learn whether the
// server kept the queue: a server that just restarted may answer only
// once its JetStream is up, a loaded one slowly.
const queueCheckFor = 2 * time.Minute

// queueLost asks the server whether it still has the queue of tasks,
// again while it cannot tell (JetStream not up yet, a timeout), until
// ctx is done: true when it answers that the stream is gone, false with
// nil when it has it.
func (e *Executor) queueLost(ctx context.Context) (bool, error) {
	for wait := 50 * time.Millisecond; ; wait = min(2*wait, time.Second) {
		actx, cancel := context.WithTimeout(ctx, 10*time.Second)
		_, err := e.js.Stream(actx, e.n.tasksStream())
		cancel()
		switch {
		case err == nil:
			return false, nil
		case errors.Is(err, jetstream.ErrStreamNotFound):
			return true, nil
		case e.nc.IsClosed():
			return false, err
		}
		select {
		case <-ctx.Done():
			return false, err
		case <-time.After(wait):
		}
	}
}

// reconnected checks, after a reconnect, that the server still has the
// queue. If it lost it, every pending task fails with ErrQueueLost (none
// of them could finish) and the queue is set up anew for the next tasks.
func (e *Executor) reconnected(string) {
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), queueCheckFor)
		defer cancel()
		if lost, err := e.queueLost(ctx); !lost {
			if err != nil {
				fmt.Fprintf(e.out, "cluster: after a reconnect, could not tell whether the server kept the queue of tasks: %v\n", err)
			}
			return
		}
		e.mu.Lock()
		open := slices.Collect(maps.Values(e.tasks))
		e.mu.Unlock()
		for _, t := range open {
			e.complete(t, t.worker, nil, ErrQueueLost)
			// A worker may still run it: its result would go nowhere.
			e.nc.Publish(e.n.cancelSubject(), []byte(e.id+" "+strconv.FormatUint(t.rt.Future.ID(), 10)))
		}
		st, _, err := setUp(ctx, e.js, e.n, e.settings, true)
		if err != nil {
			fmt.Fprintf(e.out, "cluster: the server lost the queue; setting it up again failed: %v\n", err)
			return
		}
		objects, err := declsStore(ctx, e.js, e.settings.storage)
		if err != nil {
			fmt.Fprintf(e.out, "cluster: the server lost the queue; %v\n", err)
			return
		}
		e.declsMu.Lock()
		e.objects = objects
		clear(e.uploaded)
		e.declHash = "" // computed and stored again with the next task
		e.declsMu.Unlock()
		cc, err := e.consumeResults(ctx)
		if err != nil {
			fmt.Fprintf(e.out, "cluster: the server lost the queue; %v\n", err)
			return
		}
		e.mu.Lock()
		old := e.results
		e.stream, e.results = st, cc
		e.mu.Unlock()
		old.Stop()
		fmt.Fprintf(e.out, "cluster: the server had lost the queue (it restarted without its store): pending tasks failed; the queue is set up again\n")
	}()
}
