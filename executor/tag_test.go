package executor

import (
	"runtime"
	"testing"
	"time"
)

// Tags of functions that were collected go away.
func TestTagsAreCollected(t *testing.T) {
	tagsMu.Lock()
	before := len(tags)
	tagsMu.Unlock()
	for range 1000 {
		Tag("f", func() {})
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		runtime.GC()
		tagsMu.Lock()
		n := len(tags)
		tagsMu.Unlock()
		if n < before+100 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d tags left of 1000", n-before)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
