package cluster_test

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/executor/cluster"
)

func cube(x int) int { return x * x * x }

func nap(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

// A compiled program names the functions its workers may run. The test
// binary's TestMain calls executor.RunWorker and cluster.RunWorker, which
// turn it into a worker when an executor starts it as one.
func init() {
	executor.Register("cube", cube)
	executor.Register("nap", nap)
}

// With no URL, New starts an embedded NATS server and local workers: the
// same code runs on a cluster with Options{Conn: cluster.Conn{URL: ...}}.
func Example() {
	cl, err := cluster.New(cluster.Options{Workers: 2})
	if err != nil {
		log.Fatal(err)
	}
	defer cl.Close()
	cubes, err := cl.Map(cube, []int{1, 2, 3, 4, 5}, executor.ChunkSize(2))
	fmt.Println(cubes, err)
	f := cl.Submit(cube, 10)
	fmt.Println(f.Result())
	// Output:
	// [1 8 27 64 125] <nil>
	// 1000 <nil>
}

// Cancel removes a queued task from the queue; Terminate stops a running
// one in its worker.
func ExampleExecutor_Terminate() {
	started := make(chan *executor.Future, 1)
	cl, err := cluster.New(cluster.Options{Workers: 1, Observer: executor.ObserverFunc(func(e executor.Event) {
		if e.Kind == executor.EventStarted {
			started <- e.Future
		}
	})})
	if err != nil {
		log.Fatal(err)
	}
	defer cl.Close()
	long := cl.Submit(nap, 60000)
	queued := cl.Submit(nap, 1)
	<-started
	fmt.Println("cancel the queued task:", queued.Cancel(), queued.State())
	fmt.Println("terminate the running one:", cl.Terminate(long))
	var we *executor.WorkerError
	fmt.Println(errors.As(long.Err(), &we), we.Cause)
	// Output:
	// cancel the queued task: true cancelled and notified
	// terminate the running one: true
	// true cancelled by its executor (Terminate)
}
