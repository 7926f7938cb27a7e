package session

import (
	"testing"
	"time"
)

// The deadlock check's cost per cell: starting and stopping the watcher
// (a cell shorter than its first sample takes no sample).
func BenchmarkDeadlockWatchCell(b *testing.B) {
	srv := &Server{sess: &Session{}}
	for b.Loop() {
		close(srv.watchCell())
	}
}

// A sample while a goroutine computes: the scheduler's counts say so,
// no stack is read.
func BenchmarkDeadlockSampleBusy(b *testing.B) {
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-done:
				return
			default:
			}
		}
	}()
	time.Sleep(10 * time.Millisecond)
	for b.Loop() {
		busy()
	}
}

// A sample when every goroutine waits: the stacks of all goroutines,
// with 10 and 1000 goroutines waiting.
func BenchmarkDeadlockSampleStacks(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run(map[int]string{10: "10", 1000: "1000"}[n], func(b *testing.B) {
			done := make(chan struct{})
			for range n {
				go func() { <-done }()
			}
			var buf []byte
			for b.Loop() {
				buf = allStacks(buf)
				allAsleep(buf)
			}
			close(done)
		})
	}
}
