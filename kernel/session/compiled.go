package session

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/internal/toolchain"
	"github.com/gofutures/gofutures/kernel/check"
)

// compiledWorkers builds the process-pool worker programs of a notebook:
// its declarations compiled with the go command (check.Program,
// toolchain.Builder.BuildWorkers), one program per generation of the
// declarations, built once and shared by the pools.
type compiledWorkers struct {
	mu         sync.Mutex
	newBuilder func() (*toolchain.Builder, error)
	gen        uint64          // of nb
	nb         *check.Notebook // the declarations now, or nil: see setNotebook
	why        string          // why there is no nb
	changed    chan struct{}   // closed when gen changes
	cur        *workerBuild    // the build of the latest generation asked for
	builder    *toolchain.Builder
	berr       error
	release    func() // of the program held (see toolchain.Result.Hold)
}

// workerBuild is one build, done when done is closed.
type workerBuild struct {
	gen     uint64
	done    chan struct{}
	path    string
	err     error
	waiting atomic.Bool        // a pool waits for it: show its progress, do not cancel it
	cancel  context.CancelFunc // stops it when a newer generation replaces it unwaited
}

// setNotebook records the declarations of generation gen; nb is nil
// where the checker could not see every cell (why says so). With eager
// set (the notebook imports the executor), their program is built at
// once, in the background, so that it is ready when a pool needs it; a
// background build of older declarations that no pool waits for stops.
func (cw *compiledWorkers) setNotebook(gen uint64, nb *check.Notebook, why string, eager bool, newBuilder func() (*toolchain.Builder, error)) {
	cw.mu.Lock()
	defer cw.mu.Unlock()
	cw.gen, cw.nb, cw.why = gen, nb, why
	if cw.changed != nil {
		close(cw.changed)
		cw.changed = nil
	}
	if cw.newBuilder == nil {
		cw.newBuilder = newBuilder
	}
	if eager && cw.newBuilder != nil && nb != nil {
		cw.latest()
	}
}

// latest returns the build of the latest declarations, started if need
// be. Called with cw.mu held.
func (cw *compiledWorkers) latest() *workerBuild {
	if cw.cur != nil && cw.cur.gen == cw.gen {
		return cw.cur
	}
	if old := cw.cur; old != nil && !old.waiting.Load() {
		old.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	cw.cur = &workerBuild{gen: cw.gen, done: make(chan struct{}), cancel: cancel}
	go cw.build(ctx, cw.cur, cw.nb, cw.why)
	return cw.cur
}

// compile returns the worker program of the declarations of generation
// gen or a later one, building it if need be, and waits for the build or
// for ctx.
func (cw *compiledWorkers) compile(ctx context.Context, gen uint64, newBuilder func() (*toolchain.Builder, error)) (string, error) {
	cw.mu.Lock()
	if cw.newBuilder == nil {
		cw.newBuilder = newBuilder
	}
	// The pool read gen before the session recorded its declarations
	// here (see PoolLink.update): wait for them.
	for cw.gen < gen {
		if cw.changed == nil {
			cw.changed = make(chan struct{})
		}
		ch := cw.changed
		cw.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return "", ctx.Err()
		}
		cw.mu.Lock()
	}
	b := cw.latest()
	b.waiting.Store(true)
	cw.mu.Unlock()
	select {
	case <-b.done:
		return b.path, b.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// build runs b: it writes the program and builds it, showing progress
// in one display that updates in place when a pool waits for it over a
// second.
func (cw *compiledWorkers) build(ctx context.Context, b *workerBuild, nb *check.Notebook, why string) {
	defer close(b.done)
	defer func() {
		if r := recover(); r != nil { // a bug here must not cost the notebook
			b.err = fmt.Errorf("writing the program of the notebook's declarations failed: %v", r)
		}
	}()
	if nb == nil {
		b.err = errors.New(why)
		return
	}
	prog, err := nb.Program()
	if err != nil {
		b.err = fmt.Errorf("the notebook's declarations do not build as a program: %w", err)
		return
	}
	builder, err := cw.getBuilder()
	if err != nil {
		b.err = err
		return
	}
	var h *display.Handle
	show := func(text string) {
		if h == nil {
			h = display.NewHandle()
			_ = h.Show(display.Text(text))
			return
		}
		_ = h.Update(display.Text(text))
	}
	res, err := builder.BuildWorkers(ctx, prog.Files, func(p toolchain.Progress) {
		if !p.Done && b.waiting.Load() && p.Elapsed >= time.Second {
			show(fmt.Sprintf("compiled workers: building the notebook's declarations with the go command (%.0f s)", p.Elapsed.Seconds()))
		}
	})
	if err != nil {
		b.err = fmt.Errorf("the notebook's declarations did not build: %s", firstDiagnostic(err))
		if h != nil {
			show("compiled workers: the build failed") // the pool says why
		}
		return
	}
	if h != nil {
		show(fmt.Sprintf("compiled workers: built in %.1f s", res.Elapsed.Seconds()))
	}
	b.path = res.Path
	// Held while it is the latest, so that pruning the cache does not
	// remove a program whose workers are still being started.
	release, err := res.Hold()
	if err == nil {
		cw.mu.Lock()
		old := cw.release
		cw.release = release
		cw.mu.Unlock()
		if old != nil {
			old()
		}
	}
}

// firstDiagnostic is err in a line: the first of a build's diagnostics
// ("In[3]:2:9: undefined: x"), or its first line.
func firstDiagnostic(err error) string {
	var te *toolchain.Error
	if errors.As(err, &te) && len(te.Diagnostics) > 0 {
		return te.Diagnostics[0].String()
	}
	msg, _, _ := strings.Cut(err.Error(), "\n")
	return msg
}

func (cw *compiledWorkers) getBuilder() (*toolchain.Builder, error) {
	cw.mu.Lock()
	defer cw.mu.Unlock()
	if cw.builder == nil && cw.berr == nil {
		if cw.newBuilder == nil {
			cw.berr = errors.New("no Go toolchain configured for this kernel")
		} else {
			cw.builder, cw.berr = cw.newBuilder()
		}
	}
	return cw.builder, cw.berr
}
