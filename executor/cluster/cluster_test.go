package cluster

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/gofutures/gofutures/executor"
)

// syncBuffer collects output written from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newServer starts a JetStream server on port (0: any) with its store in
// dir.
func newServer(t *testing.T, port int, dir string, mod func(*server.Options)) *server.Server {
	t.Helper()
	if port == 0 {
		port = server.RANDOM_PORT
	}
	o := &server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoSigs: true, NoLog: true}
	if mod != nil {
		mod(o)
	}
	s, err := server.NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		t.Fatal("NATS server did not start")
	}
	return s
}

// newExecutor starts an executor of the test notebook with 2 local
// workers on url ("" for an embedded server).
func newExecutor(t *testing.T, opts Options) (*Executor, *syncBuffer) {
	t.Helper()
	out := &syncBuffer{}
	opts.Process = executor.ProcessConfig{Declarations: declarations(t), Output: out, Globals: opts.Process.Globals}
	opts.WorkerCommand = workerCommand
	if opts.Workers == 0 {
		opts.Workers = 2
	}
	if opts.AckWait == 0 {
		opts.AckWait = time.Second
	}
	e, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		e.Shutdown(true, true)
		if t.Failed() {
			t.Logf("output of the workers:\n%s", out)
		}
	})
	return e, out
}

func ints(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func TestMapSubmitAndStatesOnAnEmbeddedServer(t *testing.T) {
	e, out := newExecutor(t, Options{})
	for _, chunk := range []int{1, 7} {
		got, err := e.Map(squareF, ints(100), executor.ChunkSize(chunk))
		if err != nil {
			t.Fatalf("chunk %d: %v", chunk, err)
		}
		for i, v := range got {
			if v != i*i {
				t.Fatalf("chunk %d: item %d = %v, want %d", chunk, i, v, i*i)
			}
		}
	}
	// A chunk stops at its first failure, which Map reports by item.
	part, err := e.Map(failOnF, ints(30), executor.ChunkSize(10))
	var re *executor.RemoteError
	if len(part) != 13 || !errors.As(err, &re) || err.Error() != "executor: map item 13: unlucky 13" {
		t.Fatalf("a failing item: %d results, %v", len(part), err)
	}
	numbers := []Pair{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172}, {1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}
	got, err := e.Map(gcdF, numbers)
	if err != nil || fmt.Sprint(got) != "[1 5 1 5 2 3]" {
		t.Fatalf("gcd: %v %v", got, err)
	}
	f := e.Submit(helloF, "cluster")
	if v, err := f.Result(); v != "hi cluster" || err != nil || f.State() != executor.Finished {
		t.Fatalf("Submit: %v %v %v", v, err, f.State())
	}
	// What a worker prints reaches the executor's output (after the result,
	// possibly).
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(out.String(), "] hello cluster\n"); {
		if time.Now().After(deadline) {
			t.Fatalf("worker output missing: %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	// AsCompleted and Wait take the cluster's futures like any others.
	fs := []*executor.Future{e.Submit(sleepyF, 300), e.Submit(sleepyF, 1)}
	it := executor.AsCompleted(fs)
	var order []any
	for it.Next() {
		v, _ := it.Future().Result()
		order = append(order, v)
	}
	if fmt.Sprint(order) != "[1 300]" || it.Err() != nil {
		t.Fatalf("AsCompleted: %v %v", order, it.Err())
	}
	done, notDone := executor.Wait([]*executor.Future{e.Submit(dieF), e.Submit(squareF, 3)}, executor.AllCompleted)
	if len(done) != 2 || len(notDone) != 0 {
		t.Fatalf("Wait: %d done, %d not", len(done), len(notDone))
	}
	var we *executor.WorkerError
	if err := done[0].Err(); !errors.As(err, &we) || !strings.Contains(err.Error(), "exit status 7") {
		t.Fatalf("a task that exits: %v", err)
	}
	if v, err := done[1].Result(); v != 9 || err != nil {
		t.Fatalf("after a worker process died: %v %v", v, err)
	}
	// Misuse fails at once, as in a ProcessPool.
	if err := e.Submit(func(int) int { return 0 }, 1).Err(); err == nil || !strings.Contains(err.Error(), "by name") {
		t.Fatalf("closure: %v", err)
	}
	if err := e.Submit(squareF, "x").Err(); err == nil {
		t.Fatal("wrong argument type accepted")
	}
	e.Shutdown(true, false)
	if err := e.Submit(squareF, 1).Err(); !errors.Is(err, executor.ErrShutdown) {
		t.Fatalf("after Shutdown: %v", err)
	}
}

// events records a cluster's events.
type events struct {
	mu      sync.Mutex
	list    []executor.Event
	started chan executor.Event
}

func newEvents() *events { return &events{started: make(chan executor.Event, 100)} }

func (ev *events) OnEvent(e executor.Event) {
	ev.mu.Lock()
	ev.list = append(ev.list, e)
	ev.mu.Unlock()
	if e.Kind == executor.EventStarted {
		select {
		case ev.started <- e:
		default:
		}
	}
}

func (ev *events) kinds(task uint64) []string {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var out []string
	for _, e := range ev.list {
		if e.TaskID == task {
			out = append(out, e.Kind.String()+" "+e.Worker)
		}
	}
	return out
}

// pidOf returns the pid in a worker name "host/pid".
func pidOf(t *testing.T, worker string) int {
	_, p, _ := strings.Cut(worker, "/")
	pid, err := strconv.Atoi(p)
	if err != nil {
		t.Fatalf("worker name %q: want host/pid", worker)
	}
	return pid
}

// TestTasksSeeCurrentVariables: a task carries the values the variables
// its function uses have when it is submitted (ProcessConfig.Globals), as
// a ProcessPool's does.
func TestTasksSeeCurrentVariables(t *testing.T) {
	scale := 1
	e, _ := newExecutor(t, Options{Workers: 1, Process: executor.ProcessConfig{
		Globals: func(fn string) ([]string, []reflect.Value) {
			if fn != "scaled" {
				return nil, nil
			}
			return []string{"scale"}, []reflect.Value{reflect.ValueOf(&scale).Elem()}
		},
	}})
	for _, s := range []int{1, 10, 10, 7} {
		scale = s
		if v, err := e.Submit(scaledF, 3).Result(); err != nil || v != 3*s {
			t.Fatalf("scale %d: %v %v, want %d", s, v, err, 3*s)
		}
	}
	scale = 2
	got, err := e.Map(scaledF, ints(4), executor.ChunkSize(2))
	if err != nil || fmt.Sprint(got) != "[0 2 4 6]" {
		t.Fatalf("Map: %v %v", got, err)
	}
}

func TestAWorkerKilledMidTaskLosesNothing(t *testing.T) {
	ev := newEvents()
	e, _ := newExecutor(t, Options{Observer: ev, AckWait: 500 * time.Millisecond})
	host, _ := os.Hostname()
	it := e.MapIter(sleepyF, []int{1500, 1500, 1500, 1500})
	first := <-ev.started
	if !strings.HasPrefix(first.Worker, host+"/") {
		t.Fatalf("worker %q: want host/pid", first.Worker)
	}
	if err := syscall.Kill(pidOf(t, first.Worker), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	got, err := it.Collect()
	if err != nil || fmt.Sprint(got) != "[1500 1500 1500 1500]" {
		t.Fatalf("after a worker was killed: %v %v", got, err)
	}
	// The killed worker's task ran again on another worker.
	k := ev.kinds(first.TaskID)
	if len(k) < 4 || k[0] != "submitted " || k[len(k)-1] == "finished "+first.Worker {
		t.Fatalf("events of task %d: %q", first.TaskID, k)
	}
}

func TestCancelAndTerminate(t *testing.T) {
	ev := newEvents()
	e, _ := newExecutor(t, Options{Observer: ev})
	a, b := e.Submit(sleepyF, 60000), e.Submit(sleepyF, 60000)
	queued := e.Submit(squareF, 5)
	<-ev.started
	<-ev.started
	if !queued.Cancel() || !errors.Is(queued.Err(), executor.ErrCancelled) {
		t.Fatalf("cancel of a queued task: %v", queued.Err())
	}
	if a.Cancel() {
		t.Fatal("Cancel stopped a running task")
	}
	if !e.Terminate(a) || !e.Terminate(b) {
		t.Fatal("Terminate: tasks not running")
	}
	for _, f := range []*executor.Future{a, b} {
		var we *executor.WorkerError
		err := f.Err()
		if !errors.As(err, &we) || !strings.Contains(err.Error(), "cancelled by its executor") {
			t.Fatalf("terminated task: %v", err)
		}
	}
	if v, err := e.Submit(squareF, 6).Result(); v != 36 || err != nil {
		t.Fatalf("after Terminate: %v %v", v, err)
	}
	// The cancelled task never ran and is gone from the queue.
	if k := ev.kinds(queued.ID()); fmt.Sprint(k) != "[submitted  dropped ]" {
		t.Fatalf("events of the cancelled task: %q", k)
	}
	if queued.State() != executor.CancelledAndNotified {
		t.Fatalf("state %v", queued.State())
	}
	waitEmpty(t, e)
}

// waitEmpty checks that the executor's task queue empties.
func waitEmpty(t *testing.T, e *Executor) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		e.mu.Lock()
		st := e.stream
		e.mu.Unlock()
		info, err := st.Info(context.Background())
		if err == nil && info.State.Msgs == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the task queue still holds %d messages (%v)", info.State.Msgs, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDeliveryLimit(t *testing.T) {
	e, _ := newExecutor(t, Options{MaxDeliver: 2, AckWait: 300 * time.Millisecond})
	err := e.Submit(killWorkerF).Err()
	var de *DeliveryError
	if !errors.As(err, &de) || !errors.Is(err, ErrDeliveryLimit) || de.Deliveries != 2 ||
		!strings.Contains(err.Error(), "delivered 2 times, the delivery limit") {
		t.Fatalf("a task that kills every worker: %v", err)
	}
	// Local workers are restarted: the executor still works.
	if v, err := e.Submit(squareF, 7).Result(); v != 49 || err != nil {
		t.Fatalf("after the delivery limit: %v %v", v, err)
	}
	waitEmpty(t, e)
}

func freePort(t *testing.T) int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func TestServerRestartedMidRun(t *testing.T) {
	dir, port := t.TempDir(), freePort(t)
	srv := newServer(t, port, dir, nil)
	e, out := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL()}})
	n := 30
	ms := make([]int, n)
	for i := range ms {
		ms[i] = 100
	}
	it := e.MapIter(sleepyF, ms)
	time.Sleep(300 * time.Millisecond)
	srv.Shutdown()
	srv.WaitForShutdown()
	time.Sleep(300 * time.Millisecond)
	srv = newServer(t, port, dir, nil)
	defer srv.Shutdown()
	got, err := it.Collect()
	if err != nil || len(got) != n {
		t.Fatalf("after the server restarted: %d results, %v", len(got), err)
	}
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(out.String(), "cluster: disconnected from") ||
		!strings.Contains(out.String(), "cluster: reconnected to"); {
		if time.Now().After(deadline) {
			t.Fatalf("no notes of the disconnection:\n%s", out)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if v, err := e.Submit(squareF, 8).Result(); v != 64 || err != nil {
		t.Fatalf("after the restart: %v %v", v, err)
	}
}

func TestConnectionLostFailsPendingTasks(t *testing.T) {
	srv := newServer(t, 0, t.TempDir(), nil)
	e, _ := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL(), ReconnectFor: 500 * time.Millisecond}, Workers: 1})
	f := e.Submit(sleepyF, 60000)
	time.Sleep(200 * time.Millisecond)
	srv.Shutdown()
	err := f.Err()
	var ce *ConnectionError
	if !errors.As(err, &ce) || !errors.Is(err, ErrConnectionLost) || !strings.Contains(err.Error(), "lost the connection to NATS server") {
		t.Fatalf("pending task after the server went away: %v", err)
	}
	if err := e.Submit(squareF, 2).Err(); !errors.Is(err, ErrConnectionLost) {
		t.Fatalf("Submit after the connection was lost: %v", err)
	}
	e.Shutdown(true, false) // returns
}

func TestCredentialsPassThrough(t *testing.T) {
	srv := newServer(t, 0, t.TempDir(), func(o *server.Options) { o.Username, o.Password = "ana", "s3cret" })
	defer srv.Shutdown()
	_, err := New(Options{Conn: Conn{URL: srv.ClientURL(), User: "ana", Password: "wrong"}, Workers: -1})
	if err == nil || !strings.Contains(err.Error(), "connecting to NATS server") || !strings.Contains(strings.ToLower(err.Error()), "authorization") {
		t.Fatalf("wrong password: %v", err)
	}
	e, _ := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL(), User: "ana", Password: "s3cret"}, Workers: 1})
	if v, err := e.Submit(squareF, 9).Result(); v != 81 || err != nil {
		t.Fatalf("with a password: %v %v", v, err)
	}
}

func TestCloseLeavesNothingOnTheServer(t *testing.T) {
	srv := newServer(t, 0, t.TempDir(), nil)
	defer srv.Shutdown()
	// No workers: the tasks stay queued until the executor goes away.
	e, _ := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL()}, Workers: -1})
	fs := []*executor.Future{e.Submit(squareF, 1), e.Submit(squareF, 2)}
	e.Shutdown(true, true)
	for _, f := range fs {
		if !f.Cancelled() {
			t.Fatalf("%v", f)
		}
	}
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	for _, name := range []string{"GOFUTURES_TASKS_default", "GOFUTURES_RESULTS_default"} {
		s, err := js.Stream(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		if info, _ := s.Info(context.Background()); info.State.Msgs != 0 {
			t.Fatalf("%s holds %d messages after Close", name, info.State.Msgs)
		}
	}
}

func TestATaskLongerThanAckWaitIsNotRedelivered(t *testing.T) {
	ev := newEvents()
	// One delivery only: a redelivery would fail the task. (The worker
	// reports every third of AckWait: 300 ms lost the task when a loaded
	// machine under -race delayed a report past AckWait.)
	e, _ := newExecutor(t, Options{Observer: ev, AckWait: time.Second, MaxDeliver: 1})
	f := e.Submit(sleepyF, 3500)
	if v, err := f.Result(); v != 3500 || err != nil {
		t.Fatalf("%v %v", v, err)
	}
	if k := ev.kinds(f.ID()); len(k) != 3 {
		t.Fatalf("events: %q", k)
	}
}

func TestAServerThatLostTheQueueFailsPendingTasks(t *testing.T) {
	port := freePort(t)
	srv := newServer(t, port, t.TempDir(), nil)
	e, out := newExecutor(t, Options{Conn: Conn{URL: srv.ClientURL()}, Memory: true, Workers: 1})
	f := e.Submit(sleepyF, 60000)
	time.Sleep(200 * time.Millisecond)
	srv.Shutdown()
	srv.WaitForShutdown()
	srv = newServer(t, port, t.TempDir(), nil) // a new store: the queue is gone
	defer srv.Shutdown()
	if _, err := f.ResultTimeout(3 * time.Minute); !errors.Is(err, ErrQueueLost) {
		t.Fatalf("a task the server lost: %v\n%s", err, out)
	}
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(out.String(), "the queue is set up again"); {
		if time.Now().After(deadline) {
			t.Fatalf("no note of the lost queue:\n%s", out)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// The worker was told to stop the lost task: it takes the next one.
	if v, err := e.Submit(squareF, 12).ResultTimeout(20 * time.Second); v != 144 || err != nil {
		t.Fatalf("after the queue was set up again: %v %v", v, err)
	}
}

func TestAnExecutorThatVanishesLeavesNoTasks(t *testing.T) {
	srv := newServer(t, 0, t.TempDir(), nil)
	defer srv.Shutdown()
	// No workers yet: the tasks wait in the queue when the executor dies
	// without Close (as when its kernel is killed).
	e, err := New(Options{Conn: Conn{URL: srv.ClientURL(), ReconnectFor: 500 * time.Millisecond}, Workers: -1,
		Process: executor.ProcessConfig{Declarations: declarations(t), Output: &syncBuffer{}}})
	if err != nil {
		t.Fatal(err)
	}
	e.Map(squareF, ints(50), executor.Timeout(200*time.Millisecond))
	e.nc.Close()
	// A worker that comes later finds their executor gone and clears them.
	w := workerCommand("--nats", srv.ClientURL())
	var notes syncBuffer
	w.Stdout, w.Stderr = &notes, &notes
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { w.Process.Kill(); w.Wait() }()
	nc, err := nats.Connect(srv.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	st, err := js.Stream(context.Background(), "GOFUTURES_TASKS_default")
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		info, err := st.Info(context.Background())
		if err == nil && info.State.Msgs == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the vanished executor's tasks stay queued: %v %v\n%s", info.State.Msgs, err, &notes)
		}
	}
	for deadline := time.Now().Add(5 * time.Second); !strings.Contains(notes.String(), "is gone; removed its tasks"); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("worker notes: %s", &notes)
		}
	}
}

func TestShutdownWithoutWaitingCleansUpWhenTasksEnd(t *testing.T) {
	e, _ := newExecutor(t, Options{Workers: 1})
	f := e.Submit(sleepyF, 300)
	e.Shutdown(false, false) // returns at once; the task still runs
	if v, err := f.Result(); v != 300 || err != nil {
		t.Fatalf("a task submitted before Shutdown(false, false): %v %v", v, err)
	}
	select {
	case <-e.closed:
	case <-time.After(20 * time.Second):
		t.Fatal("the executor did not clean up after its last task")
	}
	for deadline := time.Now().Add(10 * time.Second); len(e.LocalWorkers()) != 0; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("local workers still running: %v", e.LocalWorkers())
		}
	}
}
