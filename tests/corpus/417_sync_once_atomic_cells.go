//go:build ignore

// sync.Once, sync.OnceValue, sync.OnceValues and sync.OnceFunc holding
// cell types, atomic.Int64/Int32/Bool counters bumped by goroutines,
// atomic.Pointer and atomic.Value swapping cell struct configs, and
// CompareAndSwap loops.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

//cell

type Config struct {
	Name    string
	Retries int
	Tags    []string
}

type Registry struct {
	once  sync.Once
	items map[string]int
	loads int
}

func (r *Registry) Get(k string) int {
	r.once.Do(func() {
		r.loads++
		r.items = map[string]int{"a": 1, "b": 2}
	})
	return r.items[k]
}

var loadConfig = sync.OnceValue(func() *Config {
	fmt.Println("loading config")
	return &Config{Name: "prod", Retries: 3}
})

var parsePort = sync.OnceValues(func() (int, error) {
	fmt.Println("parsing port")
	return 0, errors.New("no port set")
})

//cell

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	closed atomic.Bool
}

var current atomic.Pointer[Config]

func main() {
	var r Registry
	fmt.Println(r.Get("a"), r.Get("b"), r.Get("c"), r.loads)

	c1 := loadConfig()
	c2 := loadConfig()
	fmt.Println(c1 == c2, c1.Name, c2.Retries)
	for range 2 {
		p, err := parsePort()
		fmt.Println(p, err)
	}
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	greet()
	greet()

	var st Stats
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%5 == 0 {
				st.misses.Add(1)
			} else {
				st.hits.Add(2)
			}
		}()
	}
	wg.Wait()
	st.closed.Store(true)
	fmt.Println(st.hits.Load(), st.misses.Load(), st.closed.Load())

	fmt.Println(current.Load() == nil)
	current.Store(&Config{Name: "v1", Retries: 1})
	old := current.Swap(&Config{Name: "v2", Retries: 2, Tags: []string{"x"}})
	fmt.Printf("%+v %+v\n", *old, *current.Load())
	cur := current.Load()
	ok := current.CompareAndSwap(cur, &Config{Name: "v3"})
	ok2 := current.CompareAndSwap(old, &Config{Name: "never"})
	fmt.Println(ok, ok2, current.Load().Name)

	var n atomic.Int64
	var wg2 sync.WaitGroup
	for range 8 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for range 100 {
				for {
					v := n.Load()
					if n.CompareAndSwap(v, v+3) {
						break
					}
				}
			}
		}()
	}
	wg2.Wait()
	fmt.Println(n.Load())

	var v atomic.Value
	v.Store(Config{Name: "val"})
	cfg := v.Load().(Config)
	fmt.Printf("%T %s\n", v.Load(), cfg.Name)
	var cnt int32
	atomic.AddInt32(&cnt, 5)
	fmt.Println(atomic.LoadInt32(&cnt), atomic.CompareAndSwapInt32(&cnt, 5, 7), cnt)
}
