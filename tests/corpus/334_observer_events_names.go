//go:build ignore

// A pool observed: WithName names the pool and its workers, WithObserver
// receives submitted/started/finished events for tasks declared in
// cells, and the events are tallied per function and kind (sorted, so
// the output does not depend on timing). Futures print their id, the
// function's name and their state.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Tally counts events by key.
type Tally struct {
	mu sync.Mutex
	n  map[string]int
}

func (t *Tally) OnEvent(e executor.Event) {
	t.mu.Lock()
	defer t.mu.Unlock()
	key := fmt.Sprintf("%s %s", e.Func, e.Kind)
	if e.Err != nil {
		key += " (error)"
	}
	t.n[key]++
}

func (t *Tally) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var keys []string
	for k, v := range t.n {
		keys = append(keys, fmt.Sprintf("%s x%d", k, v))
	}
	sort.Strings(keys)
	return strings.Join(keys, "\n")
}

//cell

func resize(w, h int) (int, error) {
	if w <= 0 || h <= 0 {
		return 0, errors.New("empty image")
	}
	return w * h / 4, nil
}

func thumbnail(name string) string { return "thumb-" + name }

//cell

func main() {
	tally := &Tally{n: map[string]int{}}
	pool := executor.NewThreadPool(2, executor.WithName("images"), executor.WithObserver(tally))
	fmt.Println(pool.Name(), pool.MaxWorkers())

	f := pool.Submit(resize, 640, 480)
	g := pool.Submit(resize, 0, 10)
	f.Result()
	g.Result()
	fmt.Println(f)
	fmt.Println(g)
	res, err := pool.Map(thumbnail, []string{"a.png", "b.png", "c.png"})
	fmt.Println(res, err)
	n := pool.Submit(executor.Named("resize-named", resize), 2, 2)
	fmt.Println(n.Result())
	fmt.Println(n.Name(), n.ID())
	pool.Close()
	fmt.Println(tally)
}
