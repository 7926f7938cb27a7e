package session

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/gofutures/gofutures/display"
	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/magic"
)

// Server is the interpreter process's side of the kernel protocol: it reads
// ipc.Requests, runs them in a Session and writes ipc.Events.
type Server struct {
	stdout, stderr *os.File
	sess           *Session

	evMu sync.Mutex
	ev   *json.Encoder
	sync atomic.Uint64

	inputs     chan ipc.Request // OpInput replies
	allowStdin atomic.Bool      // of the running cell
	snapSeq    int              // snapshots written (keep.go)
	pending    []*pendingWrite  // snapshots being written (keep.go)
	// goroutines of interpreted code a cell may leave running, and the
	// variables they may be writing, which snapshots must not read
	// (keep.go)
	goroutinesBefore int
	tainted          map[string]bool
	stacks           []byte
	// quiet: the count after the last cell found no goroutine running
	// interpreted code, when quietCreated goroutines had been created
	// (see goroutinesAtStart)
	quiet        bool
	quietCreated uint64

	// the execute request running (cell, 0 between cells) and the one
	// each display id was shown by, for a handle's Clear
	dispMu  sync.Mutex
	cell    uint64
	cells   uint64
	shownIn map[string]uint64

	dirs        magic.Dirs // %cd's previous directory
	cancelMu    sync.Mutex
	cancelMagic context.CancelFunc // of the running magic, nil when none
	dying       atomic.Bool        // a goroutine's panic ends the process (goPanic)
	// watchCells hands the deadlock check's goroutine each cell's stop
	// channel (watchCell)
	watchCells chan chan struct{}
}

// inputReader is the cells' standard input: each read that finds no
// buffered input asks the front end for a line.
type inputReader struct {
	srv *Server
	buf []byte
	eof bool
}

func (r *inputReader) Read(p []byte) (int, error) {
	if len(r.buf) == 0 {
		if r.eof {
			return 0, io.EOF
		}
		if !r.srv.allowStdin.Load() {
			fmt.Fprintln(r.srv.stderr, "stdin: this front end does not accept input (allow_stdin is false); reading gives EOF")
			return 0, io.EOF
		}
		if err := r.srv.send(ipc.Event{Ev: ipc.EvInput}, true); err != nil {
			return 0, err
		}
		rep, ok := <-r.srv.inputs
		if !ok || rep.EOF {
			return 0, io.EOF
		}
		r.buf = append(r.buf, rep.Text...)
		r.buf = append(r.buf, '\n')
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// Serve runs the interpreter process loop until the requests end or a
// shutdown request arrives. stdout and stderr are the process's fd 1 and 2
// (the kernel streams them); requests and events are fd 3 and 4.
func Serve(requests io.Reader, events io.Writer, stdout, stderr *os.File, opts Options) error {
	srv := &Server{stdout: stdout, stderr: stderr, ev: json.NewEncoder(events), inputs: make(chan ipc.Request)}
	opts.Stdout, opts.Stderr = stdout, stderr
	opts.Stdin = &inputReader{srv: srv}
	opts.GoPanic = srv.goPanic
	srv.sess = New(opts)
	display.SetPublisher(srv)
	defer display.SetPublisher(nil)
	if err := srv.send(ipc.Event{Ev: ipc.EvReady}, false); err != nil {
		return err
	}
	// Requests are read on their own goroutine: input replies arrive while
	// a cell runs (and reads its stdin).
	reqs := make(chan ipc.Request)
	readErr := make(chan error, 1)
	go func() {
		dec := json.NewDecoder(bufio.NewReader(requests))
		for {
			var req ipc.Request
			if err := dec.Decode(&req); err != nil {
				if err == io.EOF {
					err = nil
				} else {
					err = fmt.Errorf("session: reading request: %w", err)
				}
				readErr <- err
				close(reqs)
				close(srv.inputs)
				return
			}
			if req.Op == ipc.OpInput {
				srv.inputs <- req
				continue
			}
			if req.Op == ipc.OpCancel {
				srv.cancelMu.Lock()
				if srv.cancelMagic != nil {
					srv.cancelMagic()
				}
				srv.cancelMu.Unlock()
				continue
			}
			reqs <- req
		}
	}()
	sentGen := -1
	pre := newPreloader()
	defer pre.pause()
	for {
		var req ipc.Request
		var ok bool
		select {
		case req, ok = <-reqs:
		case <-pre.idle.C:
			pre.start()
			continue
		}
		pre.pause()
		if !ok {
			return <-readErr
		}
		ev := ipc.Event{Ev: ipc.EvDone, Seq: req.Seq, Status: "ok"}
		switch req.Op {
		case ipc.OpExecute:
			srv.dispMu.Lock()
			srv.cells++
			srv.cell = srv.cells
			srv.dispMu.Unlock()
			srv.allowStdin.Store(req.AllowStdin)
			srv.waitPending(req.Code, req.Count)
			srv.goroutinesBefore = srv.goroutinesAtStart()
			if req.Magic != "" {
				ctx, cancel := context.WithCancel(context.Background())
				srv.cancelMu.Lock()
				srv.cancelMagic = cancel
				srv.cancelMu.Unlock()
				srv.runMagic(ctx, req, &ev)
				srv.cancelMu.Lock()
				srv.cancelMagic = nil
				srv.cancelMu.Unlock()
				cancel()
				break
			}
			stop := srv.watchCell()
			res, err := srv.sess.Execute(context.Background(), req.Code, req.Count)
			close(stop)
			ev.Notes = res.Notes
			if err != nil {
				e := err.(*Error)
				ev.Status, ev.EName, ev.EValue, ev.Traceback = "error", e.Name, e.Value, e.Traceback
				ev.Instances = e.Instances
			} else if res.HasValue {
				ev.Data, ev.Metadata = res.Bundle.Data, res.Bundle.Metadata
			}
		case ipc.OpRestore:
			r := srv.sess.RestoreAll(req.Decls, snapshotFiles(req.Snapshots))
			ev.Notes, ev.Restored, ev.Lost = r.Notes, r.Vars, r.Lost
		case ipc.OpShutdown:
			return srv.send(ev, true)
		case ipc.OpSync:
		default:
			ev.Status, ev.EName, ev.EValue = "error", "ProtocolError", "unknown op "+strconv.Quote(req.Op)
		}
		srv.dispMu.Lock()
		srv.cell = 0
		srv.dispMu.Unlock()
		if gen := srv.sess.DeclsGeneration(); gen != sentGen {
			ev.Decls, ev.DeclsChanged, sentGen = srv.sess.Decls(), true, gen
		}
		ev.State, ev.Members, ev.Types = srv.sess.State(), srv.sess.Members(), srv.sess.Types()
		if err := srv.send(ev, true); err != nil {
			return err
		}
		if req.Op == ipc.OpExecute && ran(ev) {
			// after the reply: the user sees the result without waiting
			// for it; the next request waits, as little as it can
			if err := srv.snapshot(req); err != nil {
				return err
			}
		}
		if req.Op == ipc.OpExecute && !opts.NoCheck {
			pre.arm() // (after a cell: the kernel's start waits for none of it)
		}
	}
}

// goPanic is Options.GoPanic: it tells the kernel about the panic that
// ended a goroutine (after what was printed before it) and ends the
// process with exit status 2, as Go's runtime does (or the code of the
// goroutine's os.Exit). A second goroutine's
// panic waits for the end.
func (srv *Server) goPanic(e *Error) {
	if !srv.dying.CompareAndSwap(false, true) {
		select {}
	}
	_ = srv.send(ipc.Event{Ev: ipc.EvPanic, Status: "error", EName: e.Name, EValue: e.Value, Traceback: e.Traceback}, true)
	if exit, ok := e.Cause.(*ExitError); ok {
		os.Exit(exit.Code) // (os.Exit in a goroutine: Session.goExited)
	}
	os.Exit(2)
}

// watchCell starts the deadlock check for the cell about to run, until
// the channel it returns is closed. One goroutine checks all cells: a
// goroutine started per cell would change the count of goroutines
// created, which spares goroutinesAtStart its look at every stack.
func (srv *Server) watchCell() chan struct{} {
	if srv.watchCells == nil {
		srv.watchCells = make(chan chan struct{})
		go func() {
			for stop := range srv.watchCells {
				srv.sess.watchDeadlock(stop, srv.deadlocked)
			}
		}()
	}
	stop := make(chan struct{})
	srv.watchCells <- stop
	return stop
}

// deadlocked ends the process as Go's runtime ends a program whose
// goroutines are all asleep (deadlock.go): the cell's error is Go's fatal
// error, and the process's exit status 2.
func (srv *Server) deadlocked(asleep []goroutineStack) {
	srv.goPanic(deadlockError(asleep))
}

// send writes ev; with sync it first writes a marker to both output
// streams so the kernel can publish ev after everything printed before it.
func (srv *Server) send(ev ipc.Event, sync bool) error {
	srv.evMu.Lock()
	defer srv.evMu.Unlock()
	if sync {
		n := srv.sync.Add(1)
		marker := []byte(ipc.MarkerPrefix + strconv.FormatUint(n, 10) + ipc.MarkerEnd)
		// Errors are ignored: a cell may have closed its own stdout; the
		// kernel waits for markers only a bounded time.
		_, _ = srv.stdout.Write(marker)
		_, _ = srv.stderr.Write(marker)
		ev.Sync = n
	}
	if err := srv.ev.Encode(ev); err != nil {
		return fmt.Errorf("session: sending %s event: %w", ev.Ev, err)
	}
	return nil
}

// Publish implements display.Publisher: display messages from cells (and
// their goroutines) go to the kernel in order with the output around them.
func (srv *Server) Publish(m display.Message) error {
	d := &ipc.Display{}
	var content any
	if m.DisplayID != "" {
		srv.dispMu.Lock()
		switch {
		case m.Kind == display.KindDisplay:
			if srv.shownIn == nil {
				srv.shownIn = map[string]uint64{}
			}
			srv.shownIn[m.DisplayID] = srv.cell
		case m.Kind == display.KindClear && (srv.cell == 0 || srv.shownIn[m.DisplayID] != srv.cell):
			// A front end clears the output of the running cell only:
			// the handle's output is emptied in place instead.
			m = display.Message{Kind: display.KindUpdate, Data: map[string]any{display.MIMEText: ""}, DisplayID: m.DisplayID}
		}
		srv.dispMu.Unlock()
	}
	switch m.Kind {
	case display.KindClear:
		d.Type = "clear_output"
		content = map[string]any{"wait": m.Wait}
	default:
		d.Type = "display_data"
		if m.Kind == display.KindUpdate {
			d.Type = "update_display_data"
		}
		meta := m.Metadata
		if meta == nil {
			meta = map[string]any{}
		}
		transient := map[string]any{}
		if m.DisplayID != "" {
			transient["display_id"] = m.DisplayID
		}
		content = map[string]any{"data": m.Data, "metadata": meta, "transient": transient}
	}
	raw, err := json.Marshal(content)
	if err != nil {
		return fmt.Errorf("session: encoding display: %w", err)
	}
	d.Content = raw
	return srv.send(ipc.Event{Ev: ipc.EvDisplay, Display: d}, true)
}
