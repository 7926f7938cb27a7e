//go:build ignore

// A generic cache behind a sync.RWMutex with a hand-written
// singleflight: concurrent misses for one key share one load, whose
// result (a cell struct or a cell error) every caller receives.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

//cell

type call[V any] struct {
	wg  sync.WaitGroup
	val V
	err error
}

type Cache[K comparable, V any] struct {
	mu     sync.RWMutex
	data   map[K]V
	flight map[K]*call[V]
	load   func(K) (V, error)
	loads  atomic.Int32
	shared atomic.Int32
}

func NewCache[K comparable, V any](load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: map[K]V{}, flight: map[K]*call[V]{}, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v, nil
	}
	c.mu.Lock()
	if v, ok := c.data[k]; ok {
		c.mu.Unlock()
		return v, nil
	}
	if cl, ok := c.flight[k]; ok {
		c.mu.Unlock()
		c.shared.Add(1)
		cl.wg.Wait()
		return cl.val, cl.err
	}
	cl := &call[V]{}
	cl.wg.Add(1)
	c.flight[k] = cl
	c.mu.Unlock()

	c.loads.Add(1)
	cl.val, cl.err = c.load(k)
	c.mu.Lock()
	if cl.err == nil {
		c.data[k] = cl.val
	}
	delete(c.flight, k)
	c.mu.Unlock()
	cl.wg.Done()
	return cl.val, cl.err
}

func (c *Cache[K, V]) Keys() []K {
	c.mu.RLock()
	defer c.mu.RUnlock()
	ks := make([]K, 0, len(c.data))
	for k := range c.data {
		ks = append(ks, k)
	}
	return ks
}

//cell

type Profile struct {
	User  string
	Score int
}

type LoadError struct{ User string }

func (e *LoadError) Error() string { return "no profile for " + e.User }

func loader(gate <-chan struct{}) func(string) (Profile, error) {
	return func(u string) (Profile, error) {
		<-gate
		if u == "ghost" {
			return Profile{}, &LoadError{u}
		}
		return Profile{u, len(u) * 10}, nil
	}
}

//cell

func main() {
	gate := make(chan struct{})
	c := NewCache(loader(gate))
	users := []string{"ann", "bob", "ann", "ghost", "ann", "bob", "ghost"}
	got := make([]string, len(users))
	var wg sync.WaitGroup
	for i, u := range users {
		wg.Go(func() {
			p, err := c.Get(u)
			var le *LoadError
			switch {
			case errors.As(err, &le):
				got[i] = "missing:" + le.User
			case err != nil:
				got[i] = "error"
			default:
				got[i] = fmt.Sprintf("%s=%d", p.User, p.Score)
			}
		})
	}
	close(gate)
	wg.Wait()
	fmt.Println(got)
	keys := c.Keys()
	sort.Strings(keys)
	fmt.Println(keys, c.loads.Load() >= 3, c.loads.Load()+c.shared.Load() <= int32(len(users)))
	before := c.loads.Load()
	p, err := c.Get("bob")
	fmt.Println(p, err, c.loads.Load() == before)
	_, err = c.Get("ghost")
	fmt.Println(err, c.loads.Load() == before+1)

	sq := NewCache(func(n int) (int, error) { return n * n, nil })
	var total atomic.Int64
	var wg2 sync.WaitGroup
	for i := range 20 {
		wg2.Go(func() {
			v, _ := sq.Get(i % 5)
			total.Add(int64(v))
		})
	}
	wg2.Wait()
	fmt.Println(total.Load(), len(sq.Keys()))
}
