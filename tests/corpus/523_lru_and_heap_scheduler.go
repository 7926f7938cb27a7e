//go:build ignore

// A generic LRU cache on container/list (its methods over two cells, an
// eviction callback, array keys) and a job scheduler on container/heap:
// a cell type implementing heap.Interface over two cells, heap.Fix
// through an update method, topological order by priority, a cycle and a
// missing dependency reported as wrapped errors.
package main

import (
	"container/heap"
	"container/list"
	"errors"
	"fmt"
	"strings"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *list.List
	index map[K]*list.Element
	evict func(K, V)
	hits  int
	miss  int
}

func NewLRU[K comparable, V any](n int, evict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: list.New(), index: make(map[K]*list.Element), evict: evict}
}

//cell

func (c *LRU[K, V]) Get(k K) (v V, ok bool) {
	if e, found := c.index[k]; found {
		c.ll.MoveToFront(e)
		c.hits++
		return e.Value.(*entry[K, V]).val, true
	}
	c.miss++
	return
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.index[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.index[k] = c.ll.PushFront(&entry[K, V]{k, v})
	for c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last).(*entry[K, V])
		delete(c.index, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

//cell

func (c *LRU[K, V]) String() string {
	var b strings.Builder
	b.WriteString("[")
	for e := c.ll.Front(); e != nil; e = e.Next() {
		en := e.Value.(*entry[K, V])
		if e != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%v:%v", en.key, en.val)
	}
	b.WriteString("]")
	return b.String()
}

type Job struct {
	Name     string
	Priority int
	Deps     []string
	index    int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Priority != q[j].Priority {
		return q[i].Priority > q[j].Priority
	}
	return q[i].Name < q[j].Name
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}

//cell

func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}

func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

func (q *JobQueue) update(j *Job, pri int) {
	j.Priority = pri
	heap.Fix(q, j.index)
}

var ErrCycle = errors.New("dependency cycle")

type MissingDep struct{ Job, Dep string }

func (m MissingDep) Error() string { return "job " + m.Job + " needs unknown " + m.Dep }

//cell

func schedule(jobs []*Job) ([]string, error) {
	byName := map[string]*Job{}
	indeg := map[string]int{}
	rev := map[string][]string{}
	for _, j := range jobs {
		byName[j.Name] = j
	}
	for _, j := range jobs {
		for _, d := range j.Deps {
			if _, ok := byName[d]; !ok {
				return nil, MissingDep{j.Name, d}
			}
			indeg[j.Name]++
			rev[d] = append(rev[d], j.Name)
		}
	}
	q := &JobQueue{}
	heap.Init(q)
	for _, j := range jobs {
		if indeg[j.Name] == 0 {
			heap.Push(q, j)
		}
	}
	var order []string
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		order = append(order, fmt.Sprintf("%s(%d)", j.Name, j.Priority))
		for _, n := range rev[j.Name] {
			indeg[n]--
			if indeg[n] == 0 {
				heap.Push(q, byName[n])
			}
		}
	}
	if len(order) != len(jobs) {
		return order, fmt.Errorf("scheduled %d of %d: %w", len(order), len(jobs), ErrCycle)
	}
	return order, nil
}

//cell

func main() {
	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) })
	for i, k := range strings.Fields("a b c a d b e a") {
		if _, ok := c.Get(k); !ok {
			c.Put(k, i)
		}
	}
	fmt.Println(c, c.Keys(), c.hits, c.miss, evicted)
	fmt.Printf("%v %s\n", c, c)
	c2 := NewLRU[[2]int, []string](2, nil)
	c2.Put([2]int{1, 2}, []string{"x"})
	c2.Put([2]int{3, 4}, nil)
	c2.Put([2]int{1, 2}, []string{"y", "z"})
	c2.Put([2]int{5, 6}, []string{})
	fmt.Println(c2)

	jobs := []*Job{
		{Name: "build", Priority: 2, Deps: []string{"fetch"}},
		{Name: "fetch", Priority: 1},
		{Name: "lint", Priority: 5, Deps: []string{"fetch"}},
		{Name: "test", Priority: 3, Deps: []string{"build"}},
		{Name: "docs", Priority: 3},
		{Name: "ship", Priority: 9, Deps: []string{"test", "lint", "docs"}},
	}
	order, err := schedule(jobs)
	fmt.Println(order, err)
	jobs = append(jobs, &Job{Name: "x", Deps: []string{"y"}}, &Job{Name: "y", Deps: []string{"x"}})
	order, err = schedule(jobs)
	fmt.Println(order, err, errors.Is(err, ErrCycle))
	_, err = schedule([]*Job{{Name: "a", Deps: []string{"zz"}}})
	var md MissingDep
	fmt.Println(err, errors.As(err, &md), md.Dep)
	fmt.Printf("%v %+v\n", md, md)

	q := &JobQueue{}
	all := map[string]*Job{}
	for i, n := range []string{"p", "q", "r", "s"} {
		j := &Job{Name: n, Priority: i}
		all[n] = j
		heap.Push(q, j)
	}
	q.update(all["p"], 10)
	q.update(all["s"], -1)
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		fmt.Print(j.Name, j.Priority, j.index, " ")
	}
	fmt.Println()
	var hi heap.Interface = q
	fmt.Printf("%T %d\n", hi, hi.Len())
}
