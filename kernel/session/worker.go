package session

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// WorkerResolver is the executor.Resolver of a process-pool worker in the
// kernel: a Session loaded with the notebook's declarations, where task
// functions are looked up by name. The same declarations log that
// restores a crashed interpreter loads the workers.
type WorkerResolver struct {
	opts   Options
	sess   *Session
	loaded map[string]string // decl key -> source evaluated
}

// NewWorkerResolver returns a resolver whose sessions use opts.
func NewWorkerResolver(opts Options) *WorkerResolver {
	return &WorkerResolver{opts: opts, sess: New(opts), loaded: map[string]string{}}
}

// Load brings the session up to date with a declarations log (JSON of
// []*cell.Decl): new declarations are evaluated; a changed one rebuilds the
// session from the whole log (yaegi cannot redefine types and methods, and
// keeps the callers of a redefined function bound to the old one).
func (r *WorkerResolver) Load(gen uint64, data []byte) error {
	var log []*cell.Decl
	if err := json.Unmarshal(data, &log); err != nil {
		return fmt.Errorf("worker: declarations: %w", err)
	}
	var todo []*cell.Decl
	rebuild := false
	for _, d := range log {
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
		r.sess, r.loaded, todo = New(r.opts), map[string]string{}, log
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

// Lookup returns the notebook function called name.
func (r *WorkerResolver) Lookup(name string) (reflect.Value, error) {
	v, err := r.sess.Eval(name)
	if err != nil || !v.IsValid() {
		return reflect.Value{}, fmt.Errorf("worker: no function %s in the notebook's declarations (declare it at the top level of a cell)", name)
	}
	if v.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("worker: %s is a %s, not a function", name, v.Type())
	}
	return v, nil
}
