package session

import (
	"encoding/json"
	"fmt"
	"go/token"
	"reflect"
	"runtime/debug"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
)

// WorkerResolver is the executor.Resolver of a process-pool worker in the
// kernel: a Session loaded with the notebook's declarations, where task
// functions are looked up by name. The same declarations log that
// restores a crashed interpreter loads the workers.
type WorkerResolver struct {
	opts    Options
	sess    *Session
	loaded  map[string]string        // decl key -> source evaluated
	funcs   map[string]string        // function name -> source of its declaration
	batches map[string]reflect.Value // function name -> its batch function
	log     []*cell.Decl             // the declarations loaded last
	// errFn finds the notebook value in an error (see ErrorValue), made
	// once per Load (errFnDone), named by errFnGen.
	errFn     reflect.Value
	errFnDone bool
	errFnGen  int
}

// NewWorkerResolver returns a resolver whose sessions use opts.
func NewWorkerResolver(opts Options) *WorkerResolver {
	return &WorkerResolver{opts: opts, sess: New(opts), loaded: map[string]string{},
		funcs: map[string]string{}, batches: map[string]reflect.Value{}}
}

// Load brings the session up to date with a declarations log (JSON of
// []*cell.Decl): new declarations are evaluated; a changed one rebuilds the
// session from the whole log (yaegi cannot redefine types and methods, and
// keeps the callers of a redefined function bound to the old one).
func (r *WorkerResolver) Load(gen uint64, data []byte) error {
	var decls []*cell.Decl
	if err := json.Unmarshal(data, &decls); err != nil {
		return fmt.Errorf("worker: declarations: %w", err)
	}
	var todo []*cell.Decl
	rebuild := false
	for _, d := range decls {
		src, ok := r.loaded[d.Key()]
		if ok && src == d.Src {
			continue
		}
		if ok {
			rebuild = true
		}
		todo = append(todo, d)
	}
	if rebuild {
		r.sess, r.loaded, todo = New(r.opts), map[string]string{}, decls
		clear(r.batches)
	}
	clear(r.funcs)
	r.log = decls
	r.errFnDone = false
	for _, d := range decls {
		if d.Kind == cell.Func && len(d.Names) == 1 {
			r.funcs[d.Names[0]] = d.Src
		}
	}
	notes := r.sess.Restore(todo)
	for _, d := range todo {
		r.loaded[d.Key()] = d.Src
	}
	if len(notes) > 0 {
		// Not fatal: tasks that need a missing declaration fail by name.
		fmt.Fprintln(r.opts.Stderr, "note: "+strings.Join(notes, "\nnote: "))
	}
	return nil
}

// Lookup returns the notebook function called name, or the function of
// a package the interpreter has (the standard library's, those of the
// program's packages) called by its path-qualified name: "math.Sqrt",
// "encoding/json.Valid" (executor sends standard-library functions so).
func (r *WorkerResolver) Lookup(name string) (reflect.Value, error) {
	if !token.IsIdentifier(name) {
		return r.packageFunc(name)
	}
	v, err := r.sess.Eval(name)
	if err != nil || !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("worker: no function %s in the notebook's declarations (declare it at the top level of a cell)", name)
	}
	if v.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("worker: %s is a %s, not a function", name, v.Type())
	}
	return v, nil
}

// LookupBatch returns the batch function of the notebook function name
// (see executor.BatchResolver): a loop in the interpreter, declared in
// the worker's session on first use.
func (r *WorkerResolver) LookupBatch(name string) (reflect.Value, error) {
	if b, ok := r.batches[name]; ok {
		if !b.IsValid() {
			return b, fmt.Errorf("worker: no batch function for %s", name)
		}
		return b, nil
	}
	src, ok := r.funcs[name]
	if !ok {
		return reflect.Value{}, fmt.Errorf("worker: no function %s in the notebook's declarations", name)
	}
	r.batches[name] = reflect.Value{} // until it works
	code, batchName, err := batchSource(name, src)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("worker: no batch function for %s: %w", name, err)
	}
	if _, err := r.sess.Eval(code); err != nil {
		return reflect.Value{}, fmt.Errorf("worker: batch function for %s: %w", name, err)
	}
	b, err := r.sess.Eval(batchName)
	if err != nil {
		return reflect.Value{}, fmt.Errorf("worker: batch function for %s: %w", name, err)
	}
	r.batches[name] = b
	return b, nil
}

// Var returns the notebook's package-level variable name, settable (see
// executor.VarResolver): tasks bring the values their functions use.
func (r *WorkerResolver) Var(name string) (reflect.Value, error) {
	if !token.IsIdentifier(name) {
		return reflect.Value{}, fmt.Errorf("worker: %q is not a variable name", name)
	}
	p, err := r.sess.Eval("&" + name)
	if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer {
		return reflect.Value{}, fmt.Errorf("worker: no variable %s in the notebook's declarations", name)
	}
	return p.Elem(), nil
}

// Sentinels returns the notebook's package-level variables of type error
// as the worker has them (see executor.SentinelResolver).
func (r *WorkerResolver) Sentinels() (names []string, errs []error) {
	for _, d := range r.log {
		if d.Kind != cell.Var {
			continue
		}
		for _, n := range d.Names {
			p, err := r.sess.Eval("&" + n)
			if err != nil || !p.IsValid() || p.Kind() != reflect.Pointer || p.Type().Elem() != errorType {
				continue
			}
			if e, _ := p.Elem().Interface().(error); e != nil {
				names = append(names, n)
				errs = append(errs, e)
			}
		}
	}
	return names, errs
}

// Traceback returns the notebook functions a task's panic went through,
// innermost first, each with the cell that declared it (see
// executor.TracebackResolver), called while the panicking frames are
// on the stack still (the stack tells who raised it).
func (r *WorkerResolver) Traceback(v any) []string {
	e := r.sess.panicError(interp.Panic{Value: v, Stack: debug.Stack()}, 0, nil)
	r.sess.mu.Lock()
	r.sess.frames = nil // yaegi printed them for this panic
	r.sess.mu.Unlock()
	var out []string
	for _, f := range e.Traceback[1:] { // after "panic: value"
		if f != "Cell In[0]" && !strings.Contains(f, batchPrefix) {
			out = append(out, f)
		}
	}
	return out
}

// packageFunc returns the function name ("encoding/json.Valid") from the
// interpreter's export tables, which yaegi keys "path/pkgname".
func (r *WorkerResolver) packageFunc(name string) (reflect.Value, error) {
	slash := strings.LastIndexByte(name, '/')
	dot := strings.IndexByte(name[slash+1:], '.')
	if dot < 0 {
		return reflect.Value{}, fmt.Errorf("worker: %q is not the name of a function", name)
	}
	path, fn := name[:slash+1+dot], name[slash+1+dot+1:]
	tables := append([]interp.Exports{check.StdSymbols()}, r.opts.Symbols...)
	for _, syms := range tables {
		for key, pkg := range syms {
			rest, ok := strings.CutPrefix(key, path+"/")
			if !ok || strings.Contains(rest, "/") {
				continue
			}
			if v, ok := pkg[fn]; ok && v.Kind() == reflect.Func {
				return v, nil
			}
		}
	}
	return reflect.Value{}, fmt.Errorf("worker: no function %s in the packages the worker has", name)
}

// NamedValue implements executor.NamedValueResolver: a task's result of
// a named slice, map or array type (type Vec []float64) in an interface
// is yaegi's record of the value, which names its type.
func (r *WorkerResolver) NamedValue(v reflect.Value) (string, reflect.Value, bool) {
	if !v.CanInterface() {
		return "", reflect.Value{}, false
	}
	name, u, ok := rt.NamedComposite(v.Interface())
	if !ok {
		return "", reflect.Value{}, false
	}
	return name, reflect.ValueOf(u), true
}
