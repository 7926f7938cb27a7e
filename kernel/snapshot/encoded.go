package snapshot

import (
	"io"
)

// Encoded is a snapshot in memory: bytes it owns, and the large arrays of
// numbers it refers to in place, which must not change until it is
// written (WriteTo, or WriteForked, which writes a copy-on-write image of
// the process and lets the caller go on at once).
type Encoded struct {
	segs [][]byte // in order; those that refer to variables' memory are marked in raws
	raws map[int]bool
	buf  []byte // the bytes since the last segment
	size int64
}

// rawMin is the size from which an array of numbers is referred to in
// place rather than copied.
const rawMin = 64 << 10

// raw adds memory of the variables: referred to when large.
func (e *Encoded) raw(p []byte) {
	if len(p) < rawMin {
		e.buf = append(e.buf, p...)
		return
	}
	e.cut()
	if e.raws == nil {
		e.raws = map[int]bool{}
	}
	e.raws[len(e.segs)] = true
	e.segs = append(e.segs, p)
	e.size += int64(len(p))
}

// cut ends the current owned segment.
func (e *Encoded) cut() {
	if len(e.buf) > 0 {
		e.segs = append(e.segs, e.buf)
		e.size += int64(len(e.buf))
		e.buf = nil
	}
}

// Size is the snapshot's length in bytes.
func (e *Encoded) Size() int64 { return e.size + int64(len(e.buf)) }

// WriteTo writes the snapshot to w.
func (e *Encoded) WriteTo(w io.Writer) (int64, error) {
	e.cut()
	var n int64
	for _, s := range e.segs {
		m, err := w.Write(s)
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}
