package session

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// A Go program whose goroutines all wait on each other ends with "fatal
// error: all goroutines are asleep - deadlock!". The interpreter process
// has goroutines of its own (the requests from the kernel, signals) that
// keep its runtime from ever seeing that, so a deadlocked cell hung until
// an interrupt. While a cell runs, the server samples the goroutines
// (watchDeadlock): when every goroutine but the process's own waits in
// interpreted code on a channel, a select or a sync primitive, no timer
// a cell made may still fire (rt.TimersPending: the lowering passes each
// timer's duration through rt) and the picture is the same on two
// samples in a row with no goroutine started between them, the cell is
// deadlocked; it ends as a goroutine's panic does (the process ends with
// status 2 and a fresh one is restored).
//
// The check errs on the side of no deadlock: a goroutine waiting in
// compiled code other than sync's (a pool's Future.Result, a read of
// stdin, a library's select that may have a timer of its own) or that
// runs, is runnable, sleeps, or is in a system call or network wait,
// means no deadlock, as does a notebook that imported os/signal. (An idle
// ThreadPool worker, which waits on a sync.Cond only a Submit signals,
// is asleep, as in Go.)

// Deadlock timing: the first sample after deadlockFirst of a cell, then
// one every deadlockEvery (more apart when sampling is slow: at most
// about 1% of the time); a timer counts as pending until deadlockSlack
// after its deadline. GOFUTURES_DEADLOCK_DEBUG set in the interpreter's
// environment writes to its stderr the goroutine that kept a sample from
// being asleep.
var (
	deadlockFirst = 200 * time.Millisecond
	deadlockEvery = 250 * time.Millisecond
	deadlockSlack = 100 * time.Millisecond
)

// asleepStates are the goroutine states (as runtime.Stack writes them) of
// a goroutine that only another goroutine can wake.
var asleepStates = map[string]bool{
	"chan send": true, "chan receive": true, "select": true, "select (no cases)": true,
	"chan send (nil chan)": true, "chan receive (nil chan)": true,
	"sync.Mutex.Lock": true, "sync.RWMutex.Lock": true, "sync.RWMutex.RLock": true,
	"sync.WaitGroup.Wait": true, "sync.Cond.Wait": true, "semacquire": true,
}

// goroutineStack is one goroutine of runtime.Stack's text.
type goroutineStack struct {
	id    int
	state string   // without the wait's duration
	funcs []string // the frames' functions, innermost first
	text  string
}

// parseStacks splits runtime.Stack's text of all goroutines.
func parseStacks(b []byte) []goroutineStack {
	var gs []goroutineStack
	for _, blk := range bytes.Split(bytes.TrimSpace(b), []byte("\n\n")) {
		lines := strings.Split(string(blk), "\n")
		h := lines[0] // goroutine 7 [chan receive, 2 minutes]:
		i, j := strings.IndexByte(h, '['), strings.LastIndexByte(h, ']')
		if !strings.HasPrefix(h, "goroutine ") || i < 0 || j < i {
			continue
		}
		g := goroutineStack{text: string(blk)}
		g.id, _ = strconv.Atoi(strings.TrimSpace(h[len("goroutine "):i]))
		g.state = h[i+1 : j]
		if k := strings.Index(g.state, ", "); k >= 0 {
			g.state = g.state[:k] // (", 3 minutes", ", locked to thread")
		}
		for _, l := range lines[1:] {
			if l == "" || l[0] == '\t' || strings.HasPrefix(l, "created by ") {
				continue
			}
			if k := strings.LastIndexByte(l, '('); k > 0 {
				l = l[:k]
			}
			g.funcs = append(g.funcs, l)
		}
		gs = append(gs, g)
	}
	return gs
}

const (
	yaegiPkg   = "github.com/traefik/yaegi/interp."
	sessionPkg = "github.com/gofutures/gofutures/kernel/session."
)

// processOwn reports whether g is one of the interpreter process's own
// goroutines, which a cell's cannot wait on: the evaluation's wrappers
// waiting for it, the reader of the kernel's requests (it hands a cell
// its input, but a cell waiting for input waits in compiled code, which
// counts as progress), the runtime's signal handler.
func processOwn(g goroutineStack) bool {
	if alsoOwn != nil && alsoOwn(g) {
		return true
	}
	f := firstOwnFrame(g, "syscall.", "os.", "bufio.", "encoding/json.", "io.")
	switch {
	case f == yaegiPkg+"(*Interpreter).EvalWithContext", f == sessionPkg+"interpreter.EvalWithContext":
		return g.state == "select"
	case strings.HasPrefix(f, sessionPkg+"Serve.func"), f == "os/signal.signal_recv":
		return true
	}
	return false
}

// alsoOwn, set by tests, tells the test's goroutines apart too.
var alsoOwn func(g goroutineStack) bool

// firstOwnFrame returns the function of g's innermost frame outside the
// runtime, reflect, sync and the packages of skip.
func firstOwnFrame(g goroutineStack, skip ...string) string {
	for _, f := range g.funcs {
		if !hasAnyPrefix(f, "runtime.", "internal/", "sync.", "reflect.") && !hasAnyPrefix(f, skip...) {
			return f
		}
	}
	return ""
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// asleepInCell reports whether g waits, in interpreted code, for what
// only another goroutine can do: the first frame outside the runtime,
// reflect and sync is the interpreter's (a channel operation, a select,
// a sync method a cell called) or the lowering's select.
func asleepInCell(g goroutineStack) bool {
	if !asleepStates[g.state] {
		return false
	}
	f := firstOwnFrame(g)
	if f == idleThreadWorker {
		return g.state == "sync.Cond.Wait"
	}
	return f == rt.Path+".Select" || strings.HasPrefix(f, yaegiPkg) && !strings.HasPrefix(f, yaegiPkg+"(*Interpreter).")
}

// idleThreadWorker is where a ThreadPool's worker waits for a task, on a
// sync.Cond that only a Submit or a Shutdown, another goroutine's,
// signals (no timer): asleep, as in a Go program.
const idleThreadWorker = "github.com/gofutures/gofutures/executor.(*ThreadPool).next"

// allAsleep reports whether stacks (runtime.Stack's of all goroutines,
// the caller's first, which is left out) show a deadlock: every
// goroutine but the process's own asleep in a cell, at least one of
// them. It returns those, and the first goroutine that is not, for
// GOFUTURES_DEADLOCK_DEBUG.
func allAsleep(stacks []byte) (asleep []goroutineStack, awake string) {
	for i, g := range parseStacks(stacks) {
		if i == 0 || processOwn(g) {
			continue
		}
		if !asleepInCell(g) {
			return nil, g.text
		}
		asleep = append(asleep, g)
	}
	return asleep, ""
}

// busy reports whether a goroutine other than the caller runs or may run
// (a cheap look before the stacks), and how many goroutines were created.
func busy() (bool, uint64) {
	s := []metrics.Sample{
		{Name: "/sched/goroutines/running:goroutines"},
		{Name: "/sched/goroutines/runnable:goroutines"},
		{Name: "/sched/goroutines-created:goroutines"},
	}
	metrics.Read(s)
	var n [3]uint64
	for i := range s {
		if s[i].Value.Kind() != metrics.KindUint64 {
			return false, 0 // (unknown: the stacks tell)
		}
		n[i] = s[i].Value.Uint64()
	}
	return n[0] > 1 || n[1] > 0, n[2]
}

// watchDeadlock samples the goroutines while a cell runs, until stop is
// closed, and calls report once with the goroutines asleep when the cell
// is deadlocked (see above); report must not return.
func (s *Session) watchDeadlock(stop <-chan struct{}, report func(asleep []goroutineStack)) {
	debug := os.Getenv("GOFUTURES_DEADLOCK_DEBUG") != ""
	var buf []byte
	var prev string // the picture of the last sample, "" when not asleep
	var prevCreated uint64
	wait := deadlockFirst
	for {
		t := time.NewTimer(wait)
		select {
		case <-stop:
			t.Stop()
			return
		case <-t.C:
		}
		wait = deadlockEvery
		start := time.Now()
		if s.signals.Load() || s.goDying.Load() || rt.TimersPending(start, deadlockSlack) {
			prev = ""
			continue
		}
		isBusy, created := busy()
		if isBusy {
			prev = ""
			continue
		}
		buf = allStacks(buf)
		asleep, awake := allAsleep(buf)
		if debug && awake != "" {
			fmt.Fprintf(os.Stderr, "deadlock check: awake:\n%s\n", awake)
		}
		picture := ""
		for _, g := range asleep {
			picture += strconv.Itoa(g.id) + " " + g.state + "\n"
		}
		if picture != "" && picture == prev && created == prevCreated {
			select {
			case <-stop:
				return
			default:
			}
			report(asleep)
			return
		}
		prev, prevCreated = picture, created
		if d := 100 * time.Since(start); d > wait {
			wait = d // (at most about 1% of the time, with many goroutines)
		}
	}
}

// allStacks returns runtime.Stack's text of all goroutines, in buf when
// it is large enough.
func allStacks(buf []byte) []byte {
	if len(buf) == 0 {
		buf = make([]byte, 64<<10)
	}
	for {
		n := runtime.Stack(buf[:cap(buf)], true)
		if n < cap(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*cap(buf))
	}
}

// goState is g's state as Go names it: the interpreter waits on a
// channel operation in a select with its own cancellation, which Go
// would show as the operation ([chan receive], not [select]).
func goState(g goroutineStack) string {
	f := firstOwnFrame(g)
	switch {
	case g.state != "select":
	case strings.HasPrefix(f, yaegiPkg+"recv"), strings.HasPrefix(f, yaegiPkg+"rangeChan"):
		return "chan receive"
	case strings.HasPrefix(f, yaegiPkg+"send"):
		return "chan send"
	}
	return g.state
}

// deadlockError is the cell's error for goroutines all asleep: Go's
// fatal error, then each goroutine with its state, the cell's own first
// (as goroutine 1, Go's main), the others by their number. (The cells'
// frames of a waiting goroutine are not known: the interpreter keeps
// them in its own frames.)
func deadlockError(asleep []goroutineStack) *Error {
	const msg = "all goroutines are asleep - deadlock!"
	tb := []string{"fatal error: " + msg}
	var main, others []string
	for _, g := range asleep {
		if strings.Contains(g.text, "\ncreated by "+yaegiPkg+"(*Interpreter).EvalWithContext") {
			main = append(main, "", "goroutine 1 ["+goState(g)+"]:", "\t(the cell's statements)")
		} else {
			others = append(others, "", "goroutine "+strconv.Itoa(g.id)+" ["+goState(g)+"]:", "\t(a goroutine a cell started)")
		}
	}
	tb = append(append(tb, main...), others...)
	return &Error{Name: "fatal error", Value: msg, Traceback: tb}
}
