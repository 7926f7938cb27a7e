package session

import (
	"bytes"
	"encoding/json"
	"sync/atomic"

	"github.com/gofutures/gofutures/kernel/cell"
)

// DeclSnapshot holds the latest declarations of a notebook, encoded as a
// process pool's workers load them. Its Record method is an Options.OnDecls;
// its Declarations method is an executor.ProcessConfig.Declarations, so
// pools created in cells load workers with the declarations as they are
// when each task is sent. It is safe for concurrent use.
type DeclSnapshot struct {
	cur atomic.Pointer[encodedDecls]
	gen atomic.Uint64
}

type encodedDecls struct {
	gen  uint64
	data []byte
}

// Record stores decls as the latest snapshot, under a new generation if
// they differ from the latest.
func (s *DeclSnapshot) Record(decls []*cell.Decl) {
	data, err := json.Marshal(decls)
	if err != nil {
		return
	}
	if cur := s.cur.Load(); cur != nil && bytes.Equal(cur.data, data) {
		return
	}
	s.cur.Store(&encodedDecls{gen: s.gen.Add(1), data: data})
}

// Declarations returns the latest snapshot and its generation: 0 and an
// empty JSON list before the first Record.
func (s *DeclSnapshot) Declarations() (gen uint64, data []byte) {
	if e := s.cur.Load(); e != nil {
		return e.gen, e.data
	}
	return 0, []byte("[]")
}
