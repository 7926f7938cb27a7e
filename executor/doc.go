// Package executor is Python's concurrent.futures for Go: futures, a pool
// of goroutines with a worker bound, Map, AsCompleted and Wait, usable both
// from compiled Go and from notebook cells interpreted by yaegi.
//
// # Two faces, one implementation
//
// The core is the untyped *Future (results are any) and the Executor
// interface, whose Submit takes a function of any signature and its
// arguments. That is the face for notebook cells: yaegi cannot call
// generic functions of compiled packages, and in a cell the code of the
// Python tutorial reads almost the same:
//
//	pool := executor.NewThreadPool(2)
//	results, err := pool.Map(gcd, numbers)   // [1 5 1 5 2 3] <nil>
//	f := pool.Submit(gcd, numbers[0])
//	v, err := f.Result()
//	pool.Shutdown(true, false)
//
// Arguments are checked against the function's parameters before anything
// runs; a nil function, a wrong count or a wrong type gives a *CallError
// naming the function and the argument ("executor: gcd: argument 0:
// have string, want [2]int") instead of a reflect panic. Numbers convert
// between numeric types when nothing is lost. Results may be (), (T),
// (error) or (T, error).
//
// Compiled programs may use the generic face instead — Submit[T],
// Map[T, R] and TypedFuture[T] — which wraps the same futures without
// reflection or type assertions.
//
// # Python to Go
//
//	Python                                   Go
//	ThreadPoolExecutor(max_workers=n)        NewThreadPool(n)              (0: runtime.NumCPU())
//	  initializer=f, initargs=a              NewThreadPool(n, WithInitializer(f, a...))
//	  thread_name_prefix="p"                 WithName("p") (worker ids "p_0", "p_1", ...)
//	ProcessPoolExecutor(max_workers=n)       NewProcessPool(n)             (see ProcessPool)
//	with ThreadPoolExecutor() as pool:       defer pool.Close()
//	executor.submit(fn, *args)               pool.Submit(fn, args...)  /  Submit(pool, func() (T, error))
//	executor.map(fn, *its, timeout, chunksize) pool.Map(fn, its..., Timeout(d), ChunkSize(n))  (collected)
//	for v in executor.map(fn, xs):           it := pool.MapIter(fn, xs); for v := range it.Values() { ... }; it.Err()
//	for i, v in enumerate(executor.map(..)): it := pool.MapIter(fn, xs); for i, v := range it.All() { ... }; it.Err()
//	                                         pool.MapIter(...) (lazy, Next/Value/Err)  /  Map(pool, fn, xs) iter.Seq2
//	executor.shutdown(wait, cancel_futures)  pool.Shutdown(wait, cancelFutures)
//	Future.result(timeout)                   f.Result()  f.ResultTimeout(d)  f.ResultContext(ctx)
//	Future.exception(timeout)                f.Err()  f.ErrTimeout(d)  f.ErrContext(ctx)
//	Future.done() / running() / cancelled()  f.IsDone() / f.Running() / f.Cancelled();  <-f.Done()
//	Future.cancel()                          f.Cancel()
//	Future.add_done_callback(fn)             f.AddDoneCallback(func(*Future))
//	Future.set_running_or_notify_cancel()    f.SetRunningOrNotifyCancel()   (for Executor implementations)
//	Future.set_result / set_exception        f.SetResult(v) / f.SetErr(err)
//	PENDING RUNNING CANCELLED                Pending Running Cancelled
//	CANCELLED_AND_NOTIFIED FINISHED          CancelledAndNotified Finished
//	for f in as_completed(fs, timeout):      it := AsCompleted(fs, Timeout(d)); for f := range it.All() { ... }; it.Err()
//	                                         (or for it.Next() { it.Future() }; break closes, as Close does)
//	wait(fs, timeout, return_when)           done, notDone := Wait(fs, FirstCompleted, Timeout(d))
//	FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED  FirstCompleted FirstException AllCompleted
//	CancelledError                           *CancelledError (errors.Is(err, ErrCancelled), context.Canceled)
//	TimeoutError                             *TimeoutError{Unfinished, Total} (errors.Is(err, context.DeadlineExceeded))
//	BrokenExecutor / BrokenThreadPool        errors.Is(err, ErrBroken)
//	InvalidStateError                        ErrInvalidState
//	RuntimeError after shutdown              errors.Is(err, ErrShutdown)
//	exception raised in fn                   the error fn returned; a panic becomes *PanicError{Value, Stack}
//
// Iteration uses small iterator objects (CompletedIterator, MapIterator)
// with Next, Err and Close, whose All and Values methods are the same
// iteration as iter.Seq for range-over-func: in compiled code and in
// notebook cells alike (the kernel lowers range-over-func for yaegi).
// Leaving such a loop early closes the iterator; Err, after the loop,
// says whether a timeout or a failed item ended it. Compiled code may also
// range over the typed iter.Seq2 of the generic Map.
//
// # Semantics worth knowing
//
// Submit never blocks and never panics: misuse, ErrShutdown and ErrBroken
// come back as the error of an already finished future (like errgroup,
// unlike Python, which raises at submit). The queue is unbounded, so a
// task may submit to its own pool. Map validates every call, then submits
// all of them before returning; results are waited for lazily, in input
// order; a Timeout counts from the Map call; the first failing item ends
// the iteration and cancels the items not yet started. A cancelled future
// is done at once for every waiter; CancelledAndNotified records that the
// executor dropped it. Done callbacks run on the goroutine that completes
// the future and must be quick; panics in callbacks and observers are
// logged, never fatal. A panic or runtime.Goexit in a task fails that
// task only. Shutdown(true, ...) called from inside one of the pool's own
// tasks waits for itself forever (Python raises RuntimeError there): shut
// down from outside the pool.
//
// # Processes
//
// A ProcessPool's tasks cross to worker processes by value, as cloudpickle
// makes them cross in CPython: a task names its function (Register, Tag,
// NamedFunc; the gofutures kernel tags the notebook's functions; a
// function of the standard library, such as math.Sqrt or strings.Repeat,
// goes by its path-qualified name, "math.Sqrt", which the kernel's
// workers know, and which a compiled program's workers know once the
// program registered it, Register("math.Sqrt", math.Sqrt); an instance
// of a generic function has no such name), carries
// the current values of the package-level variables the function uses
// when they changed since its worker last received them (RegisterVar,
// ProcessConfig.Globals), and its arguments and results cross exactly
// (floats bit for bit, 64-bit integers in an any too, nil apart from
// empty, time.Time; named types inside interface values by RegisterType).
// An error a task returns matches this program's sentinel errors that it
// matched in the worker (RegisterVar of an error variable,
// SentinelResolver), and wraps the values of its chain whose types are
// registered (RegisterType; ErrorResolver for an interpreter's values),
// which errors.As finds; a panic carries the frames of the task's code
// where the worker knows them (PanicError.Traceback). Only the task of a
// worker that dies fails.
//
// # Events
//
// WithObserver(o) makes the pool report EventSubmitted, EventStarted,
// EventFinished and EventDropped with task id, function name, worker id
// and time, for live tables and timelines. Without an observer the cost is
// one nil check per event; the clock is not read.
//
// # Cost
//
// On two cores a typed Submit plus Result costs about 160 ns per task in
// bulk and about 300 ns for a lone round trip, with two allocations (the
// future and the wrapped function); the reflective cell face costs about
// twice that. Map with ChunkSize(n) amortizes the per-task cost over n
// calls. bench/executor/run.sh compares with errgroup, conc, pond and ants.
//
// # Other executors
//
// Executor is an interface so that pools that do not run Go closures
// locally, like ProcessPool, implement it too: such a pool builds futures
// (NewFuture), drives them with SetRunningOrNotifyCancel, SetResult and
// SetErr, and can reuse MapIterOn for Map. Functions from notebook cells cannot be identified
// by value in compiled code, so they travel as NamedFunc (Named("gcd",
// gcd)): a local pool calls Fn and reports Name, a process pool sends the
// name and the arguments by value. AsCompleted and Wait accept futures
// from any mix of executors.
//
// Executors whose workers are processes reached some other way share the
// ProcessPool's wire format and worker (remote.go): SubmitRemote and
// MapRemote encode tasks as RemoteTasks, a WorkerProcess runs them in a
// worker process and RemoteTask.Decode turns the reply into the future's
// outcome. The cluster executor (executor/cluster) sends them through a
// NATS JetStream work queue.
package executor
