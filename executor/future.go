package executor

import (
	"context"
	"fmt"
	"log"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"
)

// State is the life-cycle state of a Future. It follows Python's
// concurrent.futures states:
//
//	Pending ──run──▶ Running ──▶ Finished
//	   │
//	   └─Cancel──▶ Cancelled ──executor drops it──▶ CancelledAndNotified
//
// A future is done in Finished, Cancelled and CancelledAndNotified.
// Unlike Python, a cancelled future is done at once for every waiter
// (Result, Done, Wait, AsCompleted); CancelledAndNotified only records that
// the executor has seen the cancellation and will never run the function.
type State int32

const (
	Pending State = iota
	Running
	Cancelled
	CancelledAndNotified
	Finished
)

var stateNames = [...]string{"pending", "running", "cancelled", "cancelled and notified", "finished"}

func (s State) String() string {
	if s >= 0 && int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int32(s))
}

func (s State) done() bool { return s >= Cancelled }

// closedChan is returned by Done for futures that were done before anyone
// asked for the channel, so most futures never allocate one.
var closedChan = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// A Future is the eventual result of one function call: Python's
// concurrent.futures.Future. It is safe for concurrent use. Futures are
// created by an Executor's Submit; NewFuture exists for Executor
// implementations and tests.
//
// The result is untyped (any): this is the one implementation both faces
// of the package share. Compiled programs can use TypedFuture[T] from
// Submit[T] instead of asserting.
type Future struct {
	state atomic.Int32
	mu    sync.Mutex
	ext   *waiting // nil until someone waits or adds a callback

	value any
	err   error

	id   uint64
	fn   any          // function as submitted (for names); nil for NewFuture
	call *reflectCall // validated reflective call, or nil for fast-path fns
}

// waiting holds what only futures someone waits on need, so that the
// common future stays small.
type waiting struct {
	done      chan struct{} // nil until someone asks, see Done
	callbacks []func(*Future)
	waiters   []chan *Future
}

// wait returns f.ext, allocating it; f.mu must be held.
func (f *Future) wait() *waiting {
	if f.ext == nil {
		f.ext = new(waiting)
	}
	return f.ext
}

// NewFuture returns a pending future with no function attached. It is for
// Executor implementations (and tests), which drive it with
// SetRunningOrNotifyCancel, SetResult and SetErr.
func NewFuture() *Future { return new(Future) }

// State returns the current state.
func (f *Future) State() State { return State(f.state.Load()) }

// ID returns the task id the executor gave the future (1, 2, ... per pool),
// or 0.
func (f *Future) ID() uint64 { return f.id }

// Name returns the name of the submitted function: the name given to
// Named, the Go name of a compiled function (without its import path, and
// without "main." for package main's: "gcd", "strings.ToUpper"), or
// "fn <type>" for anonymous (e.g. interpreted) functions.
func (f *Future) Name() string { return funcName(f.fn) }

// Running reports whether the function is running now.
func (f *Future) Running() bool { return f.State() == Running }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool {
	s := f.State()
	return s == Cancelled || s == CancelledAndNotified
}

// IsDone reports whether the future is done: finished or cancelled
// (Python's done()). Use Done for a channel to select on.
func (f *Future) IsDone() bool { return f.State().done() }

// Done returns a channel that is closed when the future is done, like
// context.Context.Done.
func (f *Future) Done() <-chan struct{} {
	if f.State().done() {
		return closedChan
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State().done() {
		return closedChan
	}
	w := f.wait()
	if w.done == nil {
		w.done = make(chan struct{})
	}
	return w.done
}

// Cancel cancels the future if it is still pending and reports whether the
// future is cancelled: true if it was pending or already cancelled, false
// if it is running or finished. A cancelled future's function never runs;
// its Result and Err return a *CancelledError at once.
func (f *Future) Cancel() bool {
	f.mu.Lock()
	switch s := f.State(); {
	case s == Cancelled || s == CancelledAndNotified:
		f.mu.Unlock()
		return true
	case s != Pending:
		f.mu.Unlock()
		return false
	}
	if !f.state.CompareAndSwap(int32(Pending), int32(Cancelled)) {
		f.mu.Unlock()
		return false // a worker started it just now
	}
	f.err = &CancelledError{Func: f.Name()}
	f.complete(nil) // unlocks
	return true
}

// SetRunningOrNotifyCancel moves a pending future to Running and returns
// true, or, if it was cancelled, marks it CancelledAndNotified and returns
// false: the executor must then drop it. It panics on a future in any
// other state, as Python does. For Executor implementations.
func (f *Future) SetRunningOrNotifyCancel() bool {
	if f.state.CompareAndSwap(int32(Pending), int32(Running)) {
		return true
	}
	if f.state.CompareAndSwap(int32(Cancelled), int32(CancelledAndNotified)) {
		return false
	}
	panic(fmt.Sprintf("executor: SetRunningOrNotifyCancel on a %s future", f.State()))
}

// SetResult finishes the future with value v. It returns ErrInvalidState
// if the future is already done. For Executor implementations.
func (f *Future) SetResult(v any) error { return f.finish(v, nil) }

// SetErr finishes the future with error err (Python's set_exception). It
// returns ErrInvalidState if the future is already done. For Executor
// implementations.
func (f *Future) SetErr(err error) error { return f.finish(nil, err) }

func (f *Future) finish(v any, err error) error { return f.finishThen(v, err, nil) }

// finishThen is finish that calls beforeCallbacks, if not nil, after
// waking the waiters and before running done callbacks, if there are any.
func (f *Future) finishThen(v any, err error, beforeCallbacks func()) error {
	f.mu.Lock()
	if f.State().done() {
		f.mu.Unlock()
		return ErrInvalidState
	}
	f.value, f.err = v, err
	f.state.Store(int32(Finished))
	f.complete(beforeCallbacks)
	return nil
}

// complete runs with f.mu held and the state already terminal: it wakes
// everyone waiting, unlocks, and runs the done callbacks (after calling
// beforeCallbacks, if not nil).
func (f *Future) complete(beforeCallbacks func()) {
	w := f.ext
	f.ext = nil
	f.mu.Unlock()
	if w == nil {
		return
	}
	ch, cbs, ws := w.done, w.callbacks, w.waiters
	if ch != nil {
		close(ch)
	}
	for _, w := range ws {
		select {
		case w <- f: // capacity is reserved by the waiter
		default:
		}
	}
	if len(cbs) > 0 && beforeCallbacks != nil {
		beforeCallbacks()
	}
	for _, cb := range cbs {
		f.runCallback(cb)
	}
}

func (f *Future) runCallback(cb func(*Future)) {
	defer func() {
		if r := recover(); r != nil {
			log.Printf("executor: done callback of %s panicked: %v\n%s", f.Name(), r, debug.Stack())
		}
	}()
	cb(f)
}

// AddDoneCallback arranges for cb(f) to be called when f is done. If f is
// already done, cb runs at once on the caller's goroutine; otherwise it
// runs on the goroutine that completes f (a pool worker, or the caller of
// Cancel), in the order callbacks were added. A panicking callback is
// logged with the log package and otherwise ignored. A callback that
// blocks holds up that worker: start a goroutine for long work.
func (f *Future) AddDoneCallback(cb func(*Future)) {
	if cb == nil {
		return
	}
	f.mu.Lock()
	if !f.State().done() {
		w := f.wait()
		w.callbacks = append(w.callbacks, cb)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	f.runCallback(cb)
}

// addWaiter registers w to receive f when it is done; it reports false,
// registering nothing, if f is done already. w must have a free slot.
func (f *Future) addWaiter(w chan *Future) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.State().done() {
		return false
	}
	x := f.wait()
	x.waiters = append(x.waiters, w)
	return true
}

func (f *Future) removeWaiter(w chan *Future) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ext == nil {
		return
	}
	for i, x := range f.ext.waiters {
		if x == w {
			f.ext.waiters = append(f.ext.waiters[:i], f.ext.waiters[i+1:]...)
			return
		}
	}
}

// outcome returns the result of a done future.
func (f *Future) outcome() (any, error) { return f.value, f.err }

// Result waits for the future and returns the function's result and error.
// A cancelled future returns a *CancelledError; a panicking function a
// *PanicError.
func (f *Future) Result() (any, error) {
	if !f.spinDone() {
		<-f.Done()
	}
	return f.outcome()
}

// spinDone yields the processor a few times, which usually lets a worker
// that was just handed a short task finish it, before Result commits to
// blocking on the Done channel (which costs an allocation and two
// goroutine switches). It reports whether f is done.
func (f *Future) spinDone() bool {
	for range resultSpins {
		if f.State().done() {
			return true
		}
		runtime.Gosched()
	}
	return f.State().done()
}

const resultSpins = 3

// ResultTimeout is Result waiting at most d; when d passes first it
// returns a *TimeoutError (the future keeps running). d <= 0 polls.
func (f *Future) ResultTimeout(d time.Duration) (any, error) {
	if !f.State().done() {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-f.Done():
		case <-t.C:
			return nil, &TimeoutError{Unfinished: 1, Total: 1}
		}
	}
	return f.outcome()
}

// ResultContext is Result waiting until ctx is done; then it returns a
// *TimeoutError if ctx's deadline passed, else an error wrapping
// context.Cause(ctx). The future keeps running.
func (f *Future) ResultContext(ctx context.Context) (any, error) {
	if !f.State().done() {
		select {
		case <-f.Done():
		case <-ctx.Done():
			return nil, waitError(ctx, 1, 1)
		}
	}
	return f.outcome()
}

// Err waits for the future and returns its error (Python's exception()).
func (f *Future) Err() error {
	_, err := f.Result()
	return err
}

// ErrTimeout is Err waiting at most d (see ResultTimeout).
func (f *Future) ErrTimeout(d time.Duration) error {
	_, err := f.ResultTimeout(d)
	return err
}

// ErrContext is Err waiting until ctx is done (see ResultContext).
func (f *Future) ErrContext(ctx context.Context) error {
	_, err := f.ResultContext(ctx)
	return err
}

// String describes the future, e.g. "Future#3(gcd) finished: 5".
func (f *Future) String() string {
	s := f.State()
	head := fmt.Sprintf("Future#%d(%s) %s", f.id, f.Name(), s)
	if s != Finished {
		return head
	}
	if f.err != nil {
		return head + ": error: " + f.err.Error()
	}
	return fmt.Sprintf("%s: %v", head, f.value)
}
