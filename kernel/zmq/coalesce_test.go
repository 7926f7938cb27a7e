package zmq

import (
	"bytes"
	"encoding/binary"
	"net"
	"testing"
)

// frame is a ZMTP frame's header and body, as zmq4 writes them (two
// writes).
func frame(flags byte, body []byte) [][]byte {
	if len(body) > 255 {
		hdr := make([]byte, 9)
		hdr[0] = flags | flagLong
		binary.BigEndian.PutUint64(hdr[1:], uint64(len(body)))
		return [][]byte{hdr, body}
	}
	return [][]byte{{flags, byte(len(body))}, body}
}

// The writes of one message go out in one flush, after its last frame;
// the greeting's writes go out at once, a command and each message as
// soon as they are complete.
func TestCoalescerFlushesWholeMessages(t *testing.T) {
	var flushed [][]byte
	c := &coalescer{flush: func(b net.Buffers) error {
		var all []byte
		for _, p := range b {
			all = append(all, p...)
		}
		flushed = append(flushed, all)
		return nil
	}}
	var want [][]byte
	write := func(ps ...[]byte) {
		t.Helper()
		for _, p := range ps {
			if n, err := c.write(p); n != len(p) || err != nil {
				t.Fatalf("write: %d, %v", n, err)
			}
		}
	}
	greeting := bytes.Repeat([]byte{7}, greetingLen)
	write(greeting[:10])
	write(greeting[10:])
	want = append(want, greeting[:10], greeting[10:])
	ready := frame(flagCommand, []byte("\x05READY"))
	write(ready...)
	want = append(want, append(append([]byte{}, ready[0]...), ready[1]...))
	if len(flushed) != len(want) {
		t.Fatalf("greeting and command: %d flushes, want %d", len(flushed), len(want))
	}
	// a reply of six frames, one of them empty and one long
	var msg []byte
	bodies := [][]byte{[]byte("<IDS|MSG>"), []byte("sig"), {}, bytes.Repeat([]byte("h"), 300), []byte("{}"), []byte(`{"status":"ok"}`)}
	for i, b := range bodies {
		flags := byte(flagMore)
		if i == len(bodies)-1 {
			flags = 0
		}
		f := frame(flags, b)
		write(f...)
		msg = append(append(msg, f[0]...), f[1]...)
	}
	want = append(want, msg)
	// two messages in one write, then one written byte by byte
	two := append(append([]byte{}, msg...), msg...)
	write(two)
	want = append(want, two)
	for i := range msg {
		write(msg[i : i+1])
	}
	want = append(want, msg)
	// an empty last frame (an unsigned message's content, say)
	var short []byte
	for _, f := range [][][]byte{frame(flagMore, []byte("x")), frame(0, nil)} {
		write(f...)
		short = append(append(short, f[0]...), f[1]...)
	}
	want = append(want, short)
	if len(flushed) != len(want) {
		t.Fatalf("%d flushes, want %d", len(flushed), len(want))
	}
	for i := range want {
		if !bytes.Equal(flushed[i], want[i]) {
			t.Fatalf("flush %d: %q, want %q", i, flushed[i], want[i])
		}
	}
}

// A message larger than maxHeld is not held back whole: what is written
// goes out once the bound is passed, in order.
func TestCoalescerBoundsWhatItHolds(t *testing.T) {
	var out []byte
	flushes := 0
	c := &coalescer{greeted: greetingLen, flush: func(b net.Buffers) error {
		flushes++
		for _, p := range b {
			out = append(out, p...)
		}
		return nil
	}}
	var in []byte
	big := bytes.Repeat([]byte("x"), maxHeld)
	for _, f := range [][][]byte{frame(flagMore, []byte("a")), frame(flagMore, big), frame(0, []byte("z"))} {
		for _, p := range f {
			if _, err := c.write(p); err != nil {
				t.Fatal(err)
			}
			in = append(in, p...)
			if len(c.held) > maxHeld {
				t.Fatalf("holds %d bytes", len(c.held))
			}
		}
	}
	if flushes < 2 || !bytes.Equal(out, in) {
		t.Fatalf("%d flushes; bytes equal: %v", flushes, bytes.Equal(out, in))
	}
}
