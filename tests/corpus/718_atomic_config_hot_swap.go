//go:build ignore

// Hot-swapped configuration through atomic.Pointer[Config] and
// atomic.Value, counters in atomic fields of a cell struct, readers in
// goroutines, and struct values (with arrays) copied through channels.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

//cell

type Config struct {
	Name    string
	Limits  [3]int
	Version int
}

type Holder struct {
	cur  atomic.Pointer[Config]
	val  atomic.Value
	hits atomic.Int64
	miss atomic.Uint32
	on   atomic.Bool
}

func (h *Holder) Limit(i int) int {
	c := h.cur.Load()
	if c == nil || i >= len(c.Limits) {
		h.miss.Add(1)
		return -1
	}
	h.hits.Add(1)
	return c.Limits[i]
}

func (h *Holder) Upgrade(name string) (old *Config) {
	for {
		o := h.cur.Load()
		n := *o
		n.Name = name
		n.Version++
		if h.cur.CompareAndSwap(o, &n) {
			return o
		}
	}
}

//cell

func swaps() {
	var h Holder
	fmt.Println(h.Limit(0), h.miss.Load())
	h.cur.Store(&Config{Name: "v1", Limits: [3]int{1, 2, 3}, Version: 1})
	h.val.Store(Config{Name: "val", Version: 7})
	old := h.cur.Swap(&Config{Name: "v2", Limits: [3]int{10, 20, 30}, Version: 2})
	fmt.Println(old.Name, old.Limits, h.cur.Load().Name)
	c := h.val.Load().(Config)
	c.Limits[0] = 99
	fmt.Println(h.val.Load().(Config).Limits, c.Limits)
	fmt.Println(h.cur.CompareAndSwap(old, &Config{Name: "nope"}), h.cur.Load().Version)

	var wg sync.WaitGroup
	sums := make([]int, 4)
	for r := range 4 {
		wg.Go(func() {
			for i := range 4 {
				if v := h.Limit(i); v > 0 {
					sums[r] += v
				}
			}
		})
	}
	wg.Wait()
	fmt.Println(sums, h.hits.Load(), h.miss.Load())
	prev := h.Upgrade("v3")
	fmt.Printf("%s -> %+v\n", prev.Name, *h.cur.Load())
	fmt.Println(h.on.CompareAndSwap(false, true), h.on.Load(), h.on.Swap(false))
}

//cell

type Snapshot struct {
	Ver  int
	Tags [2]string
}

func values() {
	var cur atomic.Value
	cur.Store(Snapshot{1, [2]string{"a", "b"}})
	fmt.Println(cur.CompareAndSwap(Snapshot{1, [2]string{"a", "b"}}, Snapshot{2, [2]string{"c"}}))
	fmt.Println(cur.CompareAndSwap(Snapshot{1, [2]string{"a", "b"}}, Snapshot{3, [2]string{}}))
	fmt.Printf("%+v\n", cur.Load())
	old := cur.Swap(Snapshot{Ver: 9})
	fmt.Println(old.(Snapshot).Ver, cur.Load().(Snapshot).Ver)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		cur.Store("a string")
	}()

	ch := make(chan Config, 2)
	cfg := Config{Name: "sent", Limits: [3]int{4, 5, 6}}
	ch <- cfg
	cfg.Limits[1] = 500
	cfg.Name = "changed"
	ch <- cfg
	a, b := <-ch, <-ch
	fmt.Println(a.Name, a.Limits, b.Name, b.Limits)
	arrs := make(chan [2]Snapshot, 1)
	pair := [2]Snapshot{{Ver: 1}, {Ver: 2}}
	arrs <- pair
	pair[0].Tags[0] = "z"
	got := <-arrs
	fmt.Printf("%v %q\n", got, pair[0].Tags[0])
}

//cell

func main() {
	swaps()
	values()
	var versions []int
	var mu sync.Mutex
	var p atomic.Pointer[Snapshot]
	p.Store(&Snapshot{})
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			for {
				o := p.Load()
				n := &Snapshot{Ver: o.Ver + 1, Tags: o.Tags}
				if p.CompareAndSwap(o, n) {
					mu.Lock()
					versions = append(versions, n.Ver)
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	sort.Ints(versions)
	fmt.Println(versions, p.Load().Ver)
}
