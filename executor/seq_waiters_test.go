package executor

import "testing"

// waiterCount is how many iterators and waits f would wake.
func waiterCount(f *Future) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ext == nil {
		return 0
	}
	return len(f.ext.waiters)
}

// Breaking out of a loop over AsCompleted(...).All() unregisters the
// iterator from the futures it did not reach.
func TestCompletedAllBreakUnregisters(t *testing.T) {
	pool := NewThreadPool(2)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)
	fs := []*Future{pool.Submit(func() int { return 1 }), pool.Submit(func() { <-gate }), pool.Submit(func() { <-gate })}
	fs[0].Result()
	it := AsCompleted(fs)
	if waiterCount(fs[1]) != 1 || waiterCount(fs[2]) != 1 {
		t.Fatal("not registered")
	}
	n := 0
	for range it.All() {
		n++
		break
	}
	if n != 1 || waiterCount(fs[1]) != 0 || waiterCount(fs[2]) != 0 {
		t.Fatalf("n=%d, waiters left %d %d", n, waiterCount(fs[1]), waiterCount(fs[2]))
	}
	if it.Next() || it.Err() != nil {
		t.Fatal("iterator not closed")
	}
}

// A panic in the loop body closes the iterator too.
func TestCompletedAllPanicUnregisters(t *testing.T) {
	pool := NewThreadPool(1)
	defer pool.Close()
	gate := make(chan struct{})
	defer close(gate)
	done := pool.Submit(func() {})
	done.Result()
	slow := pool.Submit(func() { <-gate })
	it := AsCompleted([]*Future{done, slow})
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		for range it.All() {
			panic("body")
		}
	}()
	if waiterCount(slow) != 0 {
		t.Fatal("waiter left after a panic")
	}
}
