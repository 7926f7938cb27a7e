package executor_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

var numbers = [][2]int{
	{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293},
}

func TestMapOrder(t *testing.T) {
	pool := executor.NewThreadPool(3)
	defer pool.Close()
	sleepy := func(i int) int {
		time.Sleep(time.Duration(10-i) * time.Millisecond) // later items finish first
		return i * i
	}
	in := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	for _, chunk := range []int{1, 2, 3, 10, 100} {
		t.Run(fmt.Sprint("chunk", chunk), func(t *testing.T) {
			got, err := pool.Map(sleepy, in, executor.ChunkSize(chunk))
			if err != nil || fmt.Sprint(got) != "[0 1 4 9 16 25 36 49 64 81]" {
				t.Fatalf("Map = %v, %v", got, err)
			}
		})
	}
	got, err := pool.Map(gcd, numbers)
	if err != nil || fmt.Sprint(got) != "[1 5 1 5 2 3]" {
		t.Fatalf("gcd Map = %v, %v", got, err)
	}
	// Several iterables are zipped and the shortest wins, as in Python.
	got, err = pool.Map(func(a int, b string) string { return strings.Repeat(b, a) }, []int{1, 2, 3}, [2]string{"x", "y"})
	if err != nil || fmt.Sprint(got) != "[x yy]" {
		t.Fatalf("zip Map = %v, %v", got, err)
	}
	got, err = pool.Map(gcd, [][2]int{})
	if err != nil || len(got) != 0 {
		t.Fatalf("empty Map = %v, %v", got, err)
	}
}

func TestMapIsEagerAndLazy(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	started := make(chan int, 4)
	it := pool.MapIter(func(i int) int { started <- i; return i }, []int{0, 1, 2, 3})
	defer it.Close()
	for range 4 { // every item runs before anyone asks for a result
		<-started
	}
	if it.Len() != 4 || len(it.Futures()) != 4 {
		t.Fatal("Len/Futures")
	}
	var got []any
	for it.Next() {
		got = append(got, it.Value())
	}
	if it.Err() != nil || fmt.Sprint(got) != "[0 1 2 3]" {
		t.Fatal(got, it.Err())
	}
	if it.Next() {
		t.Fatal("Next after end")
	}
}

func TestMapErrors(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	boom := errors.New("boom")
	failAt2 := func(i int) (int, error) {
		if i == 2 {
			return 0, boom
		}
		return i, nil
	}
	for _, chunk := range []int{1, 2, 4} {
		got, err := pool.Map(failAt2, []int{0, 1, 2, 3}, executor.ChunkSize(chunk))
		if !errors.Is(err, boom) || !strings.Contains(err.Error(), "map item 2") || fmt.Sprint(got) != "[0 1]" {
			t.Fatalf("chunk %d: %v, %v", chunk, got, err)
		}
	}
	panicky := func(i int) int {
		if i == 1 {
			panic("bad item")
		}
		return i
	}
	_, err := pool.Map(panicky, []int{0, 1, 2}, executor.ChunkSize(3))
	var pe *executor.PanicError
	if !errors.As(err, &pe) || !strings.Contains(err.Error(), "map item 1") {
		t.Fatalf("panic in chunk: %v", err)
	}

	var ce *executor.CallError
	for _, tc := range []struct {
		name string
		fn   any
		its  []any
		want string
	}{
		{"nil fn", nil, []any{[]int{1}}, "function is nil"},
		{"no iterables", gcd, nil, "needs at least one"},
		{"not a slice", gcd, []any{42}, "argument 0: Map wants a slice or array of arguments, have int"},
		{"nil iterable", gcd, []any{nil}, "have <nil>"},
		{"bad item", gcd, []any{[]any{[2]int{1, 2}, "x"}}, "map item 1: executor: executor_test.gcd: argument 0: have string, want [2]int"},
		{"arity", gcd, []any{[]int{1}, []int{2}}, "got 2 arguments, want 1"},
	} {
		_, err := pool.Map(tc.fn, tc.its...)
		if !errors.As(err, &ce) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestMapTimeoutCancelsRest(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	other := executor.NewThreadPool(2) // for when pool's only worker is stuck
	defer other.Close()
	gate := make(chan struct{})
	defer close(gate)
	block := func(i int) int {
		if i == 1 {
			<-gate
		}
		return i
	}
	it := pool.MapIter(block, []int{0, 1, 2, 3}, executor.Timeout(20*time.Millisecond))
	var got []any
	for it.Next() {
		got = append(got, it.Value())
	}
	var te *executor.TimeoutError
	if !errors.As(it.Err(), &te) || te.Unfinished != 3 || te.Total != 4 || fmt.Sprint(got) != "[0]" {
		t.Fatalf("got %v, err %v", got, it.Err())
	}
	fs := it.Futures()
	if !fs[2].Cancelled() || !fs[3].Cancelled() {
		t.Fatal("items after the timeout not cancelled")
	}

	ctx, cancel := context.WithCancel(context.Background())
	it = other.MapIter(block, []int{5, 1}, executor.Context(ctx))
	if !it.Next() || it.Value() != 5 {
		t.Fatal("first item")
	}
	cancel()
	if it.Next() || !errors.Is(it.Err(), context.Canceled) {
		t.Fatalf("after cancel: %v", it.Err())
	}
}

func TestMapCloseCancels(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	it := pool.MapIter(func(i int) int { <-gate; return i }, []int{0, 1, 2})
	it.Close()
	it.Close()
	close(gate)
	fs := it.Futures()
	if fs[0].Cancelled() == fs[1].Cancelled() && !fs[1].Cancelled() {
		t.Fatal("Close cancelled nothing")
	}
	if it.Next() || it.Err() != nil {
		t.Fatal("Next after Close")
	}
}

func TestGenericFace(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	f := executor.Submit(pool, func() (int, error) { return gcd(numbers[1]), nil })
	if v, err := f.Result(); v != 5 || err != nil {
		t.Fatalf("Submit[int] = %v, %v", v, err)
	}
	if v, err := f.ResultTimeout(time.Second); v != 5 || err != nil {
		t.Fatal(v, err)
	}
	if v, err := f.ResultContext(context.Background()); v != 5 || err != nil {
		t.Fatal(v, err)
	}
	boom := errors.New("boom")
	g := executor.Submit(pool, func() (string, error) { return "", boom })
	if v, err := g.Result(); v != "" || err != boom {
		t.Fatal(v, err)
	}
	var ce *executor.CallError
	if _, err := executor.Submit[int](pool, nil).Result(); !errors.As(err, &ce) {
		t.Fatalf("nil generic fn: %v", err)
	}
	if name := f.Name(); !strings.HasPrefix(name, "executor_test.TestGenericFace") {
		t.Fatalf("Name = %q", name)
	}

	typedGCD := func(p [2]int) (int, error) { return gcd(p), nil }
	var got []int
	for v, err := range executor.Map(pool, typedGCD, numbers, executor.ChunkSize(2)) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, v)
	}
	if fmt.Sprint(got) != "[1 5 1 5 2 3]" {
		t.Fatal(got)
	}
	failing := func(i int) (int, error) {
		if i == 2 {
			return 0, boom
		}
		return i, nil
	}
	var errs []error
	for _, err := range executor.Map(pool, failing, []int{0, 1, 2, 3}) {
		errs = append(errs, err)
	}
	if len(errs) != 3 || !errors.Is(errs[2], boom) {
		t.Fatal(errs)
	}
	// Breaking out early cancels the rest.
	gate := make(chan struct{})
	one := executor.NewThreadPool(1)
	seq := executor.Map(one, func(i int) (int, error) {
		if i > 0 {
			<-gate
		}
		return i, nil
	}, []int{0, 1, 2, 3})
	for v := range seq {
		if v == 0 {
			break
		}
	}
	close(gate)
	one.Close()

	fs := []executor.TypedFuture[int]{f, executor.Submit(pool, func() (int, error) { return 1, nil })}
	done, notDone := executor.Wait(executor.Untyped(fs), executor.AllCompleted)
	if len(done) != 2 || len(notDone) != 0 {
		t.Fatal("Wait on typed futures")
	}
}
