package executor

import (
	"fmt"
	"strconv"
	"time"
)

func (p *ProcessPool) enqueue(t *RemoteTask) {
	p.mu.Lock()
	if err := refusal(p.broken, p.shutdown); err != nil {
		p.mu.Unlock()
		t.Future.finish(nil, err)
		return
	}
	p.seq++
	t.SetID(p.seq)
	if p.obs != nil {
		// Observers hear of the task before any worker can start it, and
		// not under p.mu, so that they may submit tasks themselves.
		p.mu.Unlock()
		p.emitArgs(EventSubmitted, "", t.Future, nil, t.ArgsSummary())
		p.mu.Lock()
		if err := refusal(p.broken, p.shutdown); err != nil {
			p.mu.Unlock()
			t.Future.finish(nil, err)
			p.emit(EventDropped, "", t.Future, nil)
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
func (p *ProcessPool) next(s *idleSlot, idle bool) *RemoteTask {
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
	var w *worker
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
	// Compiled workers start for the slot's first task: their program may
	// still be building, and a pool closed before it has tasks must not
	// wait for that.
	if p.cfg.Compile == nil || p.interpreted {
		if start() != nil {
			return
		}
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
		// The worker is ready before the task runs: while it waits for a
		// program being built, the task can still be cancelled.
		if w != nil && p.stale(w) {
			// The declarations changed: a worker of the new program
			// (built first, if need be) takes the task.
			w.stop()
			w, tasks = nil, 0
		}
		var startErr error
		if w == nil {
			startErr = start()
		}
		if !t.Future.SetRunningOrNotifyCancel() {
			if p.obs != nil {
				p.emit(EventDropped, id, t.Future, nil) // w may be nil here
			}
			continue
		}
		if startErr != nil {
			t.Future.finish(nil, p.broken)
			continue
		}
		if p.obs != nil {
			p.emit(EventStarted, w.name, t.Future, nil)
		}
		p.mu.Lock()
		p.running[t.Future] = w
		p.mu.Unlock()
		v, err := w.run(p, t)
		tasks++
		recycle := w.proc.Dead() || (p.maxTasks > 0 && tasks >= p.maxTasks)
		p.mu.Lock()
		delete(p.running, t.Future)
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
			p.emit(EventFinished, w.name, t.Future, err) // before waiters wake, as in ThreadPool
		}
		var beforeCallbacks func()
		if idle {
			beforeCallbacks = func() {
				p.mu.Lock()
				me.finishing = true
				p.mu.Unlock()
			}
		}
		t.Future.finishThen(v, err, beforeCallbacks)
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
		t.Future.finish(nil, err)
	}
}
