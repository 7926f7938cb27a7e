package executor

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/gofutures/gofutures/internal/spinpipe"
	"github.com/gofutures/gofutures/internal/subproc"
)

// outputSettle bounds how long a task's result waits for the lines its
// worker printed before the result to be forwarded.
const outputSettle = 200 * time.Millisecond

// outputPipe is one of a worker's output pipes with the count of what its
// forwarder has taken from it and what it has dealt with (forwarded, or
// held as the start of a line not ended yet). A worker writes what a task
// prints before it writes the task's reply, so when the reply comes those
// bytes are in the pipe or already read: the pool waits until the pipe is
// empty and the forwarder has caught up before it completes the future,
// and the task's output lands in the cell that waits for its result.
type outputPipe struct {
	f       *os.File
	fd      int32 // f's descriptor, for poll(2)
	taken   atomic.Int64
	settled atomic.Int64
}

func newOutputPipe(f *os.File) *outputPipe {
	return &outputPipe{f: f, fd: int32(spinpipe.Fd(f))}
}

// caughtUp reports whether everything written to the worker's output
// pipes so far has been dealt with: one poll(2) when it has.
func (w *worker) caughtUp() bool {
	return w.stdout.settled.Load() == w.stdout.taken.Load() && w.stderr.settled.Load() == w.stderr.taken.Load() &&
		!spinpipe.Readable(w.stdout.fd, w.stderr.fd)
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
	for {
		n, err := o.f.Read(buf)
		taken := o.taken.Add(int64(n))
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
		if len(data) >= len(buf) || (err != nil && len(data) > 0) {
			emit(string(data))
			data = data[:0]
		}
		held = append(held[:0], data...)
		o.settled.Store(taken)
		if err != nil {
			return
		}
	}
}
