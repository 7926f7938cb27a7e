package lifeline

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"sync/atomic"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestParentChange(t *testing.T) {
	var ppid atomic.Int64
	ppid.Store(100)
	ctx, stop := watch(context.Background(), func() int { return int(ppid.Load()) }, 0, nil, time.Millisecond)
	defer stop()
	select {
	case <-ctx.Done():
		t.Fatal("cancelled while the parent lives")
	case <-time.After(20 * time.Millisecond):
	}
	ppid.Store(1) // reparented to init
	<-ctx.Done()
	if err := context.Cause(ctx); !errors.Is(err, ErrParentGone) {
		t.Fatalf("cause = %v", err)
	}
}

func TestLauncherExit(t *testing.T) {
	var gone atomic.Bool
	ctx, stop := watch(context.Background(), func() int { return 100 }, 4242,
		func(pid int) bool { return pid != 4242 || !gone.Load() }, time.Millisecond)
	defer stop()
	gone.Store(true)
	<-ctx.Done()
	if err := context.Cause(ctx); !errors.Is(err, ErrParentGone) || err.Error() != ErrParentGone.Error()+": JPY_PARENT_PID=4242 exited" {
		t.Fatalf("cause = %v", err)
	}
}

func TestStop(t *testing.T) {
	ctx, stop := watch(context.Background(), func() int { return 100 }, 0, nil, time.Millisecond)
	stop()
	<-ctx.Done()
	if err := context.Cause(ctx); errors.Is(err, ErrParentGone) {
		t.Fatalf("stop: cause = %v", err)
	}
}

// TestWatchReal: this test process's real parent and launcher are alive.
func TestWatchReal(t *testing.T) {
	t.Setenv(ParentEnv, "1")
	ctx, stop := Watch(context.Background())
	time.Sleep(2 * Interval)
	if ctx.Err() != nil {
		t.Fatalf("cancelled: %v", context.Cause(ctx))
	}
	stop()
}

func TestAlive(t *testing.T) {
	if !alive(os.Getpid()) {
		t.Error("this process is not alive")
	}
	cmd := exec.Command("true")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pid := cmd.Process.Pid
	// Exited but not reaped: a zombie is gone too.
	deadline := time.Now().Add(10 * time.Second)
	for alive(pid) {
		if time.Now().After(deadline) {
			t.Fatal("an exited child still counts as alive")
		}
		time.Sleep(time.Millisecond)
	}
	_ = cmd.Wait()
	if alive(pid) {
		t.Error("a reaped child counts as alive")
	}
}
