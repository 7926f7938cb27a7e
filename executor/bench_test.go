package executor_test

import (
	"testing"

	"github.com/gofutures/gofutures/executor"
)

// Side-by-side numbers against other pools: bench/executor/run.sh.

func BenchmarkSubmitResultLatency(b *testing.B) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	fn := func() (int, error) { return 1, nil }
	for b.Loop() {
		executor.Submit(pool, fn).Result()
	}
}

func BenchmarkSubmitThroughput(b *testing.B) {
	submitAllThenWait(b, executor.NewThreadPool(2))
}

// submitAllThenWait submits b.N trivial tasks, waits for all, and closes pool.
func submitAllThenWait(b *testing.B, pool *executor.ThreadPool) {
	fn := func() (int, error) { return 1, nil }
	fs := make([]executor.TypedFuture[int], 0, b.N)
	b.ResetTimer()
	for range b.N {
		fs = append(fs, executor.Submit(pool, fn))
	}
	for _, f := range fs {
		f.Result()
	}
	pool.Close()
}

func BenchmarkSubmitCellFace(b *testing.B) {
	pool := executor.NewThreadPool(2)
	fn := func(x int) int { return x }
	fs := make([]*executor.Future, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		fs = append(fs, pool.Submit(fn, i))
	}
	for _, f := range fs {
		f.Result()
	}
	pool.Close()
}

func BenchmarkMapChunked(b *testing.B) {
	pool := executor.NewThreadPool(2)
	defer pool.Close()
	in := make([]int, b.N)
	b.ResetTimer()
	for range executor.Map(pool, func(x int) (int, error) { return x, nil }, in, executor.ChunkSize(1000)) {
	}
}

func BenchmarkSubmitObserved(b *testing.B) {
	for _, observed := range []bool{false, true} {
		b.Run(map[bool]string{false: "none", true: "observer"}[observed], func(b *testing.B) {
			var opts []executor.PoolOption
			if observed {
				opts = append(opts, executor.WithObserver(executor.ObserverFunc(func(executor.Event) {})))
			}
			submitAllThenWait(b, executor.NewThreadPool(2, opts...))
		})
	}
}
