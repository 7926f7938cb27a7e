//go:build ignore

// Counting with sync/atomic from many goroutines started by
// sync.WaitGroup.Go: typed atomics, an atomic.Pointer to a cell type
// swapped with CompareAndSwap, atomic.Value holding a config, and a
// mutex-protected histogram compared with the atomic totals.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Snapshot struct {
	Version int
	Label   string
}

type Stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	max    atomic.Int64
	latest atomic.Pointer[Snapshot]
}

//cell

func (s *Stats) Observe(v int64) {
	if v%3 == 0 {
		s.misses.Add(1)
	} else {
		s.hits.Add(1)
	}
	for {
		m := s.max.Load()
		if v <= m || s.max.CompareAndSwap(m, v) {
			break
		}
	}
}

func (s *Stats) Bump(label string) {
	for {
		old := s.latest.Load()
		next := &Snapshot{Version: 1, Label: label}
		if old != nil {
			next.Version = old.Version + 1
		}
		if s.latest.CompareAndSwap(old, next) {
			return
		}
	}
}

//cell

func main() {
	var s Stats
	var wg sync.WaitGroup
	var mu sync.Mutex
	hist := map[int64]int{}
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				v := int64(g*50 + i)
				s.Observe(v)
				mu.Lock()
				hist[v%5]++
				mu.Unlock()
			}
			s.Bump(fmt.Sprintf("g%d", g))
		})
	}
	wg.Wait()
	fmt.Println("hits", s.hits.Load(), "misses", s.misses.Load(), "max", s.max.Load())
	snap := s.latest.Load()
	fmt.Println("version", snap.Version, "label set:", snap.Label != "")
	keys := make([]int64, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	total := 0
	for _, k := range keys {
		fmt.Printf("%d:%d ", k, hist[k])
		total += hist[k]
	}
	fmt.Println("=", total)

	var cfg atomic.Value
	cfg.Store(Snapshot{0, "boot"})
	var readers sync.WaitGroup
	seen := make([]string, 4)
	for i := range seen {
		readers.Go(func() { seen[i] = cfg.Load().(Snapshot).Label })
	}
	readers.Wait()
	fmt.Println(seen, cfg.CompareAndSwap(Snapshot{0, "boot"}, Snapshot{1, "live"}), cfg.Load())
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
}
