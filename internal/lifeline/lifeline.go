// Package lifeline ends a kernel whose launcher went away. Jupyter starts a
// kernel as a child of the process that manages it (a notebook server,
// nbclient, jupyter console) and passes that process's id in
// JPY_PARENT_PID. When the launcher dies without shutting the kernel down
// (killed, crashed), nothing else would: the kernel, its interpreter and a
// busy cell would run on, orphaned. ipykernel polls for this; so does
// Watch.
package lifeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrParentGone is the cause of a context cancelled by Watch.
var ErrParentGone = errors.New("the process that started the kernel is gone")

// ParentEnv names the environment variable in which Jupyter passes the
// launcher's process id.
const ParentEnv = "JPY_PARENT_PID"

// Interval is how often Watch looks.
const Interval = 500 * time.Millisecond

// Watch returns a context that is cancelled, with a cause wrapping
// ErrParentGone, when this process's parent changes (the parent exited and
// the process was reparented) or when the process named by JPY_PARENT_PID
// exits (the launcher may start the kernel through a wrapper that stays
// alive). It polls every Interval until ctx is done; stop releases it.
func Watch(ctx context.Context) (watched context.Context, stop context.CancelFunc) {
	launcher := 0
	if n, err := strconv.Atoi(os.Getenv(ParentEnv)); err == nil && n > 1 {
		launcher = n
	}
	return watch(ctx, os.Getppid, launcher, alive, Interval)
}

func watch(ctx context.Context, getppid func() int, launcher int, alive func(int) bool,
	every time.Duration) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	parent := getppid()
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if p := getppid(); p != parent {
				cancel(fmt.Errorf("%w: parent process %d exited", ErrParentGone, parent))
				return
			}
			if launcher != 0 && !alive(launcher) {
				cancel(fmt.Errorf("%w: %s=%d exited", ErrParentGone, ParentEnv, launcher))
				return
			}
		}
	}()
	return ctx, func() { cancel(context.Canceled) }
}

// alive reports whether process pid exists and has not exited: a zombie
// (exited, not yet reaped by its parent) counts as gone.
func alive(pid int) bool {
	if data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
		// "pid (comm) S ...": the state follows the last ')'.
		s := string(data)
		if i := strings.LastIndexByte(s, ')'); i >= 0 && i+2 < len(s) {
			return s[i+2] != 'Z' && s[i+2] != 'X'
		}
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
