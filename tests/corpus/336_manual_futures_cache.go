//go:build ignore

// Futures made by hand as promises: a cache of lookups keyed by a cell
// struct hands every caller the same future, which the first caller
// completes with SetResult or SetErr; a second completion is
// ErrInvalidState; SetRunningOrNotifyCancel tells a cancelled future
// apart; AsCompleted over hand-made futures yields them in the order
// they were completed.
package main

import (
	"errors"
	"fmt"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Key identifies a lookup.
type Key struct {
	Table string
	ID    int
}

// Row is a looked-up row.
type Row struct {
	Key  Key
	Name string
}

// NotFound is the error of a missing row.
type NotFound struct{ Key Key }

func (e *NotFound) Error() string { return fmt.Sprintf("%s/%d not found", e.Key.Table, e.Key.ID) }

//cell

// Cache hands out one future per key.
type Cache struct {
	mu      sync.Mutex
	futures map[Key]*executor.Future
	loads   int
}

// Get returns the key's future and whether the caller must complete it.
func (c *Cache) Get(k Key) (*executor.Future, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.futures[k]; ok {
		return f, false
	}
	f := executor.NewFuture()
	c.futures[k] = f
	c.loads++
	return f, true
}

var db = map[Key]string{{"users", 1}: "ann", {"users", 2}: "bob"}

func load(c *Cache, k Key) (Row, error) {
	f, mine := c.Get(k)
	if mine {
		if !f.SetRunningOrNotifyCancel() {
			return Row{}, errors.New("cancelled before loading")
		}
		if name, ok := db[k]; ok {
			f.SetResult(Row{k, name})
		} else {
			f.SetErr(&NotFound{k})
		}
	}
	v, err := f.Result()
	r, _ := v.(Row)
	return r, err
}

//cell

func main() {
	c := &Cache{futures: map[Key]*executor.Future{}}
	for _, k := range []Key{{"users", 1}, {"users", 1}, {"users", 3}, {"users", 2}, {"users", 3}} {
		r, err := load(c, k)
		var nf *NotFound
		fmt.Println(r, err, errors.As(err, &nf))
	}
	fmt.Println("loads:", c.loads)

	f, _ := c.Get(Key{"users", 1})
	fmt.Println(f.SetResult(Row{}) == executor.ErrInvalidState, f.SetErr(errors.New("x")) == executor.ErrInvalidState)
	v, _ := f.Result()
	fmt.Printf("%+v %s\n", v, f.State())

	// A future cancelled before anyone ran it.
	g, _ := c.Get(Key{"users", 9})
	fmt.Println(g.Cancel(), g.Cancelled())
	fmt.Println(g.SetRunningOrNotifyCancel(), g.State())
	_, err := load(c, Key{"users", 9})
	fmt.Println(errors.Is(err, executor.ErrCancelled), err)

	// AsCompleted over hand-made futures: the order they complete in.
	fs := []*executor.Future{executor.NewFuture(), executor.NewFuture(), executor.NewFuture()}
	it := executor.AsCompleted(fs)
	go func() {
		for _, i := range []int{1, 2, 0} {
			fs[i].SetResult(Row{Key{"t", i}, fmt.Sprint("row", i)})
		}
	}()
	for it.Next() {
		v, _ := it.Future().Result()
		fmt.Print(v.(Row).Name, " ")
	}
	fmt.Println(it.Err())
	pending := executor.NewFuture()
	done, notDone := executor.Wait([]*executor.Future{fs[0], pending}, executor.FirstCompleted)
	fmt.Println(len(done), len(notDone), notDone[0].State())
	pending.SetErr(&NotFound{Key{"late", 1}})
	fmt.Println(pending)
}
