package session

import (
	"context"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/kernel/check"
)

// preloadIdle is how long the interpreter waits without a request before
// it reads the generic standard-library packages (check.Preload).
const preloadIdle = 50 * time.Millisecond

// preloader runs check.Preload while the interpreter is idle. Reading
// slices, maps and strings costs 80-360 ms of CPU: started right after
// the first cell, as it was, it competed with the cells a client sends
// back to back (a notebook run top to bottom, a benchmark), on a 2-core
// machine doubling a trivial cell's round trip. Now it starts once no
// request came for preloadIdle after a cell, and a request that arrives
// meanwhile stops it after the package being read (a cell that needs
// the specializer waits for that package at most, as before) until the
// next idle spell; packages read are kept, so it goes on where it
// stopped. A user typing a cell leaves it all the time it needs.
type preloader struct {
	idle   *time.Timer        // fires after preloadIdle without a request
	cancel context.CancelFunc // stops the run in progress; nil when none
	done   atomic.Bool        // a run read every package
	run    func(context.Context) error
}

func newPreloader() *preloader {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return &preloader{idle: t, run: check.Preload}
}

// arm starts the wait for an idle spell, unless every package is read.
func (p *preloader) arm() {
	if !p.done.Load() {
		p.idle.Reset(preloadIdle)
	}
}

// start runs Preload on a goroutine of its own (the idle timer fired).
func (p *preloader) start() {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	go func() {
		if p.run(ctx) == nil {
			p.done.Store(true)
		}
	}()
}

// pause stops the wait, and the run in progress after its package.
func (p *preloader) pause() {
	p.idle.Stop()
	if p.cancel != nil {
		p.cancel()
		p.cancel = nil
	}
}
