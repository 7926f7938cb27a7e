package executor

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"runtime/debug"
	"sync"
	"syscall"

	"github.com/gofutures/gofutures/internal/spinpipe"
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

var registry sync.Map // name -> reflect.Value

// Register makes fn runnable in ProcessPool workers of a compiled program
// under name. Register every function in an init func or at the top of
// main, before RunWorker, so that the worker (the same program started
// again) knows them too.
func Register(name string, fn any) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		panic(fmt.Sprintf("executor: Register(%q): have %T, want a function", name, fn))
	}
	registry.Store(name, v)
	registryByPtr.Store(v.Pointer(), name)
}

var registryByPtr sync.Map // code pointer -> name

// registeredName returns the name fn was registered under.
func registeredName(fn any) (string, bool) {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return "", false
	}
	name, ok := registryByPtr.Load(v.Pointer())
	if !ok {
		return "", false
	}
	return name.(string), true
}

type registryResolver struct{}

func (registryResolver) Load(uint64, []byte) error { return nil }

func (registryResolver) Lookup(name string) (reflect.Value, error) {
	if v, ok := registry.Load(name); ok {
		return v.(reflect.Value), nil
	}
	return reflect.Value{}, fmt.Errorf("executor: no function registered as %q in the worker (call executor.Register before executor.RunWorker)", name)
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
	syscall.CloseOnExec(4)
	requests, err := spinpipe.OpenInherited(3, "requests")
	if err == nil {
		err = ServeWorker(registryResolver{}, requests, os.NewFile(4, "replies"))
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
	enc := json.NewEncoder(replies)
	dec := json.NewDecoder(bufio.NewReader(requests))
	if err := enc.Encode(procReply{Ev: "ready"}); err != nil {
		return fmt.Errorf("executor: worker: %w", err)
	}
	fns := map[string]reflect.Value{}
	for {
		var req procRequest
		if err := dec.Decode(&req); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("executor: worker: reading request: %w", err)
		}
		rep := procReply{Ev: "done", ID: req.ID}
		switch req.Op {
		case "decls":
			rep.Ev = "decls"
			if err := r.Load(req.Gen, req.Data); err != nil {
				rep.Err = err.Error()
			}
			clear(fns)
		case "init", "task":
			fn, ok := fns[req.Fn]
			if !ok {
				var err error
				if fn, err = r.Lookup(req.Fn); err != nil {
					rep.Err = err.Error()
					break
				}
				fns[req.Fn] = fn
			}
			rep.Results = make([]procResult, 0, len(req.Calls))
			for _, args := range req.Calls {
				res := callEncoded(req.Fn, fn, args)
				rep.Results = append(rep.Results, res)
				if res.Err != "" || res.Panic != "" {
					break // a chunk stops at its first failure
				}
			}
		default:
			rep.Err = fmt.Sprintf("executor: worker: unknown op %q", req.Op)
		}
		if err := enc.Encode(rep); err != nil {
			return fmt.Errorf("executor: worker: writing reply: %w", err)
		}
	}
}

// callEncoded decodes args into fn's parameter types, calls fn and encodes
// its results.
func callEncoded(name string, fn reflect.Value, args []json.RawMessage) (res procResult) {
	t := fn.Type()
	in := make([]reflect.Value, len(args))
	for i, raw := range args {
		var pt reflect.Type
		switch {
		case t.IsVariadic() && i >= t.NumIn()-1:
			pt = t.In(t.NumIn() - 1).Elem()
		case i < t.NumIn():
			pt = t.In(i)
		default:
			res.Err = fmt.Sprintf("executor: %s takes %d arguments, the task has %d", name, t.NumIn(), len(args))
			return res
		}
		p := reflect.New(pt)
		if err := decodeValue(raw, p); err != nil {
			res.Err = fmt.Sprintf("executor: %s: decoding argument %d as %s: %v", name, i, pt, err)
			return res
		}
		in[i] = p.Elem()
	}
	defer func() {
		if r := recover(); r != nil {
			res.Panic = fmt.Sprint(r)
			res.Stack = string(debug.Stack())
		}
	}()
	out := fn.Call(in)
	if n := len(out); n > 0 && t.Out(n-1) == errorType {
		if err, _ := out[n-1].Interface().(error); err != nil {
			res.Err = err.Error()
		}
		out = out[:n-1]
	}
	for _, v := range out {
		raw, err := encodeValue(v)
		if err != nil {
			res.Err = fmt.Sprintf("executor: %s: its result of type %s cannot be sent back: %v", name, v.Type(), err)
			return res
		}
		res.Out = append(res.Out, raw)
	}
	return res
}
