package zmq

import (
	"encoding/binary"
	"net"
)

// ZMTP frame flags (ZMTP 3.0: bit 0 MORE, bit 1 LONG, bit 2 COMMAND).
const (
	flagMore    = 0x01
	flagLong    = 0x02
	flagCommand = 0x04
)

// maxHeld bounds the bytes of an unfinished message a coalescer holds
// back; a larger message goes out as it is written.
const maxHeld = 64 << 10

// coalescer turns the writes of one ZMTP message into one system call.
// zmq4 v0.17 sends a ROUTER socket's messages (every shell and control
// reply) frame by frame, two writes per frame — a header, then the body —
// so a six-frame execute_reply cost twelve TCP writes, each one a segment
// the client's zmq I/O thread may wake up for (about 0.1 ms in the kernel
// alone on a 2-core VM). The coalescer follows the framing of what is
// written (after the 64-byte greeting) and holds the bytes of a message
// back until its last frame is complete, then writes them at once. It
// never holds more than maxHeld bytes, nor anything between messages, so
// a message is never delayed past its own last write.
//
// Writes that bypass it must be whole messages (zmq4's multipart sends
// use net.Buffers.WriteTo, which finds the TCP connection's writev): they
// leave the framing as it was, between messages.
type coalescer struct {
	flush func(net.Buffers) error // writes out held bytes and more

	greeted int    // greeting bytes written so far (greetingLen: all)
	held    []byte // bytes of the unfinished message
	open    bool   // a message was begun and its last frame is not complete
	hdr     [9]byte
	hdrLen  int    // bytes of the current frame's header seen
	inBody  bool   // the current frame's header is complete
	left    uint64 // body bytes of the current frame still to come
	last    bool   // the current frame ends its message
}

// write takes p (a whole write of zmq4's) and either holds it back or
// writes it out with what was held.
func (c *coalescer) write(p []byte) (int, error) {
	rest := p
	if c.greeted < greetingLen {
		n := min(len(rest), greetingLen-c.greeted)
		c.greeted += n
		rest = rest[n:]
	}
	for len(rest) > 0 {
		if !c.inBody {
			c.open = true
			c.hdr[c.hdrLen] = rest[0]
			c.hdrLen++
			rest = rest[1:]
			flags := c.hdr[0]
			switch {
			case flags&flagLong == 0 && c.hdrLen == 2:
				c.left = uint64(c.hdr[1])
			case flags&flagLong != 0 && c.hdrLen == 9:
				c.left = binary.BigEndian.Uint64(c.hdr[1:9])
			default:
				continue
			}
			c.inBody, c.hdrLen = true, 0
			c.last = flags&flagMore == 0 || flags&flagCommand != 0
		} else {
			n := min(uint64(len(rest)), c.left)
			c.left -= n
			rest = rest[n:]
		}
		if c.inBody && c.left == 0 {
			c.inBody = false
			c.open = !c.last
		}
	}
	if len(p) == 0 && len(c.held) == 0 {
		return 0, nil // (the body of an empty last frame: its header went out)
	}
	if c.open && len(c.held)+len(p) <= maxHeld {
		c.held = append(c.held, p...)
		return len(p), nil
	}
	bufs := net.Buffers{p}
	if len(c.held) > 0 {
		bufs = net.Buffers{c.held, p}
	}
	err := c.flush(bufs)
	c.held = c.held[:0]
	if err != nil {
		return 0, err
	}
	return len(p), nil
}
