package executor_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gofutures/gofutures/executor"
)

// The seed tutorial: gcd over six pairs on a pool of two workers.
func ExampleThreadPool_Map() {
	pool := executor.NewThreadPool(2)
	defer pool.Close() // Python: with ThreadPoolExecutor(max_workers=2) as pool:

	results, err := pool.Map(gcd, numbers)
	fmt.Println(results, err)
	// Output: [1 5 1 5 2 3] <nil>
}

func ExampleThreadPool_Submit() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	f := pool.Submit(gcd, numbers[1])
	v, err := f.Result()
	fmt.Println(v, err)

	// Misuse is reported as the future's error, naming function and argument.
	fmt.Println(pool.Submit(gcd, "1963309, 2265973").Err())
	// Output:
	// 5 <nil>
	// executor: executor_test.gcd: argument 0: have string, want [2]int
}

func ExampleThreadPool_MapIter() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	it := pool.MapIter(gcd, numbers, executor.ChunkSize(2), executor.Timeout(time.Minute))
	defer it.Close()
	for it.Next() {
		fmt.Print(it.Value(), " ")
	}
	fmt.Println(it.Err())
	// Output: 1 5 1 5 2 3 <nil>
}

func ExampleThreadPool_Shutdown() {
	pool := executor.NewThreadPool(1)
	gate := make(chan struct{})
	running := pool.Submit(func() string { <-gate; return "ran" })
	for !running.Running() {
		time.Sleep(time.Millisecond)
	}
	queued := pool.Submit(func() string { return "never" })
	pool.Shutdown(false, true) // cancel what has not started, without waiting
	close(gate)
	pool.Shutdown(true, false) // wait for what runs (Shutdown is safe to repeat)

	fmt.Println(running.Result())
	fmt.Println(queued.State(), errors.Is(queued.Err(), executor.ErrCancelled))
	fmt.Println(pool.Submit(gcd, numbers[0]).Err())
	// Output:
	// ran <nil>
	// cancelled and notified true
	// executor: cannot schedule new futures after shutdown
}

func ExampleAsCompleted() {
	fast := executor.NewThreadPool(1)
	slow := executor.NewThreadPool(1)
	defer fast.Close()
	defer slow.Close()

	gate := make(chan struct{})
	fs := []*executor.Future{
		slow.Submit(func() string { <-gate; return "slow" }),
		fast.Submit(func() string { return "fast" }),
	}
	it := executor.AsCompleted(fs, executor.Timeout(10*time.Second))
	for it.Next() {
		v, _ := it.Future().Result()
		fmt.Println(v)
		if v == "fast" {
			close(gate) // slow ends after fast has been seen
		}
	}
	fmt.Println(it.Err())
	// Output:
	// fast
	// slow
	// <nil>
}

func ExampleTimeoutError() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)

	fs := []*executor.Future{
		pool.Submit(func() {}),
		pool.Submit(func() { <-gate }),
	}
	fs[0].Result()
	it := executor.AsCompleted(fs, executor.Timeout(20*time.Millisecond))
	for it.Next() {
	}
	var te *executor.TimeoutError
	fmt.Println(it.Err())
	fmt.Println(errors.As(it.Err(), &te), te.Unfinished)
	// Output:
	// executor: timeout: 1 (of 2) futures unfinished
	// true 1
}

func ExampleWait() {
	pool := executor.NewThreadPool(3)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)

	fs := []*executor.Future{
		pool.Submit(func() error { return errors.New("bad input") }),
		pool.Submit(func() { <-gate }),
	}
	done, notDone := executor.Wait(fs, executor.FirstException)
	fmt.Println(len(done), len(notDone), done[0].Err())
	// Output: 1 1 bad input
}

func ExampleFuture_Cancel() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	first := pool.Submit(func() { <-gate })
	second := pool.Submit(func() {})

	fmt.Println(second.Cancel(), second.Cancelled())
	_, err := second.Result()
	fmt.Println(err)
	close(gate)
	first.Result()
	fmt.Println(first.Cancel()) // too late: it ran
	// Output:
	// true true
	// executor: executor_test.ExampleFuture_Cancel.func2: future cancelled
	// false
}

func ExampleFuture_AddDoneCallback() {
	pool := executor.NewThreadPool(1)
	var wg sync.WaitGroup
	wg.Add(1)
	f := pool.Submit(gcd, numbers[3])
	f.AddDoneCallback(func(f *executor.Future) {
		defer wg.Done()
		v, _ := f.Result()
		fmt.Println("done:", v)
	})
	wg.Wait()
	pool.Close()
	// Output: done: 5
}

func ExamplePanicError() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()

	err := pool.Submit(executor.Named("risky", func() { panic("out of range") })).Err()
	var pe *executor.PanicError
	fmt.Println(err)
	fmt.Println(errors.As(err, &pe), pe.Value, len(pe.Stack) > 0)
	// Output:
	// executor: risky panicked: out of range
	// true out of range true
}

func ExampleNamed() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	// Functions from notebook cells have no name of their own in compiled
	// code; Named gives them one for errors, events and process pools.
	add := executor.Named("add", func(a, b int) int { return a + b })
	fmt.Println(pool.Submit(add, 1, 2).Result())
	fmt.Println(pool.Submit(add, 1).Err())
	// Output:
	// 3 <nil>
	// executor: add: got 1 arguments, want 2 (func(int, int) int)
}

func ExampleWithObserver() {
	var mu sync.Mutex
	var lines []string
	obs := executor.ObserverFunc(func(e executor.Event) {
		mu.Lock()
		defer mu.Unlock()
		lines = append(lines, fmt.Sprintf("%d %s %s %s", e.TaskID, e.Kind, e.Func, e.Worker))
	})
	pool := executor.NewThreadPool(1, executor.WithName("demo"), executor.WithObserver(obs))
	pool.Submit(executor.Named("gcd", gcd), numbers[0]).Result()
	pool.Close()
	slices.Sort(lines)
	fmt.Println(strings.Join(lines, "\n"))
	// Output:
	// 1 finished gcd demo_0
	// 1 started gcd demo_0
	// 1 submitted gcd
}

func ExampleWithInitializer() {
	var mu sync.Mutex
	ready := 0
	pool := executor.NewThreadPool(1, executor.WithInitializer(func() { mu.Lock(); ready++; mu.Unlock() }))
	pool.Submit(func() {}).Result()
	pool.Close()
	fmt.Println("initialized workers:", ready)

	broken := executor.NewThreadPool(1, executor.WithInitializer(func() error { return errors.New("no GPU") }))
	defer broken.Close()
	fmt.Println(broken.Submit(func() {}).Err())
	// Output:
	// initialized workers: 1
	// executor: pool is broken: initializer executor_test.ExampleWithInitializer.func3 failed: no GPU
}

// The generic face for compiled programs: typed results, no assertions.
func ExampleSubmit() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	f := executor.Submit(pool, func() (int, error) { return gcd(numbers[1]), nil })
	n, err := f.Result() // n is an int
	fmt.Println(n+1, err)
	// Output: 6 <nil>
}

func ExampleMap() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	typedGCD := func(p [2]int) (int, error) { return gcd(p), nil }
	sum := 0
	for n, err := range executor.Map(pool, typedGCD, numbers) {
		if err != nil {
			fmt.Println(err)
			break
		}
		sum += n
	}
	fmt.Println(sum)
	// Output: 17
}

func ExampleFuture_ResultTimeout() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	f := pool.Submit(func() int { <-gate; return 42 })

	_, err := f.ResultTimeout(10 * time.Millisecond) // Python: f.result(timeout=0.01)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	close(gate)
	fmt.Println(f.Result()) // the future kept running
	// Output:
	// executor: timeout: 1 (of 1) futures unfinished true
	// 42 <nil>
}

func ExampleFuture_ResultContext() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)
	f := pool.Submit(func() { <-gate })

	ctx, cancel := context.WithCancelCause(context.Background())
	cancel(errors.New("user pressed stop"))
	_, err := f.ResultContext(ctx)
	fmt.Println(err)
	// Output: executor: 1 (of 1) futures unfinished: user pressed stop
}

func ExampleFuture_Done() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	f := pool.Submit(gcd, numbers[5])

	select { // a Future composes with channels, like a context
	case <-f.Done():
		v, err := f.Result()
		fmt.Println(v, err, f.State())
	case <-time.After(time.Minute):
		fmt.Println("too slow")
	}
	// Output: 3 <nil> finished
}

func ExampleCallError() {
	pool := executor.NewThreadPool(1)
	defer pool.Close()

	err := pool.Submit(gcd, [2]int{1, 2}, 3).Err()
	var ce *executor.CallError
	if errors.As(err, &ce) {
		fmt.Println(ce.Func, ce.Arg)
	}
	fmt.Println(err)
	// Output:
	// executor_test.gcd -1
	// executor: executor_test.gcd: got 2 arguments, want 1 (func([2]int) int)
}

// Tag names a function value for process pools; the value stays the
// function it was, wherever it goes.
func ExampleTag() {
	sq := func(x int) int { return x * x }
	fs := []func(int) int{executor.Tag("sq", sq).(func(int) int)}
	fmt.Println(fs[0](3))
	// Output: 9
}

func ExampleCompletedIterator_All() {
	fast := executor.NewThreadPool(1)
	slow := executor.NewThreadPool(1)
	defer fast.Close()
	defer slow.Close()

	gate := make(chan struct{})
	fs := []*executor.Future{
		slow.Submit(func() string { <-gate; return "slow" }),
		fast.Submit(func() string { return "fast" }),
	}
	fs[1].AddDoneCallback(func(*executor.Future) { close(gate) }) // slow ends after fast
	it := executor.AsCompleted(fs, executor.Timeout(10*time.Second))
	for f := range it.All() {
		v, _ := f.Result()
		fmt.Println(v)
	}
	fmt.Println(it.Err())
	// Output:
	// fast
	// slow
	// <nil>
}

func ExampleMapIterator_Values() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	it := pool.MapIter(gcd, numbers)
	for v := range it.Values() {
		fmt.Print(v, " ")
	}
	fmt.Println(it.Err()) // a failed item would end the loop: Err tells
	// Output: 1 5 1 5 2 3 <nil>
}

func ExampleMapIterator_All() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	it := pool.MapIter(gcd, numbers, executor.Timeout(time.Minute))
	for i, v := range it.All() {
		fmt.Println(numbers[i], v)
		if i == 2 {
			break // cancels the items not yet started
		}
	}
	fmt.Println(it.Err())
	// Output:
	// [1963309 2265973] 1
	// [1879675 2493670] 5
	// [2030677 3814172] 1
	// <nil>
}
