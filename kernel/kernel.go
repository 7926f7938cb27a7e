// Package kernel is the protocol core of the gofutures Jupyter kernel: it
// turns Jupyter messages (protocol 5.3) into replies, status and output
// messages, and runs cells through an Interpreter. It knows neither
// sockets nor processes: package zmq serves it on ZeroMQ sockets through
// the Transport interface, and package supervisor runs the cells in an
// interpreter process, so that a cell that crashes, exits or loops forever
// costs the notebook at most the values its statements computed, never the
// kernel. Completion and inspection come from package complete.
package kernel

import (
	"context"
	"fmt"
	"log"
	"runtime/debug"
	"sync"

	"github.com/gofutures/gofutures/kernel/wire"
)

// Version is the kernel's implementation version.
const Version = "0.1.0"

// Channel names a kernel socket.
type Channel int

// The channels a Transport sends on.
const (
	Shell Channel = iota
	Control
	Stdin
	IOPub
)

func (c Channel) String() string {
	return [...]string{"shell", "control", "stdin", "iopub"}[c]
}

// Transport sends messages on the kernel's sockets. Package zmq has the
// ZeroMQ one; tests use an in-memory one.
type Transport interface {
	Send(ch Channel, m *wire.Message) error
}

// Kernel is the protocol logic: it turns requests into replies, status and
// output messages. It is safe for concurrent use by one shell goroutine
// and one control goroutine.
type Kernel struct {
	session  string
	tr       Transport
	interp   Interpreter
	logf     func(string, ...any)
	handlers map[MsgType]func(Channel, *wire.Message)

	shellQ chan *wire.Message
	inputs chan *wire.Message // input_reply messages from the stdin socket

	mu       sync.Mutex
	count    int
	cancel   context.CancelFunc // interrupts the running cell
	aborting bool
	history  []histEntry
	shutdown chan struct{} // closed by a shutdown_request without restart
	shutOnce sync.Once
}

// NewKernel returns a Kernel that sends on tr and runs cells in in.
func NewKernel(session string, tr Transport, in Interpreter, logf func(string, ...any)) *Kernel {
	if logf == nil {
		logf = log.Printf
	}
	k := &Kernel{session: session, tr: tr, interp: in, logf: logf,
		shellQ: make(chan *wire.Message, 1024), inputs: make(chan *wire.Message, 16), shutdown: make(chan struct{})}
	k.handlers = map[MsgType]func(Channel, *wire.Message){
		MsgKernelInfoRequest: k.kernelInfo,
		MsgExecuteRequest:    k.execute,
		MsgShutdownRequest:   k.shutdownRequest,
		MsgInterruptRequest:  k.interruptRequest,
		MsgIsCompleteRequest: k.isComplete,
		MsgCompleteRequest:   k.complete,
		MsgInspectRequest:    k.inspect,
		MsgHistoryRequest:    k.historyRequest,
		MsgCommInfoRequest:   k.commInfo,
		MsgCommOpen:          k.commOpen,
		MsgCommMsg:           func(Channel, *wire.Message) {}, // no comms are open
		MsgCommClose:         func(Channel, *wire.Message) {},
	}
	return k
}

// Done is closed when a client asked the kernel to shut down.
func (k *Kernel) Done() <-chan struct{} { return k.shutdown }

// Starting publishes status: starting (once, when the kernel comes up).
func (k *Kernel) Starting() { k.status(nil, "starting") }

// ShellMessage takes a message from the shell socket. Interrupts are
// handled at once (VS Code sends them on shell in message mode); other
// requests queue for Run, in order.
func (k *Kernel) ShellMessage(m *wire.Message) {
	if MsgType(m.Header.MsgType) == MsgInterruptRequest {
		k.handle(Shell, m)
		return
	}
	k.shellQ <- m
}

// StdinMessage takes a message from the stdin socket (an input_reply).
func (k *Kernel) StdinMessage(m *wire.Message) {
	if MsgType(m.Header.MsgType) != MsgInputReply {
		k.logf("kernel: unexpected %s on stdin; ignored", m.Header.MsgType)
		return
	}
	select {
	case k.inputs <- m:
	default:
		k.logf("kernel: input_reply nobody asked for; dropped")
	}
}

// ControlMessage handles a message from the control socket at once.
func (k *Kernel) ControlMessage(m *wire.Message) { k.handle(Control, m) }

// Run handles queued shell requests until ctx ends.
func (k *Kernel) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case m := <-k.shellQ:
			k.handle(Shell, m)
		}
	}
}

// Interrupt interrupts the running cell, if any (SIGINT in signal mode),
// and an interpreter that is being restored.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	cancel := k.cancel
	k.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	k.interp.Interrupt()
}

// handle answers one message between status busy and idle. A panic while
// handling it (a bug in the kernel) is logged and answered with an error
// reply, so that the client does not wait forever.
func (k *Kernel) handle(ch Channel, m *wire.Message) {
	t := MsgType(m.Header.MsgType)
	k.status(m, "busy")
	defer k.status(m, "idle")
	defer func() {
		if p := recover(); p != nil {
			k.logf("kernel: handling %s: panic: %v\n%s", t, p, debug.Stack())
			k.replyError(ch, m, "KernelError", fmt.Sprint(p), nil, nil)
		}
	}()
	h, ok := k.handlers[t]
	if !ok {
		k.logf("kernel: unknown message type %q on %s; ignored", t, ch)
		k.replyError(ch, m, "UnknownMessageType", string(t), nil, nil)
		return
	}
	h(ch, m)
}

// send sends a message of type t with content on ch.
func (k *Kernel) send(ch Channel, parent *wire.Message, t MsgType, content any) {
	msg, err := wire.NewReply(k.session, parent, string(t), content)
	if err != nil {
		k.logf("kernel: %v", err)
		return
	}
	if ch == IOPub {
		msg.Identities = [][]byte{[]byte("kernel." + t)}
	}
	if err := k.tr.Send(ch, msg); err != nil {
		k.logf("kernel: sending %s on %s: %v", t, ch, err)
	}
}

// reply answers request m on ch with its reply type.
func (k *Kernel) reply(ch Channel, m *wire.Message, content any) {
	k.send(ch, m, MsgType(m.Header.MsgType).reply(), content)
}

// replyError answers request m on ch with status "error"; count is the
// execution count of an execute_reply. Messages that are not requests get
// no reply.
func (k *Kernel) replyError(ch Channel, m *wire.Message, ename, evalue string, traceback []string, count *int) {
	if !MsgType(m.Header.MsgType).isRequest() {
		return
	}
	if traceback == nil {
		traceback = []string{}
	}
	k.reply(ch, m, errorReply{Status: "error", EName: ename, EValue: evalue, Traceback: traceback, ExecutionCount: count})
}

// publish broadcasts a message of type t on iopub.
func (k *Kernel) publish(parent *wire.Message, t MsgType, content any) {
	k.send(IOPub, parent, t, content)
}

func (k *Kernel) status(parent *wire.Message, state string) {
	k.publish(parent, MsgStatus, statusContent{ExecutionState: state})
}
