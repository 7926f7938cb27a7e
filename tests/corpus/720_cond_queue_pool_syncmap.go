//go:build ignore

// A generic blocking queue on sync.Cond (embedded Mutex), a sync.Pool of
// cell buffers, and a sync.Map keyed and valued by cell structs.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

//cell

type Queue[T any] struct {
	sync.Mutex
	cond   *sync.Cond
	items  []T
	closed bool
}

func NewQueue[T any]() *Queue[T] {
	q := &Queue[T]{}
	q.cond = sync.NewCond(&q.Mutex)
	return q
}

func (q *Queue[T]) Put(x T) {
	q.Lock()
	q.items = append(q.items, x)
	q.Unlock()
	q.cond.Signal()
}

func (q *Queue[T]) Close() {
	q.Lock()
	q.closed = true
	q.Unlock()
	q.cond.Broadcast()
}

func (q *Queue[T]) Get() (T, bool) {
	q.Lock()
	defer q.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	x := q.items[0]
	q.items = q.items[1:]
	return x, true
}

type Task struct {
	ID   int
	Tags []string
}

//cell

func queue() {
	q := NewQueue[Task]()
	var wg sync.WaitGroup
	done := make([][]int, 3)
	tags := make([]int, 3)
	for w := range 3 {
		wg.Go(func() {
			for {
				t, ok := q.Get()
				if !ok {
					return
				}
				done[w] = append(done[w], t.ID)
				tags[w] += len(t.Tags)
			}
		})
	}
	for i := range 10 {
		q.Put(Task{ID: i, Tags: make([]string, i%3)})
	}
	q.Close()
	wg.Wait()
	var all []int
	for _, d := range done {
		all = append(all, d...)
	}
	sort.Ints(all)
	fmt.Println(all, tags[0]+tags[1]+tags[2])
	_, ok := q.Get()
	fmt.Println("after close:", ok)
}

//cell

type Buf struct {
	bytes.Buffer
	uses int
}

func pool() {
	var created atomic.Int32
	p := sync.Pool{New: func() any { created.Add(1); return new(Buf) }}
	render := func(name string, n int) string {
		b := p.Get().(*Buf)
		defer p.Put(b)
		b.Reset()
		b.uses++
		fmt.Fprintf(b, "%s:%d", name, n)
		return b.String()
	}
	var outs []string
	for i := range 3 {
		outs = append(outs, render("r", i))
	}
	fmt.Println(outs, created.Load() >= 1)
	results := make([]string, 4)
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() { results[i] = render("g", i*i) })
	}
	wg.Wait()
	fmt.Println(results)
}

//cell

type Point struct{ X, Y int }

type Key struct {
	Region string
	ID     int
}

func maps() {
	var m sync.Map
	m.Store("a", Point{1, 2})
	v, loaded := m.LoadOrStore("a", Point{9, 9})
	fmt.Println(v, loaded)
	fmt.Println(m.CompareAndSwap("a", Point{1, 2}, Point{3, 4}))
	fmt.Println(m.CompareAndSwap("a", Point{1, 2}, Point{5, 6}))
	m.Store("b", Point{7, 8})
	prev, ok := m.Swap("b", Point{0, 0})
	fmt.Println(prev.(Point).X, ok)
	var ks []string
	m.Range(func(k, v any) bool {
		ks = append(ks, fmt.Sprintf("%v=%v", k, v.(Point)))
		return true
	})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(m.CompareAndDelete("b", Point{0, 0}))
	_, okb := m.Load("b")
	fmt.Println(okb)

	var reg sync.Map
	var wg sync.WaitGroup
	var stored atomic.Int32
	for i := range 8 {
		wg.Go(func() {
			k := Key{[]string{"eu", "us"}[i%2], i / 2}
			if _, loaded := reg.LoadOrStore(k, Point{i, -i}); !loaded {
				stored.Add(1)
			}
		})
	}
	wg.Wait()
	pv, ok := reg.Load(Key{"us", 3})
	fmt.Println(stored.Load(), pv, ok)
	var lines []string
	reg.Range(func(k, v any) bool {
		kk := k.(Key)
		lines = append(lines, fmt.Sprintf("%s-%d:%v", kk.Region, kk.ID, v.(Point).X))
		return true
	})
	sort.Strings(lines)
	fmt.Println(lines)
}

//cell

func main() {
	queue()
	pool()
	maps()
}
