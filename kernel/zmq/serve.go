package zmq

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/google/uuid"

	"github.com/gofutures/gofutures/kernel"
	"github.com/gofutures/gofutures/kernel/wire"
)

// Options configure Serve.
type Options struct {
	// Logger receives diagnostics (default: standard error).
	Logger *log.Logger
}

// iopubHWM bounds the iopub queue (messages); stream messages are at most
// maxMessage bytes, so it holds at most about 256 MB.
const iopubHWM = 4096

// zmqTransport sends signed messages on the kernel's sockets.
type zmqTransport struct {
	signer  *wire.Signer
	sockets [4]zmq4.Socket
	mu      [4]sync.Mutex
}

// Send signs m and sends it on the socket of ch.
func (t *zmqTransport) Send(ch kernel.Channel, m *wire.Message) error {
	frames, err := t.signer.Frames(m)
	if err != nil {
		return err
	}
	t.mu[ch].Lock()
	defer t.mu[ch].Unlock()
	return t.sockets[ch].SendMulti(zmq4.NewMsgFrom(frames...))
}

// Serve runs a kernel that executes cells in in on the sockets of a
// connection file until a client asks it to shut down, ctx ends, or it
// gets SIGTERM; SIGINT interrupts the running cell. It starts in and
// closes it before it returns.
func Serve(ctx context.Context, connectionFile string, in kernel.Interpreter, opts Options) error {
	logger := opts.Logger
	if logger == nil {
		logger = log.New(os.Stderr, "gofutures: ", log.LstdFlags)
	}
	ci, err := ReadConnectionFile(connectionFile)
	if err != nil {
		return err
	}
	registerGuardedTCP()
	if d, err := time.ParseDuration(os.Getenv("GOFUTURES_STALL_TIMEOUT")); err == nil && d > 0 {
		stallTimeout = d // for tests
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	started := make(chan error, 1)
	go func() { started <- in.Start() }() // in parallel with the sockets

	quiet := log.New(discard{}, "", 0)
	tr := &zmqTransport{signer: wire.NewSigner([]byte(ci.Key))}
	tr.sockets[kernel.Shell] = zmq4.NewRouter(ctx, zmq4.WithLogger(quiet))
	tr.sockets[kernel.Control] = zmq4.NewRouter(ctx, zmq4.WithLogger(quiet))
	tr.sockets[kernel.Stdin] = zmq4.NewRouter(ctx, zmq4.WithLogger(quiet))
	tr.sockets[kernel.IOPub] = zmq4.NewPub(ctx, zmq4.WithLogger(quiet))
	hb := zmq4.NewRep(ctx, zmq4.WithLogger(quiet))
	all := append(tr.sockets[:], hb)
	defer func() {
		for _, s := range all {
			s.Close()
		}
	}()
	// Bound iopub's queue (zmq4's is unbounded by default): with a
	// subscriber stalled until stallTimeout drops it, messages beyond this
	// many are dropped, as libzmq's PUB sockets do at their high-water mark.
	_ = tr.sockets[kernel.IOPub].SetOption(zmq4.OptionHWM, iopubHWM)
	ports := []int{ci.ShellPort, ci.ControlPort, ci.StdinPort, ci.IOPubPort, ci.HBPort}
	for i, s := range all {
		if err := s.Listen(ci.endpoint(ports[i])); err != nil {
			return fmt.Errorf("kernel: listen on port %d: %w", ports[i], err)
		}
	}
	if err := <-started; err != nil {
		return err
	}
	defer in.Close()

	k := kernel.NewKernel(uuid.NewString(), tr, in, logger.Printf)
	k.Starting()

	recv := func(ch kernel.Channel, handle func(*wire.Message)) {
		for {
			msg, err := tr.sockets[ch].Recv()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				if errors.Is(err, context.Canceled) {
					return
				}
				logger.Printf("receive on %s: %v", ch, err)
				continue
			}
			m, err := tr.signer.Parse(msg.Frames)
			if err != nil {
				logger.Printf("dropped a message on %s: %v", ch, err)
				continue
			}
			handle(m)
		}
	}
	go recv(kernel.Shell, k.ShellMessage)
	go recv(kernel.Control, k.ControlMessage)
	go recv(kernel.Stdin, k.StdinMessage)
	go func() {
		for {
			msg, err := hb.Recv()
			if err != nil {
				if ctx.Err() != nil {
					return
				}
				continue
			}
			_ = hb.Send(msg)
		}
	}()
	go k.Run(ctx)

	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
	defer signal.Stop(sigs)
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-k.Done():
			return nil
		case s := <-sigs:
			if s == syscall.SIGINT {
				k.Interrupt()
				continue
			}
			return nil
		}
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
