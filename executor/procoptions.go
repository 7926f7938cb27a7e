package executor

import (
	"context"
	"io"
	"os/exec"
	"reflect"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
)

// ProcessConfig says how a ProcessPool starts its workers and what it
// loads into them.
type ProcessConfig struct {
	// Command returns a new command that starts one worker process. The
	// pool sets its fd 3 (requests), fd 4 (replies), stdout and stderr.
	// Default: this program again, with WorkerEnv=1 (see RunWorker).
	Command func() *exec.Cmd
	// Declarations returns what workers must load before running tasks
	// (passed to Resolver.Load) and its generation, which changes whenever
	// the data does. Nil for compiled programs. It is called before every
	// task, so functions declared after the pool started reach workers
	// before the first task that needs them.
	Declarations func() (gen uint64, data []byte)
	// Globals returns the package-level variables the function called fn
	// uses, with their current values: a task carries those that changed
	// since its worker last received them, so that it sees the values
	// they have when it is submitted, not those they were declared with
	// (workers must resolve the names: see VarResolver). Default, and
	// when nil: the variables passed to RegisterVar.
	Globals func(fn string) (names []string, values []reflect.Value)
	// Errors returns this program's sentinel error called name: an error
	// a task returns that matches the worker's sentinel of that name (see
	// SentinelResolver) matches this one for errors.Is. Default, and when
	// nil: the variables of type error passed to RegisterVar.
	Errors func(name string) error
	// Compile, when set, returns a compiled worker program with the
	// declarations of generation gen (see Declarations) in it: the path
	// of an executable that serves tasks as a compiled program's
	// RunWorker does, started with WorkerEnv=1. It may take long (a
	// build): the pool calls it before it starts a worker and before each
	// task, from the goroutine that would run the task, so that tasks
	// wait for it and NewProcessPool does not; it should remember what it
	// built. A worker whose program is not the current one is replaced
	// before its next task. An error, or a program whose workers do not
	// start, makes the workers interpret (Command and Declarations); the
	// pool says so once on Output. See WithCompiledWorkers.
	Compile func(ctx context.Context, gen uint64) (path string, err error)
	// Output receives what workers print, each line prefixed with the
	// worker's name. Default os.Stdout.
	Output io.Writer
}

var defaultProcessConfig atomic.Pointer[ProcessConfig]

// SetDefaultProcessConfig sets the configuration of ProcessPools created
// without WithProcessConfig. The gofutures kernel's interpreter sets it so
// that pools in notebook cells start interpreter workers loaded with the
// notebook's declarations.
func SetDefaultProcessConfig(c ProcessConfig) { defaultProcessConfig.Store(&c) }

// A ProcessOption configures a ProcessPool.
type ProcessOption func(*ProcessPool)

// WithProcessConfig replaces the default ProcessConfig.
func WithProcessConfig(c ProcessConfig) ProcessOption { return func(p *ProcessPool) { p.cfg = c } }

// WithProcessInitializer runs fn(args...) in every worker process when it
// starts (Python's initializer, initargs). If it fails, the pool breaks.
func WithProcessInitializer(fn any, args ...any) ProcessOption {
	return func(p *ProcessPool) { p.initFn, p.initArgs = fn, args }
}

// WithCompiledWorkers says whether the pool runs compiled workers where
// its ProcessConfig can build them (Compile; in notebooks, the default):
// false keeps workers that interpret the notebook's declarations.
func WithCompiledWorkers(on bool) ProcessOption { return func(p *ProcessPool) { p.interpreted = !on } }

// WithMaxTasksPerChild replaces a worker process after it ran n tasks.
func WithMaxTasksPerChild(n int) ProcessOption { return func(p *ProcessPool) { p.maxTasks = n } }

// WithStartTimeout bounds how long a worker may take to start (default 30s).
func WithStartTimeout(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.startTimeout = d }
}

// WithTaskTimeout kills a worker whose task runs longer than d; the task
// fails with a *WorkerError and a fresh worker takes over.
func WithTaskTimeout(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.taskTimeout = d }
}

// DefaultSpin is the default of WithSpin when the program may use more
// than one CPU (runtime.GOMAXPROCS, which follows cgroup CPU limits). With
// one, the pool does not spin: a spinning reader would only keep the
// process it waits for off the CPU.
const DefaultSpin = spinpipe.DefaultSpin

// WithSpin sets how long the pool and its workers poll an empty pipe
// before they sleep (default DefaultSpin; 0 never polls). Spinning takes
// a wake-up of a sleeping thread out of every round trip — 5 to 60 µs on a
// virtual machine — and costs at most d of CPU per wait that outlasts it.
func WithSpin(d time.Duration) ProcessOption {
	return func(p *ProcessPool) { p.spin = max(d, 0) }
}

// WithProcessObserver delivers the pool's task events to o.
func WithProcessObserver(o Observer) ProcessOption { return func(p *ProcessPool) { p.obs = o } }
