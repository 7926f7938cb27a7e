package executor

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The protocol between a ProcessPool and its worker processes: requests
// on the worker's fd 3, replies on its fd 4 (a worker's fd 1 and 2 are its
// output, which the pool forwards prefixed with the worker's name).
//
// Every message is a frame: a marker byte (frameMarker, which no text
// starts with), a 4-byte little-endian length, then that many bytes of fields — single bytes, unsigned varints, and byte strings (a
// varint length, then the bytes). Argument and result values are byte
// strings in the encoding of values.go.
//
//	request: op, id, then
//	  opDecls: gen, data
//	  opInit, opTask: fn, calls (count), per call: args (count), per arg: value
//	  opVars: vars (count), per var: name, value; it has no reply: if the
//	    worker cannot set them, its next opInit or opTask fails as a whole
//	reply: ev, id, err, then results to the end of the frame, each: kind, then
//	  resOK: outs (count), per out: value
//	  resErr: message, sentinels (count), per sentinel: its name
//	  resErrValues: as resErr, then values (count), per value: its
//	    message, its encoding as an interface value (see errchain.go);
//	    only sent when there are values, so that a reply without is
//	    what it was before
//	  resPanic: value, stack, frames (count), per frame: text (see PanicError.Traceback)
//
// The results of a chunk end at its first failure. A reply whose err is not
// empty failed as a whole.

// Requests.
const (
	opDecls byte = 'D' // load declarations
	opInit  byte = 'I' // run the initializer
	opTask  byte = 'T' // run calls of a function
	opVars  byte = 'V' // set package-level variables (no reply)
)

// Replies.
const (
	evReady byte = 'R' // the worker is up
	evDecls byte = 'L' // declarations loaded (or err)
	evDone  byte = 'F' // calls done (or err)
)

// Result kinds.
const (
	resOK    byte = 0
	resErr   byte = 1
	resPanic byte = 2
	// resErrValues is resErr with the values of the error's chain.
	resErrValues byte = 3
)

// frameMarker starts every frame: a byte that is not valid UTF-8 at the
// start of a character, so that text written to a worker's reply pipe by
// mistake fails at its first byte, not after gigabytes.
const frameMarker = 0xF5

// maxFrame is the largest frame (fields only) the header can describe.
const maxFrame = math.MaxUint32

// headerLen is the length of a frame's marker and length.
const headerLen = 5

// errFrameTooLarge is the error of a message that does not fit in a frame.
var errFrameTooLarge = fmt.Errorf("executor: message exceeds the %d bytes a frame carries", uint64(maxFrame))

// frame builds one message. The zero frame is ready; Reset starts another.
type frame struct {
	b   []byte
	tmp []byte // scratch for encoding a value
}

// reset starts a new message, keeping the buffer.
func (f *frame) reset() { f.b = append(f.b[:0], 0, 0, 0, 0, 0) }

func (f *frame) byte(c byte)     { f.b = append(f.b, c) }
func (f *frame) uint(n uint64)   { f.b = binary.AppendUvarint(f.b, n) }
func (f *frame) bytes(p []byte)  { f.uint(uint64(len(p))); f.b = append(f.b, p...) }
func (f *frame) string(s string) { f.uint(uint64(len(s))); f.b = append(f.b, s...) }
func (f *frame) raw(p []byte)    { f.b = append(f.b, p...) }

// tooLarge reports whether the message exceeds a frame.
func (f *frame) tooLarge() bool { return uint64(len(f.b)-headerLen) > maxFrame }

// failure appends the outcome of a call that failed with msg.
func (f *frame) failure(msg string) { f.taskError(msg, nil, nil) }

// taskError appends the outcome of a call whose error, with text msg,
// matches the sentinel errors called names (see SentinelResolver) and
// holds values (see chainValues).
func (f *frame) taskError(msg string, names []string, values []chainValue) {
	if len(values) == 0 {
		f.byte(resErr)
	} else {
		f.byte(resErrValues)
	}
	f.string(msg)
	f.uint(uint64(len(names)))
	for _, n := range names {
		f.string(n)
	}
	if len(values) == 0 {
		return
	}
	f.uint(uint64(len(values)))
	for _, v := range values {
		f.string(v.msg)
		f.bytes(v.raw)
	}
}

// panicked appends the outcome of a call that panicked.
func (f *frame) panicked(pe *PanicError) {
	f.byte(resPanic)
	f.string(fmt.Sprint(pe.Value))
	f.bytes(pe.Stack)
	f.uint(uint64(len(pe.Traceback)))
	for _, t := range pe.Traceback {
		f.string(t)
	}
}

// send writes the message to w in one Write.
func (f *frame) send(w io.Writer) error {
	if len(f.b) < headerLen {
		f.reset()
	}
	if f.tooLarge() {
		return errFrameTooLarge
	}
	f.b[0] = frameMarker
	binary.LittleEndian.PutUint32(f.b[1:], uint32(len(f.b)-headerLen))
	_, err := w.Write(f.b)
	return err
}

// frameReader reads frames from a stream.
type frameReader struct {
	r   *bufio.Reader
	buf []byte
}

func newFrameReader(r io.Reader) *frameReader {
	return &frameReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// next returns the next frame's fields, valid until the next call. It
// returns io.EOF at a clean end of the stream.
func (fr *frameReader) next() (fields, error) {
	var hdr [headerLen]byte
	if _, err := io.ReadFull(fr.r, hdr[:1]); err != nil {
		return fields{}, err
	}
	if hdr[0] != frameMarker {
		return fields{}, fmt.Errorf("executor: not a frame: it starts with %q", hdr[0])
	}
	if _, err := io.ReadFull(fr.r, hdr[1:]); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return fields{}, err
	}
	n := binary.LittleEndian.Uint32(hdr[1:])
	// The buffer grows as the bytes come, not by the length a corrupt
	// header may claim.
	fr.buf = fr.buf[:0]
	for left := int(n); left > 0; {
		k := min(left, 1<<20)
		at := len(fr.buf)
		fr.buf = slices.Grow(fr.buf, k)[:at+k]
		if _, err := io.ReadFull(fr.r, fr.buf[at:]); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fields{}, err
		}
		left -= k
	}
	return fields{b: fr.buf}, nil
}

// errTruncated is the error of a message whose fields end early.
var errTruncated = errors.New("executor: truncated message")

// fields reads a message's fields in order. The first failure sticks:
// later reads return zero values and err reports it.
type fields struct {
	b   []byte
	err error
}

func (m *fields) byte() byte {
	if m.err != nil || len(m.b) == 0 {
		m.fail()
		return 0
	}
	c := m.b[0]
	m.b = m.b[1:]
	return c
}

func (m *fields) uint() uint64 {
	if m.err != nil {
		return 0
	}
	n, k := binary.Uvarint(m.b)
	if k <= 0 {
		m.fail()
		return 0
	}
	m.b = m.b[k:]
	return n
}

// count reads a count of items that take at least one byte each, so that
// a corrupt count cannot make the reader allocate more than the message.
func (m *fields) count() int {
	n := m.uint()
	if n > uint64(len(m.b)) {
		m.fail()
		return 0
	}
	return int(n)
}

// bytes returns a byte string, aliasing the message.
func (m *fields) bytes() []byte {
	n := m.uint()
	if m.err != nil || n > uint64(len(m.b)) {
		m.fail()
		return nil
	}
	p := m.b[:n:n]
	m.b = m.b[n:]
	return p
}

func (m *fields) string() string { return string(m.bytes()) }

func (m *fields) fail() {
	if m.err == nil {
		m.err = errTruncated
	}
	m.b = nil
}

// WorkerEnv is set to "1" in the environment of a compiled program's
// worker processes (see RunWorker).
const WorkerEnv = "GOFUTURES_EXECUTOR_WORKER"
