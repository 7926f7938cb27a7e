//go:build ignore

// An LRU cache on container/list, a list and a ring holding the notebook's
// types asserted back in a type switch, sync.Map, atomic.Value,
// atomic.Pointer and atomic.Int64.
package main

import (
	"container/list"
	"container/ring"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Task struct {
	ID   int
	Name string
}

func (t Task) String() string { return fmt.Sprintf("#%d %s", t.ID, t.Name) }

type Prio int

func (p Prio) String() string { return fmt.Sprintf("P%d", int(p)) }

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val Task
}

func NewLRU(n int) *LRU { return &LRU{n, list.New(), map[string]*list.Element{}} }

func (c *LRU) Get(k string) (Task, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return Task{}, false
}

func (c *LRU) Put(k string, v Task) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}

func (c *LRU) Keys() []string {
	var ks []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry).key)
	}
	return ks
}

func step1() {
	c := NewLRU(2)
	c.Put("a", Task{1, "alpha"})
	c.Put("b", Task{2, "beta"})
	c.Get("a")
	c.Put("c", Task{3, "gamma"})
	_, okb := c.Get("b")
	ta, oka := c.Get("a")
	fmt.Println(c.Keys(), okb, oka, ta)
}

//cell

func step2() {
	l := list.New()
	l.PushBack(Task{1, "x"})
	l.PushBack(Prio(3))
	l.PushFront("head")
	l.PushBack(&Task{9, "ptr"})
	for e := l.Front(); e != nil; e = e.Next() {
		switch v := e.Value.(type) {
		case Task:
			fmt.Println("task", v.ID, v)
		case *Task:
			fmt.Println("task ptr", v.Name, v)
		case Prio:
			fmt.Println("prio", int(v), v)
		case fmt.Stringer:
			fmt.Println("stringer", v)
		default:
			fmt.Printf("other %T %v\n", v, v)
		}
	}
	fmt.Println(l.Len(), l.Front().Value, l.Back().Value)
	r := ring.New(3)
	for i := range 3 {
		r.Value = Prio(i)
		r = r.Next()
	}
	r.Do(func(x any) { fmt.Print(x.(Prio), " ") })
	fmt.Println()
}

//cell

var sm sync.Map

func step3() {
	sm.Store("t1", Task{1, "one"})
	sm.Store("p", Prio(2))
	sm.Store(Prio(5), "prio key")
	if v, ok := sm.Load("t1"); ok {
		t := v.(Task)
		fmt.Println(t.Name, v)
	}
	if v, ok := sm.Load(Prio(5)); ok {
		fmt.Println(v)
	}
	var keys []string
	sm.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	var av atomic.Value
	av.Store(Task{7, "cfg"})
	cur := av.Load().(Task)
	fmt.Println(cur, cur.ID)
	var ap atomic.Pointer[Task]
	ap.Store(&Task{8, "ptr"})
	fmt.Println(ap.Load().Name, ap.Load())
	var cnt atomic.Int64
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() { defer wg.Done(); cnt.Add(2) }()
	}
	wg.Wait()
	fmt.Println(cnt.Load())
}

//cell

func main() {
	step1()
	step2()
	step3()
}
