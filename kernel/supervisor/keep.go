package supervisor

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/gofutures/gofutures/kernel/ipc"
	"github.com/gofutures/gofutures/kernel/session"
)

// Keeping values across restarts: after each cell the interpreter writes
// a snapshot of the variables the cell may have changed into a file of a
// directory the Supervisor owns, and says so (ipc.EvSnapshot). The
// Supervisor keeps the latest snapshot of each variable and gives them,
// oldest first, to the fresh interpreter of an interrupt or a crash, which
// declares the variables again and decodes their values (package
// kernel/snapshot). Files no variable needs any more are removed.

// snapshots are the Supervisor's snapshot files; guarded by its mu.
type snapshots struct {
	dir     string
	failed  bool                     // the directory could not be made: no snapshots
	files   []*ipc.Snapshot          // written, by Seq
	latest  map[string]*ipc.Snapshot // variable -> its latest written snapshot
	pending map[int]*ipc.Snapshot    // Seq -> a snapshot being written
	stale   map[string]string        // variable -> why its latest value is not saved
	changed chan struct{}            // closed (and dropped) when a snapshot is recorded
}

// snapshotEnv returns the environment that makes an interpreter write
// snapshots (none when they are off), making the directory first.
func (s *Supervisor) snapshotEnv() []string {
	if s.NoSnapshots {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.snaps.dir == "" && !s.snaps.failed {
		sweepSnapshotDirs(os.TempDir())
		dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", snapshotDirPrefix, os.Getpid()))
		if err != nil {
			s.snaps.failed = true
			s.logf("snapshots of values are off: %v", err)
			return nil
		}
		s.snaps.dir = dir
	}
	if s.snaps.failed {
		return nil
	}
	return []string{session.SnapshotDirEnv + "=" + s.snaps.dir}
}

// snapshotDirPrefix begins the name of a kernel's snapshot directory,
// which goes on with the kernel's pid and a dash.
const snapshotDirPrefix = "gofutures-values-"

// sweepSnapshotDirs removes, from tmp, the snapshot directories of
// kernels that are gone without their Close (killed: a kernel manager's
// shutdown with now=True sends SIGKILL), so that they do not pile up.
// A directory whose kernel's pid is in use is left alone.
func sweepSnapshotDirs(tmp string) {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), snapshotDirPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidText, _, ok := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if !ok || err != nil || pid <= 0 || processExists(pid) {
			continue
		}
		_ = os.RemoveAll(filepath.Join(tmp, e.Name()))
	}
}

// processExists reports whether a process with that pid exists (or may:
// one of another user's).
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// recordSnapshot takes in an EvSnapshot of c.
func (s *Supervisor) recordSnapshot(c *interpreter, sn *ipc.Snapshot) {
	if sn == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.current != c || s.closed || s.snaps.dir == "" || (sn.Path != "" && !inDir(sn.Path, s.snaps.dir)) {
		// an interpreter that was replaced (a restart forgets the notebook)
		if sn.Path != "" && s.snaps.dir != "" && inDir(sn.Path, s.snaps.dir) {
			_ = os.Remove(sn.Path)
		}
		return
	}
	s.snaps.record(sn)
}

func inDir(path, dir string) bool { return strings.HasPrefix(path, dir+string(os.PathSeparator)) }

func (sn *snapshots) record(f *ipc.Snapshot) {
	if sn.changed != nil {
		close(sn.changed)
		sn.changed = nil
	}
	if sn.latest == nil {
		sn.latest, sn.stale, sn.pending = map[string]*ipc.Snapshot{}, map[string]string{}, map[int]*ipc.Snapshot{}
	}
	switch {
	case f.Pending:
		sn.pending[f.Seq] = f
		return
	case len(f.Vars) == 0:
		// the end of a pending one
		p, ok := sn.pending[f.Seq]
		if !ok {
			return
		}
		delete(sn.pending, f.Seq)
		p.Pending, p.Err = false, f.Err
		f = p
	}
	if f.Err != "" {
		// the values these variables had after this cell are not saved:
		// an older snapshot of them would be silently wrong
		for _, v := range f.Vars {
			if l := sn.latest[v]; l == nil || l.Seq < f.Seq {
				delete(sn.latest, v)
				sn.stale[v] = "the snapshot after cell " + strconv.Itoa(f.Cell) + " could not be written: " + f.Err
			}
		}
	} else {
		i, _ := slices.BinarySearchFunc(sn.files, f.Seq, func(a *ipc.Snapshot, seq int) int { return a.Seq - seq })
		sn.files = slices.Insert(sn.files, i, f)
		for _, v := range f.Vars {
			if l := sn.latest[v]; l == nil || l.Seq < f.Seq {
				sn.latest[v] = f
				delete(sn.stale, v)
			}
		}
	}
	sn.collect()
}

// collect removes the files no variable needs.
func (sn *snapshots) collect() {
	used := map[*ipc.Snapshot]bool{}
	for _, f := range sn.latest {
		used[f] = true
	}
	sn.files = slices.DeleteFunc(sn.files, func(f *ipc.Snapshot) bool {
		if !used[f] {
			_ = os.Remove(f.Path)
			return true
		}
		return false
	})
}

// toRestore returns the snapshots a fresh interpreter decodes, oldest
// first, each with the variables it is the latest for.
func (sn *snapshots) toRestore() []ipc.Snapshot {
	var out []ipc.Snapshot
	for _, f := range sn.files {
		var vars []string
		for v, l := range sn.latest {
			if l == f {
				vars = append(vars, v)
			}
		}
		if len(vars) > 0 {
			slices.Sort(vars)
			out = append(out, ipc.Snapshot{Seq: f.Seq, Path: f.Path, Vars: vars, Cell: f.Cell})
		}
	}
	return out
}

// staleLost lists, for a restore, the variables whose latest values are
// not saved: the snapshot failed, or was still being written when the
// interpreter stopped (it is then dropped: the restore uses the earlier
// ones).
func (sn *snapshots) staleLost() []string {
	for _, p := range sn.pending {
		for _, v := range p.Vars {
			why := "its value after cell " + strconv.Itoa(p.Cell) + " was still being saved when the interpreter stopped"
			if l := sn.latest[v]; l != nil && l.Seq < p.Seq {
				why += "; it comes back as after cell " + strconv.Itoa(l.Cell)
			}
			sn.stale[v] = why
		}
		if p.Path != "" {
			_ = os.Remove(p.Path)
		}
	}
	clear(sn.pending)
	var out []string
	for _, v := range slices.Sorted(maps.Keys(sn.stale)) {
		out = append(out, v+": "+sn.stale[v])
	}
	clear(sn.stale) // said once: after the restore the values are what they are
	return out
}

// clear forgets every snapshot (a restart forgets the notebook).
func (sn *snapshots) clear() {
	for _, f := range sn.files {
		_ = os.Remove(f.Path)
	}
	for _, p := range sn.pending {
		_ = os.Remove(p.Path)
	}
	sn.files, sn.latest, sn.stale, sn.pending = nil, nil, nil, nil
}

// removeSnapshots removes the snapshot directory (Close).
func (s *Supervisor) removeSnapshots() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.snaps.clear()
	if s.snaps.dir != "" {
		_ = os.RemoveAll(s.snaps.dir)
		s.snaps.dir = ""
	}
}

// defaultSnapshotWait bounds how long Switch waits for snapshots being
// written (Supervisor.SnapshotWait).
const defaultSnapshotWait = 30 * time.Second

// settle waits until the snapshots of the values the last cells set are
// written, or the interpreter exits, or d passes: a Switch right after a
// cell with a large value would otherwise stop the interpreter while it
// writes that value's snapshot, and name the value lost. An OpSync's
// reply first says that every snapshot started is announced.
func (s *Supervisor) settle(d time.Duration) {
	s.mu.Lock()
	c := s.current
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if c == nil || s.NoSnapshots {
		return
	}
	timeout := time.NewTimer(d)
	defer timeout.Stop()
	if err := c.req.Encode(ipc.Request{Op: ipc.OpSync, Seq: seq}); err != nil {
		return
	}
	for synced := false; !synced; {
		select {
		case ev, ok := <-c.events:
			if !ok {
				return
			}
			synced, _ = s.handleEvent(c, ev, seq)
		case <-timeout.C:
			s.logf("switch: the interpreter did not answer within %v", d)
			return
		}
	}
	for {
		s.mu.Lock()
		if s.current != c || len(s.snaps.pending) == 0 {
			s.mu.Unlock()
			return
		}
		if s.snaps.changed == nil {
			s.snaps.changed = make(chan struct{})
		}
		changed := s.snaps.changed
		s.mu.Unlock()
		select {
		case <-changed:
		case <-c.proc.Exited():
			return
		case <-timeout.C:
			s.logf("switch: a snapshot still being written after %v is given up", d)
			return
		}
	}
}

// lostNames lists by name the variables set before a restart whose values
// did not come back whole: not restored, or restored in part.
func lostNames(before []string, info restoreInfo) []string {
	lost := map[string]bool{}
	restored := map[string]bool{}
	for _, v := range info.restored {
		restored[v] = true
	}
	for _, v := range before {
		if !restored[v] {
			lost[v] = true
		}
	}
	for _, l := range info.lost {
		lost[rootName(l)] = true
	}
	return slices.Sorted(maps.Keys(lost))
}

// plural writes "1 value", "2 values".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// Unrestorable returns, for each variable whose value a restart would not
// bring back whole, what would be lost ("path: reason"): for %who, which
// marks the variables that survive an interrupt or a crash.
func (s *Supervisor) Unrestorable() map[string][]string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]string{}
	for v, f := range s.snaps.latest {
		for _, l := range f.Lost {
			if rootName(l) == v {
				out[v] = append(out[v], l)
			}
		}
	}
	for _, f := range s.snaps.pending {
		for _, l := range f.Lost {
			if v := rootName(l); s.snaps.latest[v] == nil || s.snaps.latest[v].Seq < f.Seq {
				out[v] = append(out[v], l)
			}
		}
	}
	for v, why := range s.snaps.stale {
		out[v] = append(out[v], v+": "+why)
	}
	if s.snaps.dir == "" {
		for v := range s.state {
			out[v] = []string{v + ": snapshots are off"}
		}
	}
	return out
}

// rootName is the variable of a "path: reason".
func rootName(l string) string {
	if i := strings.IndexAny(l, ".[: "); i > 0 {
		return l[:i]
	}
	return l
}
