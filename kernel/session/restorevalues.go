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
	"slices"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
	"github.com/gofutures/gofutures/kernel/snapshot"
)

// Restoring values: a fresh interpreter replays the declarations' log,
// then sets the variables from the snapshots Snapshot wrote (keep.go).

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
	// a constant is declared again with the declarations, not carried
	// (one of a constant expression, const factor = 1 + rate, is a
	// global of the interpreter's: "not restored: factor: its type is
	// unknown")
	consts := map[string]bool{}
	for _, d := range s.decls {
		if d.Kind == cell.Const {
			for _, n := range d.Names {
				consts[n] = true
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(globals)) {
		v := globals[name]
		if strings.HasPrefix(name, reservedPrefix) || !v.IsValid() || !v.CanAddr() || consts[name] {
			continue
		}
		vars = append(vars, snapshot.Var{Name: name, Type: types[name], Value: v})
	}
	var buf bytes.Buffer
	probs, err := (&snapshot.Encoder{TypeName: b.TypeName, ErrBox: b.ErrBox, Boxes: b.Boxes}).Encode(&buf, vars)
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
