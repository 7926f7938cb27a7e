package executor_test

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/gofutures/gofutures/executor"
)

func TestCompletedAll(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	gate := make(chan struct{})
	fs := []*executor.Future{
		pool.Submit(func() int { <-gate; return 2 }),
		pool.Submit(func() int { return 1 }),
	}
	fs[1].AddDoneCallback(func(*executor.Future) { close(gate) })
	it := executor.AsCompleted(fs, executor.Timeout(10*time.Second))
	var got []any
	for f := range it.All() {
		v, _ := f.Result()
		got = append(got, v)
	}
	if !slices.Equal(got, []any{1, 2}) || it.Err() != nil {
		t.Fatalf("got %v, err %v", got, it.Err())
	}
	// Ranging again: the iteration has ended.
	for range it.All() {
		t.Fatal("second loop yielded")
	}
}

func TestCompletedAllTimeout(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)
	fs := []*executor.Future{pool.Submit(func() {}), pool.Submit(func() { <-gate })}
	fs[0].Result()
	it := executor.AsCompleted(fs, executor.Timeout(20*time.Millisecond))
	n := 0
	for range it.All() {
		n++
	}
	var te *executor.TimeoutError
	if n != 1 || !errors.As(it.Err(), &te) || te.Unfinished != 1 || te.Total != 2 {
		t.Fatalf("n=%d err=%v", n, it.Err())
	}
}

func TestMapIterValuesAndAll(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	sq := func(x int) int { return x * x }
	for _, chunk := range []int{1, 2} {
		var got []any
		it := pool.MapIter(sq, []int{1, 2, 3}, executor.ChunkSize(chunk))
		for v := range it.Values() {
			got = append(got, v)
		}
		if !slices.Equal(got, []any{1, 4, 9}) || it.Err() != nil {
			t.Fatalf("chunk %d: Values %v, err %v", chunk, got, it.Err())
		}
		var idx []int
		got = got[:0]
		for i, v := range pool.MapIter(sq, []int{1, 2, 3}, executor.ChunkSize(chunk)).All() {
			idx = append(idx, i)
			got = append(got, v)
		}
		if !slices.Equal(idx, []int{0, 1, 2}) || !slices.Equal(got, []any{1, 4, 9}) {
			t.Fatalf("chunk %d: All %v %v", chunk, idx, got)
		}
	}
}

func TestMapIterValuesError(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	boom := errors.New("boom")
	it := pool.MapIter(func(x int) (int, error) {
		if x == 2 {
			return 0, boom
		}
		return x, nil
	}, []int{1, 2, 3})
	var got []any
	for v := range it.Values() {
		got = append(got, v)
	}
	if !slices.Equal(got, []any{1}) || !errors.Is(it.Err(), boom) {
		t.Fatalf("got %v, err %v", got, it.Err())
	}
	// A misused Map yields nothing and says why.
	it = pool.MapIter(nil, []int{1})
	for range it.Values() {
		t.Fatal("yielded")
	}
	var ce *executor.CallError
	if !errors.As(it.Err(), &ce) {
		t.Fatalf("err %v", it.Err())
	}
}

// Breaking out of a loop over Values cancels the items not yet started.
func TestMapIterValuesBreakCancels(t *testing.T) {
	pool := executor.NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	it := pool.MapIter(func(x int) int {
		if x > 1 {
			<-gate
		}
		return x
	}, []int{1, 2, 3, 4})
	for v := range it.Values() {
		if v != 1 {
			t.Fatalf("first value %v", v)
		}
		break
	}
	close(gate)
	fs := it.Futures()
	cancelled := 0
	for _, f := range fs {
		f.Err()
		if f.Cancelled() {
			cancelled++
		}
	}
	// Item 1 was running or queued when the loop ended; 3 and 4 were queued
	// behind it on the one worker.
	if cancelled < 2 || it.Err() != nil {
		t.Fatalf("cancelled %d, err %v", cancelled, it.Err())
	}
}

// A loop left early closed the iterator: ranging over it again (Values
// or All) yields nothing, as the package's doc says.
func TestMapIterRangeAgainAfterBreak(t *testing.T) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	it := pool.MapIter(func(x int) int { return x }, []int{1, 2, 3})
	for range it.Values() {
		break
	}
	for i, v := range it.All() {
		t.Fatalf("yielded %d: %v after the first loop closed the iterator", i, v)
	}
}
