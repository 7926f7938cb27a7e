package executor

import (
	"errors"
	"fmt"
)

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
// errors cross the process boundary as their text, as the names of the
// sentinel errors they matched there (see SentinelResolver), which they
// match here too: errors.Is(err, ErrNotFound) holds in the pool's
// program if it held in the worker; and as the values of their chain
// whose types are registered (RegisterType, RegisterTypeAs): errors.As(err,
// &target) with a target of such a type finds the value the task's error
// wrapped, as the worker had it.
type RemoteError struct {
	Func      string
	Msg       string
	Sentinels []string // the names of the sentinel errors it matched in the worker
	wrapped   []error  // the values of its chain, then this program's errors of those names
}

func (e *RemoteError) Error() string { return e.Msg }

// Unwrap returns the values of the error's chain that crossed (outermost
// first), then this program's sentinel errors the error matched in the
// worker.
func (e *RemoteError) Unwrap() []error { return e.wrapped }
