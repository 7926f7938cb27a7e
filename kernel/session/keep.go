package session

import (
	"bytes"
	"fmt"
	"maps"
	"os"
	"reflect"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/check"
	"github.com/gofutures/gofutures/kernel/check/rt"
	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/snapshot"
)

// Keeping values: after each cell the session can write a snapshot of the
// variables the cell may have changed (Snapshot), and a fresh session can
// take the declarations log and those snapshots back (RestoreAll), so that
// an interrupt, a crash or a type redefinition loses no value that can be
// carried to another interpreter.

// SnapshotFile is a snapshot written by Snapshot, as RestoreAll takes it.
type SnapshotFile struct {
	Path string `json:"path"`
	// Data holds the snapshot itself when Path is empty (a rebuild,
	// within one process).
	Data []byte `json:"-"`
	// Vars are the variables to take from it: those whose latest snapshot
	// it is (a later one may hold others it has).
	Vars []string `json:"vars"`
	// Cell is the cell after which it was written.
	Cell int `json:"cell"`
}

// binding is the snapshot package's view of the session's interpreter,
// kept while the interpreter and its declarations stay the same (it
// caches the reflect types of the notebook's types).
func (s *Session) binding() *snapshot.Interp {
	if s.bind == nil || s.bind.In != s.in.Interpreter || s.bindGen != s.declsGen {
		// (rt's: the bases notebook types of basic kinds are declared from)
		syms := append([]interp.Exports{check.StdSymbols(), rt.Symbols()}, s.opts.Symbols...)
		s.bind, s.bindGen = &snapshot.Interp{In: s.in.Interpreter, Imports: s.imports, Symbols: syms, ErrBox: check.ErrBox, Boxes: check.NilBoxPrefix}, s.declsGen
	}
	return s.bind
}

// Snapshot encodes the variables that the cell code (run as cell count)
// may have changed, with those that share memory with them: nil when
// there is nothing to write. The Encoded refers to large arrays of the
// variables: write it before the next cell runs (or with WriteForked).
// Problems are values that a restore will not bring back.
//
// A fault of the encoder's (a panic) loses the snapshot, not the
// interpreter: the variables are reported as not saved.
func (s *Session) Snapshot(code string, count int) (enc *snapshot.Encoded, res snapshot.SnapshotResult) {
	p, err := cell.Split(code, count)
	if err != nil {
		return nil, snapshot.SnapshotResult{} // it did not run
	}
	names := s.mayChange(p)
	s.noteClosures(p)
	if len(names) == 0 {
		return nil, snapshot.SnapshotResult{}
	}
	defer func() {
		if r := recover(); r != nil {
			enc, res = nil, snapshot.SnapshotResult{}
			for _, n := range names {
				res.Problems = append(res.Problems, snapshot.Problem{Var: n, Path: n, Reason: fmt.Sprintf("not saved: the snapshot failed (%v)", r)})
			}
		}
	}()
	return s.keeper.Snapshot(s.binding(), names)
}

// taint marks, after a cell that left goroutines running, the variables
// it may change (those goroutines may be writing them) as not to be read
// by snapshots, until the goroutines are gone.
func (srv *Server) taint(req ipc.Request) {
	created, ok := goroutinesCreated() // (before the count: one started meanwhile shows)
	now := srv.interpretedGoroutines()
	srv.quiet, srv.quietCreated = ok && now == 0, created
	if now == 0 {
		clear(srv.tainted)
	}
	if now > srv.goroutinesBefore {
		if p, err := cell.Split(req.Code, req.Count); err == nil {
			if srv.tainted == nil {
				srv.tainted = map[string]bool{}
			}
			for _, n := range srv.sess.mayChange(p) {
				srv.tainted[n] = true
			}
		}
	}
	if len(srv.tainted) == 0 {
		srv.sess.keeper.Skip = nil
		return
	}
	srv.sess.keeper.Skip = func(name string) bool { return srv.tainted[name] }
}

// noteClosures records what the function literals of a cell mention: a
// later cell that runs one of them may change those (see mayChange).
func (s *Session) noteClosures(p *cell.Parsed) {
	if s.closures == nil {
		s.closures = map[string]bool{}
	}
	for _, n := range snapshot.ClosureRefs(p.Stmts) {
		s.closures[n] = true
	}
	for _, d := range p.Decls {
		if d.Kind == cell.Var {
			for _, n := range snapshot.ClosureRefs(d.Src) {
				s.closures[n] = true
			}
		}
	}
}

// asyncMin is the size from which a snapshot is written while the next
// requests run (those that may change its variables wait for it).
const asyncMin = 4 << 20

// pendingWrite is a snapshot being written.
type pendingWrite struct {
	vars map[string]bool
	done chan struct{}
}

// snapshot writes the snapshot of what the cell req may have changed
// into a new file of Options.SnapshotDir and tells the kernel. A large
// one is written while the next requests run: the kernel hears at once
// that it is pending (it keeps the earlier snapshots until it hears that
// it is written), and a cell that may change one of its variables first
// waits for it (waitPending). Only an error sending an event is returned.
func (srv *Server) snapshot(req ipc.Request) error {
	opts := srv.sess.opts
	if !opts.KeepValues || opts.SnapshotDir == "" {
		return nil
	}
	srv.taint(req)
	enc, r := srv.sess.Snapshot(req.Code, req.Count)
	if len(r.Skipped) > 0 {
		// reading values that goroutines may be writing could be fatal
		// (a map written during the read ends the process): they are
		// said to be unsaved instead
		srv.snapSeq++
		err := srv.send(ipc.Event{Ev: ipc.EvSnapshot, Snapshot: &ipc.Snapshot{Seq: srv.snapSeq, Vars: r.Skipped, Cell: req.Count,
			Err: "goroutines a cell left running may change these values while they are read"}}, false)
		if err != nil {
			return err
		}
	}
	if enc == nil {
		return nil
	}
	srv.snapSeq++
	snap := &ipc.Snapshot{Seq: srv.snapSeq, Vars: r.Vars, Cell: req.Count}
	for _, p := range r.Problems {
		snap.Lost = append(snap.Lost, p.String())
	}
	f, err := os.CreateTemp(opts.SnapshotDir, fmt.Sprintf("cell%d-*.snap", req.Count))
	if err != nil {
		snap.Err = err.Error()
		return srv.send(ipc.Event{Ev: ipc.EvSnapshot, Snapshot: snap}, false)
	}
	snap.Path = f.Name()
	write := func() error {
		_, err := enc.WriteTo(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			_ = os.Remove(f.Name())
		}
		return err
	}
	if enc.Size() < asyncMin {
		if err := write(); err != nil {
			snap.Err = err.Error()
		}
		return srv.send(ipc.Event{Ev: ipc.EvSnapshot, Snapshot: snap}, false)
	}
	pw := &pendingWrite{vars: map[string]bool{}, done: make(chan struct{})}
	for _, v := range r.Vars {
		pw.vars[v] = true
	}
	srv.pending = append(srv.pending, pw)
	snap.Pending = true
	if err := srv.send(ipc.Event{Ev: ipc.EvSnapshot, Snapshot: snap}, false); err != nil {
		return err
	}
	go func() {
		defer close(pw.done)
		done := &ipc.Snapshot{Seq: snap.Seq, Path: snap.Path, Cell: snap.Cell}
		if err := write(); err != nil {
			done.Err = err.Error()
		}
		_ = srv.send(ipc.Event{Ev: ipc.EvSnapshot, Snapshot: done}, false)
	}()
	return nil
}

// waitPending waits for the snapshots being written whose variables the
// cell code may change (it would change them under the writer). A cell
// that cannot be parsed changes nothing.
func (srv *Server) waitPending(code string, count int) {
	if len(srv.pending) == 0 {
		return
	}
	var names []string
	if p, err := cell.Split(code, count); err == nil {
		names = srv.sess.mayChange(p)
	}
	var still []*pendingWrite
	for _, pw := range srv.pending {
		select {
		case <-pw.done:
			continue
		default:
		}
		for _, n := range names {
			if pw.vars[n] {
				<-pw.done
				break
			}
		}
		select {
		case <-pw.done:
		default:
			still = append(still, pw)
		}
	}
	srv.pending = still
}

// snapshotFiles converts the snapshots of a restore request.
func snapshotFiles(snaps []ipc.Snapshot) []SnapshotFile {
	out := make([]SnapshotFile, 0, len(snaps))
	for _, sn := range snaps {
		out = append(out, SnapshotFile{Path: sn.Path, Vars: sn.Vars, Cell: sn.Cell})
	}
	return out
}

// mayChange returns the notebook variables a parsed cell may have changed.
func (s *Session) mayChange(p *cell.Parsed) []string {
	types := map[string]reflect.Type{}
	for name, v := range snapshot.Globals(s.in.Interpreter) {
		if v.IsValid() && v.CanAddr() && !strings.HasPrefix(name, reservedPrefix) {
			types[name] = v.Type()
		}
	}
	refs := map[string][]string{}
	for _, d := range s.decls {
		if d.Kind == cell.Func || d.Kind == cell.Method {
			refs[d.Names[0]] = d.Refs
		}
	}
	out := map[string]bool{}
	add := func(names []string) {
		for _, n := range names {
			out[n] = true
		}
	}
	closures := slices.Sorted(maps.Keys(s.closures))
	add(snapshot.MayChange(p.Stmts, types, refs, closures))
	for _, d := range p.Decls {
		switch d.Kind {
		case cell.Var:
			add(d.Names)
			// its initializer, and func main, run once: as statements
			add(snapshot.MayChange(d.Src, types, refs, closures))
		case cell.Func:
			if d.Names[0] == cell.MainName {
				add(snapshot.MayChange(cell.MainName+"()", types, refs, closures))
			}
		}
	}
	var names []string
	for n := range out {
		if _, ok := types[n]; ok {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// SnapshotDirEnv names the environment variable through which the kernel
// gives its interpreter process the directory for snapshots of values
// (Options.SnapshotDir); unset, values are not kept.
const SnapshotDirEnv = "GOFUTURES_SNAPSHOT_DIR"

// ran reports whether the cell of a done event ran (and may have changed
// values): not when it did not compile.
func ran(ev ipc.Event) bool {
	switch ev.EName {
	case "SyntaxError", "CompileError", "ImportError", "InterpreterError", NeedsInstances:
		return false
	}
	return true
}

// goroutinesAtStart counts the goroutines running interpreted code before
// a request runs, for taint after it (0 when snapshots are off: taint
// does not run). Reading every goroutine's stack costs tens of
// microseconds of stopped world, the largest part of a trivial cell's
// time in this process before it runs, so it is spared when it cannot
// find any: the count after the last cell found none, and no goroutine
// was started since (the count of goroutines created, which the
// cell's own evaluations raise, is as it was then). What it spares
// could only miss a goroutine that ran compiled code at that count and
// has called interpreted code since (a compiled worker, a finalizer):
// counted as none here, it makes taint keep the next cell's variables
// out of the snapshot while it runs on, as for a goroutine the cell
// started — never the other way.
func (srv *Server) goroutinesAtStart() int {
	if opts := srv.sess.opts; !opts.KeepValues || opts.SnapshotDir == "" {
		return 0
	}
	if n, ok := goroutinesCreated(); ok && srv.quiet && n == srv.quietCreated {
		return 0
	}
	return srv.interpretedGoroutines()
}

// goroutinesCreated returns how many goroutines the process has created;
// ok is false when the runtime does not say.
func goroutinesCreated() (n uint64, ok bool) {
	s := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0, false
	}
	return s[0].Value.Uint64(), true
}

// interpretedGoroutines counts the goroutines running interpreted code,
// other than the caller's: goroutines of cells still running (or compiled
// code calling back into a cell's functions).
func (srv *Server) interpretedGoroutines() int {
	if len(srv.stacks) == 0 {
		srv.stacks = make([]byte, 64<<10)
	}
	for {
		n := runtime.Stack(srv.stacks, true)
		if n < len(srv.stacks) {
			stacks := srv.stacks[:n]
			count := 0
			for i, g := range bytes.Split(stacks, []byte("\n\n")) {
				// the first is the caller's; yaegi evaluates a cell on a
				// goroutine of its own, which may still be ending
				if i > 0 && bytes.Contains(g, []byte("github.com/traefik/yaegi/interp.")) &&
					!bytes.Contains(g, []byte("created by github.com/traefik/yaegi/interp.(*Interpreter).EvalWithContext")) {
					count++
				}
			}
			return count
		}
		srv.stacks = make([]byte, 2*len(srv.stacks))
	}
}
