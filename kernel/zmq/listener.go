package zmq

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// guardedTCP is the transport name under which the kernel listens. zmq4
// v0.17 runs the ZMTP handshake inline in its accept loop, so one peer that
// connects and never greets blocks every later client (zmq4 issue #131).
// The guarded listener hands a connection to zmq4 only once the peer has
// sent its greeting, and bounds the rest of the handshake with a deadline.
const guardedTCP = "gftcp"

// handshakeTimeout bounds how long a peer may take to greet and to finish
// the handshake.
var handshakeTimeout = 5 * time.Second

var registerOnce sync.Once

func registerGuardedTCP() {
	registerOnce.Do(func() {
		_ = zmq4.RegisterTransport(guardedTCP, guardedTransport{})
	})
}

type guardedTransport struct{}

func (guardedTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	return d.DialContext(ctx, "tcp", addr)
}

func (guardedTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	g := &guardedListener{Listener: l, ready: make(chan net.Conn), done: make(chan struct{})}
	go g.acceptLoop()
	return g, nil
}

func (guardedTransport) Addr(ep string) (string, error) { return ep, nil }

type guardedListener struct {
	net.Listener
	ready     chan net.Conn
	done      chan struct{}
	closeOnce sync.Once
}

func (g *guardedListener) acceptLoop() {
	for {
		c, err := g.Listener.Accept()
		if err != nil {
			select {
			case <-g.done:
				return
			default:
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				continue
			}
			if errors.Is(err, net.ErrClosed) {
				return
			}
			time.Sleep(10 * time.Millisecond)
			continue
		}
		go g.admit(c)
	}
}

// admit waits for the peer's 10-byte ZMTP signature, then hands the
// connection over with a deadline that is lifted once the handshake is
// through.
func (g *guardedListener) admit(c net.Conn) {
	_ = c.SetDeadline(time.Now().Add(handshakeTimeout))
	sig := make([]byte, 10)
	if _, err := io.ReadFull(c, sig); err != nil || sig[0] != 0xFF || sig[9] != 0x7F {
		c.Close()
		return
	}
	tcp, ok := c.(*net.TCPConn)
	if !ok {
		c.Close()
		return
	}
	setStallTimeout(tcp)
	hc := newHandshakeConn(tcp, sig)
	select {
	case g.ready <- hc:
	case <-g.done:
		c.Close()
	}
}

func (g *guardedListener) Accept() (net.Conn, error) {
	select {
	case c := <-g.ready:
		return c, nil
	case <-g.done:
		return nil, net.ErrClosed
	}
}

func (g *guardedListener) Close() error {
	var err error
	g.closeOnce.Do(func() {
		close(g.done)
		err = g.Listener.Close()
	})
	return err
}

// stallTimeout is how long a peer may leave data unacknowledged (for
// example a client that stopped reading iopub) before its connection is
// dropped. zmq4 v0.17 writes to the subscribers of a PUB socket one after
// the other and queues without bound meanwhile, so one stalled subscriber
// would stall every other one and grow the kernel's memory; with
// TCP_USER_TIMEOUT the kernel's TCP stack gives up on it instead.
var stallTimeout = 5 * time.Second

// tcpUserTimeout is Linux's TCP_USER_TIMEOUT socket option (not in package
// syscall).
const tcpUserTimeout = 0x12

func setStallTimeout(c *net.TCPConn) {
	raw, err := c.SyscallConn()
	if err != nil {
		return
	}
	_ = raw.Control(func(fd uintptr) {
		_ = syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, tcpUserTimeout, int(stallTimeout/time.Millisecond))
	})
}

// handshakeConn replays the bytes read by admit and clears the deadline
// when the peer's greeting (64 bytes) and first command (its READY) have
// been read, i.e. when the NULL-security handshake is complete.
//
// It embeds *net.TCPConn (not net.Conn) so that net.Buffers.WriteTo, which
// zmq4 uses for multipart messages, still finds the connection's writev
// path: one system call per message instead of two per frame. Its Write
// gets the same for the messages zmq4 writes frame by frame (a ROUTER
// socket's: see coalescer).
type handshakeConn struct {
	*net.TCPConn
	pre      []byte
	mu       sync.Mutex
	read     int // bytes of handshake read so far
	cmdEnd   int // offset where the READY command ends, once known
	hdr      []byte
	finished bool

	wmu sync.Mutex
	out coalescer
}

func newHandshakeConn(tcp *net.TCPConn, pre []byte) *handshakeConn {
	h := &handshakeConn{TCPConn: tcp, pre: pre}
	h.out.flush = func(bufs net.Buffers) error {
		_, err := bufs.WriteTo(tcp)
		return err
	}
	return h
}

// Write writes p, or holds it back until the end of the message it
// belongs to (see coalescer).
func (h *handshakeConn) Write(p []byte) (int, error) {
	h.wmu.Lock()
	defer h.wmu.Unlock()
	return h.out.write(p)
}

const greetingLen = 64

func (h *handshakeConn) Read(p []byte) (int, error) {
	var n int
	var err error
	if len(h.pre) > 0 {
		n = copy(p, h.pre)
		h.pre = h.pre[n:]
	} else {
		n, err = h.TCPConn.Read(p)
	}
	h.track(p[:n])
	return n, err
}

// track follows the handshake bytes: greeting, then a command frame whose
// header is flags (1 byte) and a 1- or 8-byte size.
func (h *handshakeConn) track(p []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.finished {
		return
	}
	for _, b := range p {
		h.read++
		if h.read <= greetingLen {
			continue
		}
		if h.cmdEnd == 0 {
			h.hdr = append(h.hdr, b)
			flags := h.hdr[0]
			switch {
			case flags&0x02 == 0 && len(h.hdr) == 2:
				h.cmdEnd = h.read + int(h.hdr[1])
			case flags&0x02 != 0 && len(h.hdr) == 9:
				h.cmdEnd = h.read + int(binary.BigEndian.Uint64(h.hdr[1:9]))
			}
			if h.cmdEnd != 0 && h.cmdEnd == h.read {
				h.done()
				return
			}
			continue
		}
		if h.read >= h.cmdEnd {
			h.done()
			return
		}
	}
}

func (h *handshakeConn) done() {
	h.finished = true
	_ = h.TCPConn.SetDeadline(time.Time{})
}
