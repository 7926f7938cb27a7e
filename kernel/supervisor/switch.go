package supervisor

import (
	"maps"
	"slices"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Switch replaces the interpreter with a fresh process of the program at
// path (the same command with more packages linked in, see
// internal/toolchain), started with env added to the kernel's environment,
// and restores the notebook's declarations into it, except those for
// which drop reports true (nil drops none), and the latest snapshots of its
// values. It returns the variables set by statements whose values did not
// come back whole, and the restore's notes. A running cell must not be in
// progress. Snapshots of values still being written are waited for first
// (at most SnapshotWait).
func (s *Supervisor) Switch(path string, env []string, drop func(*cell.Decl) bool) (lost, notes []string, err error) {
	wait := s.SnapshotWait
	if wait <= 0 {
		wait = defaultSnapshotWait
	}
	s.settle(wait)
	s.mu.Lock()
	s.gen++
	old := []*interpreter{s.current, s.starting}
	s.current, s.starting = nil, nil
	s.Path, s.env = path, slices.Clone(env)
	if drop != nil {
		s.decls = slices.DeleteFunc(slices.Clone(s.decls), drop)
	}
	before := slices.Sorted(maps.Keys(s.state))
	s.state, s.members, s.types = map[string]int{}, nil, nil
	s.mu.Unlock()
	for _, c := range old {
		if c != nil {
			c.proc.Kill("")
			<-c.proc.Exited()
		}
	}
	_, info, err := s.startInterpreter(true)
	return lostNames(before, info), append(info.notes, info.lost...), err
}
