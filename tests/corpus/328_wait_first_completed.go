//go:build ignore

// Wait and AsCompleted made deterministic with gates: FirstCompleted
// returns as soon as one future is done, FirstException at the first
// failure, AllCompleted with a timeout tells what is left, and
// AsCompleted yields futures in the order a chain of callbacks lets them
// finish.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// Job is a unit of work waiting for its gate.
type Job struct {
	Name string
	Gate chan struct{}
}

// ErrBadJob is returned by jobs whose name starts with "bad".
var ErrBadJob = errors.New("bad job")

//cell

func run(j Job) (string, error) {
	<-j.Gate
	if strings.HasPrefix(j.Name, "bad") {
		return "", fmt.Errorf("%s: %w", j.Name, ErrBadJob)
	}
	return strings.ToUpper(j.Name), nil
}

func newJob(name string) Job { return Job{name, make(chan struct{})} }

// names lists the results (or errors) of done futures in order.
func names(fs []*executor.Future) string {
	var out []string
	for _, f := range fs {
		v, err := f.Result()
		if err != nil {
			out = append(out, "err("+err.Error()+")")
			continue
		}
		out = append(out, v.(string))
	}
	return "[" + strings.Join(out, " ") + "]"
}

//cell

func main() {
	pool := executor.NewThreadPool(4)
	defer pool.Close()

	a, b, c := newJob("a"), newJob("b"), newJob("c")
	fs := []*executor.Future{pool.Submit(run, a), pool.Submit(run, b), pool.Submit(run, c)}

	close(b.Gate)
	done, notDone := executor.Wait(fs, executor.FirstCompleted)
	fmt.Println("first completed:", names(done), len(notDone))

	close(a.Gate)
	fs[0].Result()
	done, notDone = executor.Wait(fs, executor.AllCompleted, executor.Timeout(30*time.Millisecond))
	fmt.Println("all, with timeout:", names(done), len(notDone), notDone[0] == fs[2])
	close(c.Gate)
	done, notDone = executor.Wait(fs, executor.AllCompleted)
	fmt.Println("all:", names(done), len(notDone))

	// FirstException: the failing job ends the wait; the slow one is left.
	bad, slow := newJob("bad-1"), newJob("slow")
	gs := []*executor.Future{pool.Submit(run, slow), pool.Submit(run, bad)}
	close(bad.Gate)
	done, notDone = executor.Wait(gs, executor.FirstException)
	fmt.Println("first exception:", names(done), len(notDone), errors.Is(done[0].Err(), ErrBadJob))
	close(slow.Gate)
	done, _ = executor.Wait(gs, executor.FirstException)
	fmt.Println("after:", names(done))

	// Duplicates and nil entries are dropped, as Python's sets would.
	done, notDone = executor.Wait([]*executor.Future{gs[0], nil, gs[0]}, executor.AllCompleted)
	fmt.Println(len(done), len(notDone))

	// AsCompleted in an order forced by callbacks: each job, when done,
	// opens the gate of the next one in the order below.
	jobs := []Job{newJob("w"), newJob("x"), newJob("y"), newJob("z")}
	order := []int{2, 0, 3, 1}
	hs := make([]*executor.Future, len(jobs))
	for i, j := range jobs {
		hs[i] = pool.Submit(run, j)
	}
	for k := 0; k+1 < len(order); k++ {
		next := jobs[order[k+1]].Gate
		hs[order[k]].AddDoneCallback(func(*executor.Future) { close(next) })
	}
	// The iterator is made before the first gate opens: futures done
	// when it is made would come first, in input order.
	it := executor.AsCompleted(hs, executor.Timeout(10*time.Second))
	close(jobs[order[0]].Gate)
	var seen []string
	for it.Next() {
		v, _ := it.Future().Result()
		seen = append(seen, v.(string))
	}
	fmt.Println("as completed:", seen, it.Err())

	// Already-done futures come first, in input order.
	it = executor.AsCompleted([]*executor.Future{hs[3], hs[1]})
	for it.Next() {
		v, _ := it.Future().Result()
		fmt.Print(v, " ")
	}
	fmt.Println()
}
