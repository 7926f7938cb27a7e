package cluster

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/gofutures/gofutures/executor"
)

// embedded is a NATS server with JetStream that an executor started for
// itself.
type embedded struct {
	srv *server.Server
	dir string
	url string
}

// startEmbedded starts a server on a free loopback port with its store in
// a temporary directory.
func startEmbedded(storage jetstream.StorageType) (*embedded, error) {
	dir, err := os.MkdirTemp("", "gofutures-nats-")
	if err != nil {
		return nil, fmt.Errorf("cluster: embedded NATS server: %w", err)
	}
	srv, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: dir,
		NoSigs: true, NoLog: true, ServerName: "gofutures-embedded",
	})
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("cluster: embedded NATS server: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(10 * time.Second) {
		srv.Shutdown()
		os.RemoveAll(dir)
		return nil, errors.New("cluster: the embedded NATS server did not start within 10s")
	}
	return &embedded{srv: srv, dir: dir, url: srv.ClientURL()}, nil
}

func (s *embedded) stop() {
	s.srv.Shutdown()
	s.srv.WaitForShutdown()
	os.RemoveAll(s.dir)
}

// selfWorkerCommand starts this program again as a cluster worker (see
// RunWorker).
func selfWorkerCommand(args ...string) *exec.Cmd {
	exe, err := os.Executable()
	if err != nil {
		exe = os.Args[0]
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), WorkerArgsEnv+"="+strings.Join(args, "\n"))
	return cmd
}

// localWorkers are the worker processes an executor started; each is
// restarted when it dies, unless it keeps dying at once.
type localWorkers struct {
	mu    sync.Mutex
	procs []*os.Process
	stopc chan struct{}
	wg    sync.WaitGroup
}

func startLocalWorkers(n int, command func() *exec.Cmd, out io.Writer) *localWorkers {
	lw := &localWorkers{procs: make([]*os.Process, n), stopc: make(chan struct{})}
	lw.wg.Add(n)
	for i := range n {
		go lw.run(i, command, out)
	}
	return lw
}

func (lw *localWorkers) run(i int, command func() *exec.Cmd, out io.Writer) {
	defer lw.wg.Done()
	quick := 0 // deaths in a row within a second of starting
	for {
		cmd := command()
		cmd.Stdout, cmd.Stderr = out, out
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		began := time.Now()
		if err := cmd.Start(); err != nil {
			fmt.Fprintf(out, "cluster: starting a local worker: %v\n", err)
			return
		}
		lw.mu.Lock()
		lw.procs[i] = cmd.Process
		lw.mu.Unlock()
		err := cmd.Wait()
		lw.mu.Lock()
		lw.procs[i] = nil
		lw.mu.Unlock()
		select {
		case <-lw.stopc:
			return
		default:
		}
		if time.Since(began) < time.Second {
			quick++
		} else {
			quick = 0
		}
		if quick >= 5 {
			fmt.Fprintf(out, "cluster: a local worker keeps exiting at start (%v); not restarting it\n", err)
			return
		}
		time.Sleep(time.Duration(quick) * 100 * time.Millisecond)
	}
}

func (lw *localWorkers) pids() []int {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	var out []int
	for _, p := range lw.procs {
		if p != nil {
			out = append(out, p.Pid)
		}
	}
	return out
}

// stop asks every worker to finish (SIGTERM) and kills those that linger
// after grace.
func (lw *localWorkers) stop(grace time.Duration) {
	close(lw.stopc)
	lw.mu.Lock()
	for _, p := range lw.procs {
		if p != nil {
			p.Signal(syscall.SIGTERM)
		}
	}
	lw.mu.Unlock()
	done := make(chan struct{})
	go func() { lw.wg.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-time.After(grace):
	}
	lw.mu.Lock()
	for _, p := range lw.procs {
		if p != nil {
			p.Kill()
		}
	}
	lw.mu.Unlock()
	<-done
}

// teardown removes the executor's tasks and results from the server,
// stops its local workers, disconnects and stops the embedded server.
func (e *Executor) teardown() error {
	var errs []error
	e.mu.Lock()
	st, results := e.stream, e.results
	e.mu.Unlock()
	if e.nc != nil && e.nc.IsConnected() && st != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		if err := st.Purge(ctx, jetstream.WithPurgeSubject(e.n.taskSubject(e.id))); err != nil {
			errs = append(errs, fmt.Errorf("cluster: removing the executor's tasks from the server: %w", err))
		}
		if rs, err := e.js.Stream(ctx, e.n.resultsStream()); err == nil {
			err = rs.Purge(ctx, jetstream.WithPurgeSubject(e.n.resultsOf(e.id)))
			if err != nil {
				errs = append(errs, fmt.Errorf("cluster: removing the executor's results from the server: %w", err))
			}
		}
		cancel()
	}
	if results != nil {
		results.Stop()
	}
	for _, s := range e.subs {
		s.Unsubscribe()
	}
	close(e.closed)
	if e.locals != nil {
		// Every task is done: a worker still busy runs one nobody waits
		// for (the connection was lost); one that is not exits at once.
		e.locals.stop(5 * time.Second)
	}
	if e.nc != nil {
		e.nc.Close()
	}
	if e.embed != nil {
		e.embed.stop()
	}
	return errors.Join(errs...)
}

var _ executor.Executor = (*Executor)(nil)
