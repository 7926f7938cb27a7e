package subproc

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// DrainGrace bounds how long the parent waits, after a child exited, for
// its pipes to be read to their end: a process the child started may hold
// them open.
const DrainGrace = time.Second

// CrashDrainGrace is DrainGrace for a child the Go runtime ended (see
// Crashed): its report of why is in the pipes, and on a loaded machine
// reading it to its end may take longer than DrainGrace.
const CrashDrainGrace = 5 * time.Second

// Process is a started child process and the parent's ends of its pipes.
type Process struct {
	Pipes
	cmd     *exec.Cmd
	exited  chan struct{}
	waitErr error // set before exited is closed

	mu  sync.Mutex
	why string // the first reason given to Kill
}

// Launch starts cmd with its pipes connected (see Start). The caller
// starts its readers of the pipes, then calls Watch.
func Launch(cmd *exec.Cmd) (*Process, error) {
	pipes, err := Start(cmd)
	if err != nil {
		return nil, err
	}
	return &Process{Pipes: *pipes, cmd: cmd, exited: make(chan struct{})}, nil
}

// Watch waits for the process in the background. Once it has exited,
// drain (when not nil) runs before Exited is closed: it waits, boundedly
// (see DrainOrClose), for the parent's readers of the pipes. Call it once,
// after the readers are started.
func (p *Process) Watch(drain func(*Process)) {
	go func() {
		err := p.cmd.Wait()
		if drain != nil {
			drain(p)
		}
		p.waitErr = err
		close(p.exited)
	}()
}

// Crashed reports whether the Go runtime ended the process (exit status
// 2: a fatal error such as a stack overflow, or a panic nothing
// recovered; also os.Exit(2), which only lengthens the drain). Call it
// only from Watch's drain: it reads what Wait set, without a lock.
func (p *Process) Crashed() bool {
	st := p.cmd.ProcessState
	return st != nil && st.Exited() && st.ExitCode() == 2
}

// DrainOrClose waits until done is closed or DrainGrace has passed, then
// closes files (parent's ends a reader may be blocked on because a
// grandchild holds the pipe) and waits for done.
func DrainOrClose(done <-chan struct{}, files ...*os.File) {
	select {
	case <-done:
	case <-time.After(DrainGrace):
	}
	for _, f := range files {
		f.Close()
	}
	<-done
}

// Pid returns the process id.
func (p *Process) Pid() int { return p.cmd.Process.Pid }

// Exited is closed when the process has exited and its pipes are drained.
func (p *Process) Exited() <-chan struct{} { return p.exited }

// Dead reports whether Exited is closed.
func (p *Process) Dead() bool {
	select {
	case <-p.exited:
		return true
	default:
		return false
	}
}

// Kill kills the process. why, when not empty, is the reason it was killed
// (for example a timeout); the first one given is kept (see Why).
func (p *Process) Kill(why string) {
	p.mu.Lock()
	if p.why == "" {
		p.why = why
	}
	p.mu.Unlock()
	_ = p.cmd.Process.Kill()
}

// Why returns the reason the process was killed, if Kill was given one.
func (p *Process) Why() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.why
}

// Stop closes the requests pipe (EOF tells the child to end), waits up to
// grace for the process to exit and kills it if it has not.
func (p *Process) Stop(grace time.Duration) {
	p.Requests.Close()
	select {
	case <-p.exited:
	case <-time.After(grace):
		p.Kill("")
		<-p.exited
	}
}

// ExitStatus describes how the process ended (see the function ExitStatus),
// or "still running".
func (p *Process) ExitStatus() string {
	if !p.Dead() {
		return "still running"
	}
	return ExitStatus(p.waitErr)
}

// Inherited returns, in a child started by Start, the requests (fd 3) and
// replies (fd 4) pipes, marked close-on-exec so that the processes the
// child starts do not hold them open. With nonblocking, the requests end
// is put in non-blocking mode (as spinpipe.NewReader needs). An error
// means the descriptors are missing: the process was not started by Start.
func Inherited(nonblocking bool) (requests, replies *os.File, err error) {
	for _, fd := range []int{3, 4} {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err != nil {
			return nil, nil, fmt.Errorf("fd %d: %w", fd, err)
		}
		syscall.CloseOnExec(fd)
	}
	if nonblocking {
		if err := syscall.SetNonblock(3, true); err != nil {
			return nil, nil, fmt.Errorf("fd 3: %w", err)
		}
	}
	return os.NewFile(3, "requests"), os.NewFile(4, "replies"), nil
}

// DumpMarkers start the lines that begin a Go runtime crash dump, which a
// parent keeps from the notebook (it is thousands of lines of stacks).
var DumpMarkers = []string{"fatal error: ", "runtime: goroutine stack exceeds"}

// DumpStarts reports whether line begins a Go runtime crash dump.
func DumpStarts(line string) bool {
	for _, m := range DumpMarkers {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

// DumpCause says why a Go process crashed, from the first line of its
// runtime crash dump (head; "" when none began) and the last lines it
// wrote to stderr (tail): "fatal error: concurrent map writes", "fatal
// error: stack overflow (goroutine stack exceeds ...)", "panic: <value>"
// for a panic no goroutine recovered, or "" when neither tells. Together
// with ExitStatus (an exit code, a signal) it classifies every way a child
// ends.
func DumpCause(head string, tail []string) string {
	cause := head
	if rest, ok := strings.CutPrefix(cause, "runtime: goroutine stack exceeds"); ok {
		cause = "fatal error: stack overflow (goroutine stack exceeds" + rest + ")"
	}
	for _, line := range tail {
		if cause != "" {
			break
		}
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "fatal error: "), strings.HasPrefix(line, "panic: "):
			cause = line
		case strings.Contains(line, "stack exceeds"):
			cause = "fatal error: stack overflow (" + line + ")"
		}
	}
	cause = strings.TrimSuffix(cause, " [recovered, repanicked]")
	return strings.TrimSuffix(cause, " [recovered]")
}
