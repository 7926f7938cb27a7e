// Package subproc is the one child-process type of gofutures: the kernel's
// interpreter and the process pools' workers are started, watched, drained
// and killed the same way. A Process gets requests on its fd 3 and writes
// replies on its fd 4 (Inherited is the child's side), its stdout and
// stderr are captured on pipes, and it is killed if its parent dies. When
// it crashes, ExitStatus and DumpCause say how.
package subproc

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"syscall"
)

// Pipes are the parent's ends of a started child's pipes.
type Pipes struct {
	Requests *os.File // write: the child's fd 3
	Replies  *os.File // read: the child's fd 4
	Stdout   *os.File // read: the child's fd 1
	Stderr   *os.File // read: the child's fd 2
}

// Start starts cmd with the pipes connected. cmd.Stdin is left as it is
// (nil: /dev/null). On error every pipe is closed.
func Start(cmd *exec.Cmd) (*Pipes, error) {
	var ends [8]*os.File // child read, parent write, parent read, child write, ...
	closeAll := func() {
		for _, f := range ends {
			if f != nil {
				f.Close()
			}
		}
	}
	for i := 0; i < len(ends); i += 2 {
		r, w, err := os.Pipe()
		if err != nil {
			closeAll()
			return nil, fmt.Errorf("subproc: pipe: %w", err)
		}
		ends[i], ends[i+1] = r, w
	}
	// ends: 0 req read (child), 1 req write; 2 rep read, 3 rep write (child);
	// 4 out read, 5 out write (child); 6 err read, 7 err write (child).
	cmd.ExtraFiles = []*os.File{ends[0], ends[3]}
	cmd.Stdout, cmd.Stderr = ends[5], ends[7]
	if cmd.SysProcAttr == nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{}
	}
	cmd.SysProcAttr.Pdeathsig = syscall.SIGKILL
	if err := cmd.Start(); err != nil {
		closeAll()
		return nil, fmt.Errorf("subproc: starting %s: %w", cmd.Path, err)
	}
	for _, i := range []int{0, 3, 5, 7} {
		ends[i].Close()
	}
	return &Pipes{Requests: ends[1], Replies: ends[2], Stdout: ends[4], Stderr: ends[6]}, nil
}

// ExitStatus describes how a process ended from the error of its Wait:
// "exit status 2", "killed by signal killed", or "exit status 0".
func ExitStatus(waitErr error) string {
	var ee *exec.ExitError
	if errors.As(waitErr, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return "killed by signal " + ws.Signal().String()
		}
		return "exit status " + strconv.Itoa(ee.ExitCode())
	}
	if waitErr != nil {
		return waitErr.Error()
	}
	return "exit status 0"
}
