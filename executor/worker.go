package executor

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
)

// A Resolver gives a worker process the functions tasks name. The
// gofutures kernel's workers resolve names in an interpreter loaded with
// the notebook's declarations; compiled programs use Register.
type Resolver interface {
	// Load brings the worker up to date with declarations of generation
	// gen (opaque data from ProcessConfig.Declarations).
	Load(gen uint64, data []byte) error
	// Lookup returns the function called name.
	Lookup(name string) (reflect.Value, error)
}

// A BatchResolver is a Resolver that can also give, for a function, one
// that runs many of its calls in a single call. Interpreters want it: a
// yaegi function called through reflect costs ~0.6 µs a call, a loop
// inside the interpreter ~0.2 µs. A worker uses it for chunks of Map.
//
// The batch function of a func(P0, P1) (R0, error) has the signature
//
//	func(n *int, count int, a0 []P0, a1 []P1, r0 []R0, errs []error)
//
// and makes calls *n up to count, storing each call's results at its
// index and adding one to *n after each call that returned a nil error.
// It stops at the first error, left in errs, or panic. Without an error
// result there is no errs; variadic functions have no batch function. The
// slices are the worker's: a batch function must not keep them once it
// returns (the worker reuses them for the next chunk).
type BatchResolver interface {
	Resolver
	LookupBatch(name string) (reflect.Value, error)
}

// RunWorker turns a compiled program into a ProcessPool worker when it was
// started as one, and returns otherwise. Call it at the top of main, after
// Register:
//
//	func main() {
//		executor.Register("gcd", gcd)
//		executor.RunWorker()
//		...
//	}
func RunWorker() {
	if os.Getenv(WorkerEnv) != "1" {
		return
	}
	// Processes the task starts must not inherit the pool's pipes.
	reqFile, replies, err := subproc.Inherited(true)
	var requests *spinpipe.Reader
	if err == nil {
		requests, err = spinpipe.NewReader(reqFile, spinpipe.SpinFromEnv())
	}
	if err == nil {
		err = ServeWorker(registryResolver{}, requests, replies)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}

// ServeWorker runs the worker side of the ProcessPool protocol: it reads
// requests, runs them with functions from r and writes replies, until the
// requests end.
func ServeWorker(r Resolver, requests io.Reader, replies io.Writer) error {
	in := newFrameReader(requests)
	var out frame
	out.reset()
	out.byte(evReady)
	out.uint(0)
	out.string("")
	if err := out.send(replies); err != nil {
		return fmt.Errorf("executor: worker: %w", err)
	}
	fns := map[string]*workerFunc{}
	varErr := "" // of the last opVars, reported by the next task
	// After a chunk the pool decodes its results before it sends the next
	// request: that wait is no round trip, and spinning through it would
	// take a CPU from the pool and the other workers.
	spin, _ := requests.(*spinpipe.Reader)
	var budget time.Duration
	if spin != nil {
		budget = spin.Spin()
	}
	chunk := false
	for {
		if spin != nil && chunk {
			spin.SetSpin(0)
		} else if spin != nil {
			spin.SetSpin(budget)
		}
		chunk = false
		m, err := in.next()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("executor: worker: reading request: %w", err)
		}
		op, id := m.byte(), m.uint()
		out.reset()
		switch op {
		case opDecls:
			gen, data := m.uint(), m.bytes()
			out.byte(evDecls)
			out.uint(id)
			switch {
			case m.err != nil:
				out.string(m.err.Error())
			default:
				// data aliases the request buffer: Load gets its own copy.
				if err := r.Load(gen, bytes.Clone(data)); err != nil {
					out.string(err.Error())
				} else {
					out.string("")
				}
			}
			clear(fns)
		case opVars:
			if err := setVars(r, &m); err != nil {
				varErr = err.Error()
			}
			continue // no reply
		case opInit, opTask:
			name := m.string()
			out.byte(evDone)
			out.uint(id)
			if varErr != "" {
				out.string(varErr)
				varErr = ""
				break
			}
			wf, ok := fns[name]
			if !ok && m.err == nil {
				fn, err := r.Lookup(name)
				if err != nil {
					out.string(err.Error())
					break
				}
				wf = newWorkerFunc(name, fn)
				wf.resolver = r
				fns[name] = wf
			}
			n := m.count()
			chunk = n > 1
			if m.err != nil {
				out.string(m.err.Error())
				break
			}
			out.string("")
			if br, ok := r.(BatchResolver); ok && n > 1 && !wf.batchTried {
				wf.batchTried = true
				wf.setBatch(br)
			}
			if n > 1 && wf.batch.IsValid() {
				wf.callBatch(&out, &m, n)
				break
			}
			for range n {
				if !wf.call(&out, &m) {
					break // a chunk stops at its first failure
				}
			}
		default:
			out.byte(evDone)
			out.uint(id)
			out.string(fmt.Sprintf("executor: worker: unknown request %q", op))
		}
		if out.tooLarge() {
			n := len(out.b) - headerLen
			ev := out.b[headerLen]
			out.reset()
			out.byte(ev)
			out.uint(id)
			out.string(fmt.Sprintf("executor: worker: the results take %d bytes, more than a message carries (%d)", n, uint64(maxFrame)))
		}
		if err := out.send(replies); err != nil {
			return fmt.Errorf("executor: worker: writing reply: %w", err)
		}
	}
}

// A VarResolver is a Resolver that also gives the package-level
// variables of the functions it resolves, so that a pool can keep them
// current (ProcessConfig.Globals).
type VarResolver interface {
	Resolver
	// Var returns the variable called name, settable.
	Var(name string) (reflect.Value, error)
}

// setVars sets the variables of an opVars request.
func setVars(r Resolver, m *fields) error {
	vr, ok := r.(VarResolver)
	n := m.count()
	var errs []error
	for range n {
		name, raw := m.string(), m.bytes()
		if m.err != nil {
			break
		}
		if !ok {
			errs = append(errs, fmt.Errorf("executor: worker: cannot set variable %s: this worker has no variables", name))
			continue
		}
		v, err := vr.Var(name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		x := reflect.New(v.Type()).Elem()
		if err := decodeValue(raw, x); err != nil {
			errs = append(errs, fmt.Errorf("executor: worker: variable %s: %w", name, err))
			continue
		}
		v.Set(x)
	}
	if m.err != nil {
		errs = append(errs, fmt.Errorf("executor: worker: variables: %w", m.err))
	}
	return errors.Join(errs...)
}

// workerFunc is a function a worker runs, with what its calls need,
// worked out once.
type workerFunc struct {
	name   string
	fn     reflect.Value
	params []reflect.Type  // the last one is the element type of a variadic parameter
	fixed  int             // parameters before a variadic one
	outErr bool            // the last result is an error
	vars   []reflect.Value // reusable variables of scalar parameters, else invalid
	in     []reflect.Value
	outs   []reflect.Type // results but a trailing error
	batch  reflect.Value  // see BatchResolver; invalid when there is none
	// batchTried: batch was looked up (on the first chunk).
	batchTried bool
	resolver   Resolver    // names sentinel errors, if a SentinelResolver; see ErrorResolver
	bs         *batchSlots // what calls of batch reuse
}

// A SentinelResolver is a Resolver that knows the sentinel errors of the
// code it runs (package-level variables of type error, such as var
// ErrNotFound = errors.New("not found")), so that an error a task returns
// keeps its identity: the pool's program gets an error for which
// errors.Is(err, ErrNotFound) holds, with its own ErrNotFound (see
// ProcessConfig.Errors).
type SentinelResolver interface {
	Resolver
	// Sentinels returns the sentinel errors by name.
	Sentinels() (names []string, errs []error)
}

// sentinels returns the names of the sentinel errors an error matches,
// the errors of its chain given (walkChain: errors.Is does not see
// through an interpreter's errors as the resolver does).
func (wf *workerFunc) sentinels(chain []chainLink) (names []string) {
	sr, ok := wf.resolver.(SentinelResolver)
	if !ok {
		return nil
	}
	all, errs := sr.Sentinels()
	for i, s := range errs {
		if s == nil {
			continue
		}
		for _, l := range chain {
			if errorsIs(l.err, s) {
				names = append(names, all[i])
				break
			}
		}
	}
	return names
}

// taskError appends the outcome of a call that returned err: its text,
// the sentinel errors it matches and the values of its chain.
func (wf *workerFunc) taskError(out *frame, err error) {
	chain := walkChain(err, wf.resolver)
	out.taskError(err.Error(), wf.sentinels(chain), chainValues(chain))
}

// errorsIs is errors.Is, which a panicking Is method cannot break.
func errorsIs(err, target error) (is bool) {
	defer func() {
		if recover() != nil {
			is = false
		}
	}()
	return errors.Is(err, target)
}

func newWorkerFunc(name string, fn reflect.Value) *workerFunc {
	t := fn.Type()
	wf := &workerFunc{name: name, fn: fn, fixed: t.NumIn()}
	for i := range t.NumIn() {
		pt := t.In(i)
		if t.IsVariadic() && i == t.NumIn()-1 {
			pt = pt.Elem()
			wf.fixed--
		}
		wf.params = append(wf.params, pt)
		var v reflect.Value
		if reusable(pt) {
			v = reflect.New(pt).Elem()
		}
		wf.vars = append(wf.vars, v)
	}
	wf.outErr = t.NumOut() > 0 && t.Out(t.NumOut()-1) == errorType
	for i := range t.NumOut() {
		if !wf.outErr || i < t.NumOut()-1 {
			wf.outs = append(wf.outs, t.Out(i))
		}
	}
	return wf
}

// appendResults appends the outcome of a call whose n results value
// gives: their values, or an error if one cannot be encoded. It reports
// whether they could.
func (wf *workerFunc) appendResults(out *frame, n int, value func(k int) reflect.Value) bool {
	mark := len(out.b)
	out.byte(resOK)
	out.uint(uint64(n))
	for k := range n {
		v := value(k)
		if wf.appendNamed(out, v) {
			continue
		}
		if err := appendValue(out, v); err != nil {
			out.b = out.b[:mark]
			out.failure(fmt.Sprintf("executor: %s: its result of type %s cannot be sent back: %v", wf.name, v.Type(), err))
			return false
		}
	}
	return true
}

// callReflect calls fn, catching a panic.
func (wf *workerFunc) callReflect(fn reflect.Value, in []reflect.Value) (out []reflect.Value, pe *PanicError) {
	defer func() {
		if r := recover(); r != nil {
			pe = newPanicError(wf.name, r)
			if tr, ok := wf.resolver.(TracebackResolver); ok {
				pe.Traceback = traceback(tr, r)
			}
		}
	}()
	return fn.Call(in), nil
}

// A TracebackResolver is a Resolver that can say where in the code it
// runs a panic went through: an interpreter, whose own Go stack says
// nothing of the task's code.
type TracebackResolver interface {
	Resolver
	// Traceback returns the frames of the task's code the panic with
	// value v went through, innermost first. It is called right after
	// the panic was recovered.
	Traceback(v any) []string
}

// traceback is tr.Traceback, which cannot break a worker by panicking.
func traceback(tr TracebackResolver, v any) (frames []string) {
	defer func() {
		if recover() != nil {
			frames = nil
		}
	}()
	return tr.Traceback(v)
}

// call reads one call's arguments from m, runs it and appends its result
// to out. It reports whether the call succeeded.
func (wf *workerFunc) call(out *frame, m *fields) (ok bool) {
	nargs := m.count()
	variadic := wf.fixed < len(wf.params)
	if m.err != nil || nargs < wf.fixed || (!variadic && nargs > wf.fixed) {
		// Skip the arguments: the next call starts after them.
		for range nargs {
			m.bytes()
		}
		if m.err != nil {
			out.failure(fmt.Sprintf("executor: %s: %v", wf.name, m.err))
		} else {
			out.failure(wf.arityError(nargs).Error())
		}
		return false
	}
	in := wf.in[:0]
	var derr error
	for i := range nargs {
		raw := m.bytes()
		k := min(i, len(wf.params)-1)
		v := wf.vars[k]
		if !v.IsValid() || (variadic && k == len(wf.params)-1) {
			v = reflect.New(wf.params[k]).Elem()
		} else {
			v.SetZero() // as fresh
		}
		if derr == nil {
			if err := decodeValue(raw, v); err != nil {
				derr = fmt.Errorf("executor: %s: decoding argument %d as %s: %v", wf.name, i, wf.params[k], err)
			}
		}
		in = append(in, v)
	}
	wf.in = in
	if derr == nil && m.err != nil {
		derr = fmt.Errorf("executor: %s: %w", wf.name, m.err)
	}
	if derr != nil {
		out.failure(derr.Error())
		return false
	}
	res, pe := wf.callReflect(wf.fn, in)
	if pe != nil {
		out.panicked(pe)
		return false
	}
	if wf.outErr {
		n := len(res) - 1
		if err, _ := res[n].Interface().(error); err != nil {
			wf.taskError(out, err)
			return false
		}
		res = res[:n]
	}
	return wf.appendResults(out, len(res), func(k int) reflect.Value { return res[k] })
}

// arityError is the error of a call with nargs arguments.
func (wf *workerFunc) arityError(nargs int) error {
	return fmt.Errorf("executor: %s takes %d arguments, the task has %d", wf.name, len(wf.params), nargs)
}
