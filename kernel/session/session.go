// Package session runs notebook cells in a yaegi interpreter. It is what
// the gofutures interpreter process does (Serve), and what a process
// pool's worker runs tasks with (WorkerResolver); the kernel process
// (packages kernel, kernel/supervisor) never imports it.
//
// A Session keeps a declarations log — every import, type, func, method,
// const and var the notebook declared, in the form the user wrote it — and
// uses it three ways: to re-declare the callers of a redefined function
// (yaegi keeps callers bound to the old one), to rebuild the interpreter
// when a type or method is redefined (yaegi silently ignores those), and,
// in a fresh process after a crash, to restore the notebook's declarations.
package session

import (
	"fmt"
	"io"
	"path"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/internal/recovered"
	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
	"github.com/gofutures/gofutures/kernel/snapshot"
)

// Options configure a Session.
type Options struct {
	// Stdout and Stderr receive what cells print; default io.Discard.
	Stdout, Stderr io.Writer
	// Stdin is what cells read with fmt.Scan* and os.Stdin; default: an
	// empty input. (os.Stdin in cells is then a *session.Stdin, which has
	// the Read, Close, Name and Fd methods of *os.File.)
	Stdin io.Reader
	// Symbols are extra packages cells may import (yaegi export tables).
	Symbols []interp.Exports
	// Exit is called in place of os.Exit from cells. It must not return;
	// by default the cell running ends with an *ExitError, and the
	// goroutine that called it blocks for ever (no deferred call runs).
	Exit func(code int)
	// Preludes are Go sources evaluated, one by one, in every new
	// interpreter before any cell; they are not part of the declarations
	// log. With RichValues one must declare gofuturesBundle (see
	// RichPrelude).
	Preludes []string
	// RichValues renders trailing values through the interpreted
	// gofuturesBundle of the prelude, which sees methods of cell types.
	RichValues bool
	// NamedFuncs passes notebook functions given to executor calls
	// (pool.Submit(gcd, ...)) as gofuturesexecutor.Named("gcd", gcd),
	// whose import a prelude must provide (see ExecutorPrelude): a
	// process pool then knows which function to run in its workers.
	NamedFuncs bool
	// OnDecls, when set, is called with the declarations log whenever it
	// changed: after a cell's declarations (before its statements run)
	// and after a restore. A process pool uses it to load workers.
	OnDecls func(decls []*cell.Decl)
	// NoCheck turns off type-checking and lowering (kernel/check): cells
	// go to the interpreter as written.
	NoCheck bool
	// Importer is what the checker imports packages with (shared by the
	// sessions of a process; made on first use when nil).
	Importer *check.Importer
	// KeepValues carries the notebook's variables with their values into
	// the fresh interpreter of a type or method redefinition (see
	// Snapshot and RestoreAll for the other restarts).
	KeepValues bool
	// SnapshotDir, with KeepValues, is where Serve writes the snapshot of
	// the values each cell may have changed, after the cell's reply.
	SnapshotDir string
	// Pool, when set, is kept up to date with the declarations and
	// variables process pools created in cells need (see PoolLink).
	Pool *PoolLink
	// GoPanic, when set, is called with the error of a panic that ended
	// a goroutine a go statement of a cell started, with the goroutine's
	// frames (gopanic.go): Go's program dies of it, and so must the
	// process; GoPanic must not return. When nil, the panic goes on to
	// the runtime, which ends the process.
	GoPanic func(e *Error)
}

// Stdin is os.Stdin in cells: reads come from Options.Stdin, so that the
// kernel can ask the front end for input when a cell reads.
type Stdin struct{ r io.Reader }

// Read reads from the session's input.
func (s *Stdin) Read(p []byte) (int, error) { return s.r.Read(p) }

// Close does nothing.
func (s *Stdin) Close() error { return nil }

// Name returns "/dev/stdin".
func (s *Stdin) Name() string { return "/dev/stdin" }

// Fd returns 0.
func (s *Stdin) Fd() uintptr { return 0 }

// Result is the outcome of one cell.
type Result struct {
	// Value is the cell's trailing expression, when it has one to show.
	Value    reflect.Value
	HasValue bool
	// Bundle is the MIME bundle of Value (always with "text/plain").
	Bundle display.Bundle
	// Notes are messages for the user about what the session did (for
	// example a rebuild after a type was redefined).
	Notes []string
}

// Session is one yaegi interpreter plus the notebook's declarations log.
// Its methods must not be called concurrently (cells run one at a time).
type Session struct {
	opts Options
	in   interpreter

	decls       []*cell.Decl
	declsGen    int // bumped on every change of decls
	notifiedGen int
	// restoring is set while RestoreAll replays the log: the pools learn
	// the declarations once the checker has them too (see RestoreAll)
	restoring bool
	// hooksSet are the keys of the methods whose hook this interpreter
	// runs in place of their declared body (hooks.go)
	hooksSet  map[string]bool
	typesDone map[string]string // type declarations registered with the executor: key -> source (see registerTypes)
	basesDone map[string]string // type declarations whose rt bases are claimed: key -> source (see claimBases)
	imports   map[string]string // import name -> path
	state     map[string]int    // names set by statements -> cell

	members map[string][]string // fields and methods of variables set by statements
	types   map[string]string   // their types, as TypeName (see Types)
	stmt    atomic.Int64        // the running top-level statement: line<<1 | 1 if run in a wrapper
	main    atomic.Int64        // the running top-level statement of the cell's func main: first line<<32 | last (traceback.go)
	// mark is the interpreter's variable markName: the last mark of the
	// line running that a lowered function stored (check.Config's
	// SiteMarker), read when a panic ends a cell
	mark *int
	// exitMark is the interpreter's variable exitMarkName: the last mark
	// of the place a lowered function returned at (check.Config's
	// ExitMarker)
	exitMark *int

	mu     sync.Mutex
	frames []string // panic frames of the running cell

	// the goroutines of cells' go statements running (gopanic.go), and
	// whether one's panic is ending the process
	goLive  atomic.Int64
	goDying atomic.Bool
	// signals: a cell imported os/signal (a goroutine waiting on a
	// signal's channel is not stuck: deadlock.go)
	signals atomic.Bool
	// running are the literals of the cell's statements running, for a
	// goroutine's panic (nil when none)
	running atomic.Pointer[stmtLits]

	funcs map[string]*funcHist // what was evaluated of each function a cell declared (lits.go)
	// stmtLits are the literals of earlier cells' top-level statements
	// that may still run (stmtlits.go).
	stmtLits []*stmtLits

	chk *check.Checker // see checker

	keeper   snapshot.Keeper  // what the variables' latest snapshots hold (keep.go)
	bind     *snapshot.Interp // see binding
	bindGen  int
	closures map[string]bool // names function literals of cells mention (keep.go)
}

// New returns a Session with a fresh interpreter.
func New(opts Options) *Session {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	// the executor's pools recover the cells' panics in compiled code:
	// they see what the cell panicked with, as in a Go program
	recovered.SetHook(rt.Compiled)
	s := &Session{opts: opts, state: map[string]int{}}
	s.reset()
	rt.SetFrameCount(s.frameCount) // (carried.go)
	return s
}

// frameLine matches what yaegi prints for each frame of an unwinding panic.
var frameLine = regexp.MustCompile(`^(\d+):(\d+): panic: (.*)\(\.\.\.\)\n?$`)

// stderrFilter diverts yaegi's panic frame lines from the cell's stderr.
type stderrFilter struct{ s *Session }

func (f stderrFilter) Write(p []byte) (int, error) {
	if frameLine.Match(p) {
		line := strings.TrimRight(string(p), "\n")
		f.s.mu.Lock()
		f.s.frames = append(f.s.frames, line)
		f.s.mu.Unlock()
		return len(p), nil
	}
	return f.s.opts.Stderr.Write(p)
}

func (s *Session) reset() {
	stdin := s.opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	// Unrestricted: cells see the real environment, as in a program.
	in := interp.New(interp.Options{Stdout: s.opts.Stdout, Stderr: stderrFilter{s}, Stdin: stdin, Unrestricted: true})
	// os.Exit, syscall.Exit and log.Fatal keep ending the cell rather
	// than the process.
	_ = in.Use(check.StdSymbols())
	cellStdin := &Stdin{r: stdin}
	_ = in.Use(interp.Exports{"os/os": {"Stdin": reflect.ValueOf(&cellStdin).Elem()}})
	for _, sym := range s.opts.Symbols {
		_ = in.Use(sym)
	}
	exit := s.opts.Exit
	var gate *exitGate
	if exit == nil {
		gate = &exitGate{goExit: s.goExited}
		exit = gate.Exit
	}
	_ = in.Use(interp.Exports{"os/os": {"Exit": reflect.ValueOf(exit)}, "syscall/syscall": {"Exit": reflect.ValueOf(exit)}})
	_ = in.Use(logSymbols(exit))
	setDefaultLogger(stderrFilter{s})
	_ = in.Use(interp.Exports{linePkg + "/" + path.Base(linePkg): {"At": reflect.ValueOf(s.at), "Main": reflect.ValueOf(s.atMain), "GoPanic": reflect.ValueOf(s.goPanicked), "GoStart": reflect.ValueOf(s.goStart)}})
	_ = in.Use(rt.Symbols()) // what lowered cells call
	for _, p := range append([]string{fmt.Sprintf("import %s %q", lineName, linePkg), "var " + markName + " int", "var " + exitMarkName + " int"}, s.opts.Preludes...) {
		if _, err := in.Eval(p); err != nil {
			panic(fmt.Sprintf("session: prelude does not compile: %v", err))
		}
	}
	s.mark, s.exitMark = new(int), new(int)
	if v, err := in.Eval("&" + markName); err == nil {
		s.mark, _ = v.Interface().(*int)
	}
	if v, err := in.Eval("&" + exitMarkName); err == nil {
		s.exitMark, _ = v.Interface().(*int)
	}
	s.in = interpreter{in, gate}
	s.imports = map[string]string{}
	s.hooksSet = nil // (a fresh interpreter declares the methods as lowered last)
}
