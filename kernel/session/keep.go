package session

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
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
		s.bind, s.bindGen = &snapshot.Interp{In: s.in.Interpreter, Imports: s.imports, Symbols: syms}, s.declsGen
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

// Restored is what RestoreAll brought back.
type Restored struct {
	// Notes are the declarations that did not compile again.
	Notes []string
	// Vars are the variables whose values came back (some perhaps in
	// part: see Lost).
	Vars []string
	// Lost are the values that did not come back, "path: reason".
	Lost []string
}

// RestoreAll replays a declarations log into this (fresh) session, then
// the values of the snapshots, oldest first. Types, imports and constants
// come first, then every variable of the snapshots is declared, then the
// rest of the log (functions that use those variables compile), then the
// values are decoded.
func (s *Session) RestoreAll(log []*cell.Decl, snaps []SnapshotFile) Restored {
	// The pools' compiled workers are built from the checker's notebook,
	// which gets the log at the end: they learn it then (a program built
	// before had none of the notebook's functions).
	s.restoring = true
	r := s.restoreAll(log, snaps)
	s.restoring = false
	if s.opts.Pool != nil {
		defer s.opts.Pool.update(s)
	}
	if s.chk != nil {
		s.chk.Seed(s.decls)
	}
	if c := s.checker(); c != nil {
		// the checker's model gets the variables that came back, but
		// those a declaration of the log declares (var m T in a cell):
		// the model has them as that declaration already
		declared := map[string]bool{}
		for _, d := range log {
			if d.Kind == cell.Var {
				for _, n := range d.Names {
					declared[n] = true
				}
			}
		}
		vars := map[string]string{}
		b := s.binding()
		for _, n := range r.Vars {
			if t, ok := b.VarType(n); ok && !declared[n] {
				vars[n] = t
			}
		}
		c.SeedVars(vars)
	}
	return r
}

// restoreAll is RestoreAll without the checker (a rebuild keeps its own).
func (s *Session) restoreAll(log []*cell.Decl, snaps []SnapshotFile) Restored {
	defer s.notifyDecls()
	var res Restored
	var first, rest []*cell.Decl
	logVars := map[string]bool{}
	var split []typeParts
	for _, d := range log {
		if p, ok := splitMethods(d); ok {
			// a copy of a generic type with its methods: the methods with
			// the functions they call
			split = append(split, p)
			first, rest = append(first, p.typ), append(rest, p.methods)
			continue
		}
		switch d.Kind {
		case cell.Import, cell.Type, cell.Const:
			first = append(first, d)
		default:
			if d.Kind == cell.Var {
				for _, n := range d.Names {
					logVars[n] = true
				}
			}
			rest = append(rest, d)
		}
	}
	res.Notes = append(res.Notes, s.restore(first)...)
	// the type of each variable, from its latest snapshot
	latest := map[string]int{} // variable -> index in snaps
	for i, sf := range snaps {
		for _, v := range sf.Vars {
			latest[v] = i
		}
	}
	types := map[string]string{}
	for i, sf := range snaps {
		head, err := readHeader(sf)
		if err != nil {
			for _, v := range sf.Vars {
				if latest[v] == i {
					res.Lost = append(res.Lost, fmt.Sprintf("%s: its snapshot is unreadable: %v", v, err))
					delete(latest, v)
				}
			}
			continue
		}
		for _, h := range head {
			if j, ok := latest[h.Name]; ok && j == i {
				types[h.Name] = h.Type
			}
		}
	}
	b := s.binding()
	declared := map[string]bool{}
	for _, name := range slices.Sorted(maps.Keys(types)) {
		if logVars[name] {
			continue // the log declares it
		}
		if _, err := b.Declare(name, types[name]); err != nil {
			res.Lost = append(res.Lost, name+": "+err.Error())
			delete(latest, name)
			continue
		}
		declared[name] = true
	}
	rest, held := s.holdBack(rest, types, latest)
	rest, leaves := generatedLeaves(rest)
	res.Notes = append(res.Notes, s.restore(rest)...)
	s.restoreLeaves(leaves)
	s.rejoin(split)
	restored, lost, gone := s.decodeSnapshots(snaps, latest)
	res.Vars, res.Lost = restored, append(res.Lost, lost...)
	failed, remade := s.runHeldBack(held, restored, gone, logVars)
	for i, l := range res.Lost {
		if name, _, ok := strings.Cut(l, ": "); ok && remade[name] != "" {
			res.Lost[i] = l + "; " + remade[name]
		}
	}
	res.Lost = append(res.Lost, failed...)
	for _, name := range restored {
		s.state[name] = snaps[latest[name]].Cell
	}
	s.noteMembers(restored, nil)
	s.keeper.Track(s.binding(), restored)
	return res
}

// errNotWanted leaves a variable of a snapshot out: another is the last
// word on it, or it is not to be restored.
var errNotWanted = errors.New("not wanted from this snapshot")

// decodeSnapshots decodes the snapshots in order into the variables that
// exist; latest says which snapshot is the last word on each variable.
// Gone are the variables restored as zero values, none of their value
// back (a channel).
func (s *Session) decodeSnapshots(snaps []SnapshotFile, latest map[string]int) (restored, lost []string, gone map[string]bool) {
	gone = map[string]bool{}
	b := s.binding()
	globals := snapshot.Globals(b.In) // (the variables are declared: restoreAll)
	file := 0                         // the snapshot being decoded
	dec := &snapshot.Decoder{Types: b, Var: func(name, typ string) (reflect.Value, error) {
		if j, ok := latest[name]; !ok || j != file {
			// a later snapshot has it, or none is wanted (a variable
			// a redefinition declares again: its new value stays)
			return reflect.Value{}, errNotWanted
		}
		if v, ok := globals[name]; ok && v.CanAddr() {
			return v, nil
		}
		return reflect.Value{}, fmt.Errorf("it was not declared")
	}}
	for i, sf := range snaps {
		file = i
		mine := false
		for _, v := range sf.Vars {
			if j, ok := latest[v]; ok && j == i {
				mine = true
			}
		}
		if !mine {
			continue
		}
		data, err := sf.read()
		if err != nil {
			for _, v := range sf.Vars {
				if latest[v] == i {
					lost = append(lost, fmt.Sprintf("%s: its snapshot is unreadable: %v", v, err))
				}
			}
			continue
		}
		r, err := dec.Decode(bytes.NewReader(data))
		for _, v := range r.Vars {
			if j, ok := latest[v]; ok && j == i {
				restored = append(restored, v)
			}
		}
		for _, p := range r.Problems {
			if j, ok := latest[p.Var]; ok && j == i {
				lost = append(lost, p.String())
				if p.Path == p.Var {
					gone[p.Var] = true
				}
			}
		}
		if err != nil {
			lost = append(lost, fmt.Sprintf("snapshot after cell %d: %v", sf.Cell, err))
		}
	}
	slices.Sort(restored)
	return slices.Compact(restored), lost, gone
}

func readHeader(sf SnapshotFile) ([]snapshot.Var, error) {
	if sf.Path == "" {
		return snapshot.Header(bytes.NewReader(sf.Data))
	}
	f, err := os.Open(sf.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return snapshot.Header(io.Reader(f))
}

func (sf SnapshotFile) read() ([]byte, error) {
	if sf.Path == "" {
		return sf.Data, nil
	}
	return os.ReadFile(sf.Path)
}

// carry encodes, for a rebuild, every variable of the session's current
// interpreter (not only those set by statements: a declared variable may
// have been changed since). It returns the snapshot and the values it
// cannot carry.
func (s *Session) carry() (SnapshotFile, []string) {
	b := s.binding()
	types := b.VarTypes()
	var vars []snapshot.Var
	globals := snapshot.Globals(s.in.Interpreter)
	for _, name := range slices.Sorted(maps.Keys(globals)) {
		v := globals[name]
		if strings.HasPrefix(name, reservedPrefix) || !v.IsValid() || !v.CanAddr() {
			continue
		}
		vars = append(vars, snapshot.Var{Name: name, Type: types[name], Value: v})
	}
	var buf bytes.Buffer
	probs, err := (&snapshot.Encoder{TypeName: b.TypeName}).Encode(&buf, vars)
	if err != nil {
		return SnapshotFile{}, []string{err.Error()}
	}
	sf := SnapshotFile{Data: buf.Bytes()}
	for _, v := range vars {
		sf.Vars = append(sf.Vars, v.Name)
	}
	var lost []string
	for _, p := range probs {
		lost = append(lost, p.String())
	}
	return sf, lost
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

// generatedLeaves splits from log the declarations the lowering generated
// (a printer's table) that no other declaration of log names: nothing
// restored needs them, and a later cell that does makes them again.
func generatedLeaves(log []*cell.Decl) (rest, leaves []*cell.Decl) {
	for _, d := range log {
		if d.Kind != cell.Func || !generatedDecl(d) || len(d.Names) != 1 || strings.Contains(d.Names[0], "ꞏ") {
			rest = append(rest, d)
			continue
		}
		named := slices.ContainsFunc(log, func(o *cell.Decl) bool {
			return o != d && strings.Contains(o.Src, d.Names[0])
		})
		if named {
			rest = append(rest, d)
		} else {
			leaves = append(leaves, d)
		}
	}
	return rest, leaves
}

// restoreLeaves evaluates generated declarations no other one names, each
// alone, after the others; one that no longer compiles (a printer's table
// calling a method a redefinition removed) is left out of the log: the
// interpreter has the rest, and the variables, as they were.
func (s *Session) restoreLeaves(leaves []*cell.Decl) {
	for _, d := range leaves {
		if err := s.evalDecl(context.Background(), d); err != nil {
			s.repairFailedDecls([]*cell.Decl{d}, d.Cell)
			continue
		}
		s.record(d)
	}
}
