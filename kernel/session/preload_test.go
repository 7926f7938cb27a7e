package session

import (
	"context"
	"testing"
	"time"
)

// The preloader starts only after an idle spell, a request stops the run
// in progress, and once a run read everything it is not armed again.
func TestPreloaderRunsWhenIdle(t *testing.T) {
	p := newPreloader()
	runs := make(chan context.Context, 4)
	finish := make(chan error, 4)
	p.run = func(ctx context.Context) error {
		runs <- ctx
		return <-finish
	}
	p.arm()
	p.pause() // a request came before the idle spell ended
	select {
	case <-p.idle.C:
		t.Fatal("the idle timer fired after a request stopped it")
	case <-time.After(3 * preloadIdle):
	}

	p.arm()
	<-p.idle.C
	p.start()
	ctx := <-runs
	p.pause() // a request: the run is told to stop
	select {
	case <-ctx.Done():
	case <-time.After(time.Minute):
		t.Fatal("a request did not stop the preload in progress")
	}
	finish <- ctx.Err()
	if p.done.Load() {
		t.Fatal("a stopped run counted as done")
	}

	p.arm()
	<-p.idle.C
	p.start()
	<-runs
	finish <- nil
	for deadline := time.Now().Add(time.Minute); !p.done.Load(); {
		if time.Now().After(deadline) {
			t.Fatal("a finished run was not recorded")
		}
		time.Sleep(time.Millisecond)
	}
	p.arm()
	select {
	case <-p.idle.C:
		t.Fatal("armed again after every package was read")
	case <-time.After(3 * preloadIdle):
	}
}
