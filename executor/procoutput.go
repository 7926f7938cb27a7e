package executor

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
)

// outputSettle bounds how long a task's result waits for the lines its
// worker printed before the result to be forwarded.
const outputSettle = 200 * time.Millisecond

// outputPipe is one of a worker's output pipes. A worker writes what a
// task prints before it writes the task's reply, so when the reply comes
// those bytes are in the pipe or already read by the forwarder. The
// forwarder reads and forwards under mu, so the pool, holding mu, sees
// either bytes still in the pipe or none that are read and not yet
// forwarded: it waits until the pipe is empty before it completes the
// future, and the task's output lands in the cell that waits for its
// result.
type outputPipe struct {
	f   *os.File
	fd  int32 // f's descriptor, for poll(2)
	mu  sync.Mutex
	eof bool // the pipe is closed: nothing more will come (under mu)
}

func newOutputPipe(f *os.File) *outputPipe {
	return &outputPipe{f: f, fd: int32(spinpipe.Fd(f))}
}

// caughtUp reports whether everything the worker wrote to its output
// pipes so far has been forwarded: one poll(2) of both.
func (w *worker) caughtUp() bool {
	o, e := w.stdout, w.stderr
	o.mu.Lock()
	defer o.mu.Unlock()
	e.mu.Lock()
	defer e.mu.Unlock()
	fds := [2]int32{-1, -1}
	if !o.eof {
		fds[0] = o.fd
	}
	if !e.eof {
		fds[1] = e.fd
	}
	return !spinpipe.Readable(fds[:]...)
}

// settle waits, for up to outputSettle, until the worker's output pipes
// have caught up.
func (w *worker) settle() {
	if w.caughtUp() {
		return
	}
	deadline := time.Now().Add(outputSettle)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Microsecond)
		if w.caughtUp() {
			return
		}
	}
}

// forward copies a worker's output lines from o to out, prefixed with
// id, and keeps the last stderr lines for crash reports.
func (w *worker) forward(o *outputPipe, out io.Writer, id string, isErr bool) {
	defer w.outDone.Done()
	defer o.f.Close()
	buf := make([]byte, 64<<10)
	var held []byte // the start of a line not ended yet
	crashing := false
	emit := func(line string) {
		if isErr {
			// A Go runtime crash dump is thousands of lines of stacks: keep
			// its first line for the task's error and print none of it.
			if !crashing && subproc.DumpStarts(line) {
				crashing = true
				w.mu.Lock()
				w.crash = line
				w.mu.Unlock()
			}
			if crashing {
				return
			}
			w.mu.Lock()
			w.tail = append(w.tail, line)
			if len(w.tail) > 50 {
				w.tail = w.tail[1:]
			}
			w.mu.Unlock()
		}
		fmt.Fprintf(out, "[%s] %s\n", id, line)
	}
	rc, err := o.f.SyscallConn()
	if err != nil {
		o.mu.Lock()
		o.eof = true
		o.mu.Unlock()
		return
	}
	for {
		// read with mu held from the read to the end of forwarding (see
		// outputPipe); wait for data without it
		var n int
		var rerr error
		locked := false
		err := rc.Read(func(fd uintptr) bool {
			o.mu.Lock()
			n, rerr = unix.Read(int(fd), buf)
			if rerr == unix.EAGAIN || rerr == unix.EINTR {
				o.mu.Unlock()
				return false
			}
			locked = true
			return true
		})
		if !locked {
			o.mu.Lock()
		}
		if n < 0 {
			n = 0
		}
		done := err != nil || rerr != nil || n == 0
		data := append(held, buf[:n]...)
		for {
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				break
			}
			emit(string(data[:i]))
			data = data[i+1:]
		}
		// Lines longer than the buffer are forwarded in pieces: the pipe
		// must be read to its end, or the worker dies of SIGPIPE.
		if len(data) >= len(buf) || (done && len(data) > 0) {
			emit(string(data))
			data = data[:0]
		}
		held = append(held[:0], data...)
		o.eof = done
		o.mu.Unlock()
		if done {
			return
		}
	}
}
