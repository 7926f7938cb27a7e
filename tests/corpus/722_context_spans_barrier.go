//go:build ignore

// Context values keyed by a cell struct type carrying a span tree,
// cancellation flowing down a context tree to goroutines, and a cyclic
// barrier built on sync.Cond whose phases are checked deterministically.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
)

//cell

type ctxKey struct{ name string }

type Span struct {
	Name   string
	Parent *Span
}

func (s *Span) Path() string {
	if s.Parent == nil {
		return s.Name
	}
	return s.Parent.Path() + "/" + s.Name
}

func WithSpan(ctx context.Context, name string) context.Context {
	parent, _ := ctx.Value(ctxKey{"span"}).(*Span)
	return context.WithValue(ctx, ctxKey{"span"}, &Span{name, parent})
}

func SpanOf(ctx context.Context) string {
	if s, ok := ctx.Value(ctxKey{"span"}).(*Span); ok {
		return s.Path()
	}
	return "-"
}

type User struct {
	ID    int
	Roles []string
}

type userKey int

//cell

func spans() {
	root := WithSpan(context.Background(), "root")
	root = context.WithValue(root, userKey(0), User{7, []string{"admin"}})
	ctx1, cancel1 := context.WithCancel(root)
	ctx2 := WithSpan(ctx1, "child")
	ctx3, cancel3 := context.WithCancelCause(WithSpan(ctx2, "leaf"))
	paths := make([]string, 3)
	var wg sync.WaitGroup
	for i, c := range []context.Context{root, ctx2, ctx3} {
		wg.Go(func() { paths[i] = SpanOf(c) })
	}
	wg.Wait()
	fmt.Println(paths, SpanOf(context.TODO()))
	if u, ok := ctx3.Value(userKey(0)).(User); ok {
		fmt.Println(u.ID, u.Roles, ctx3.Value(userKey(1)), ctx3.Value(0))
	}

	stopped := make([]string, 3)
	var wg2 sync.WaitGroup
	for i, c := range []context.Context{ctx1, ctx2, ctx3} {
		wg2.Go(func() {
			<-c.Done()
			stopped[i] = fmt.Sprintf("%s:%v", SpanOf(c), context.Cause(c))
		})
	}
	cancel1()
	wg2.Wait()
	fmt.Println(strings.Join(stopped, " | "))
	cancel3(errors.New("late"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3), root.Err())
}

//cell

type Barrier struct {
	mu    sync.Mutex
	cond  sync.Cond
	n     int
	count int
	round int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond.L = &b.mu
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	r := b.round
	b.count++
	if b.count == b.n {
		b.count = 0
		b.round++
		b.cond.Broadcast()
		return r
	}
	for r == b.round {
		b.cond.Wait()
	}
	return r
}

//cell

func main() {
	spans()
	bar := NewBarrier(3)
	phases := make([][]string, 3)
	shared := make([]int, 3)
	var wg sync.WaitGroup
	for id := range 3 {
		wg.Go(func() {
			for step := range 3 {
				// each phase reads what every worker wrote in the last
				prev := 0
				for _, v := range shared {
					prev += v
				}
				phases[id] = append(phases[id], fmt.Sprintf("w%d.s%d(%d)", id, step, prev))
				bar.Await()
				if id == 0 {
					for j := range shared {
						shared[j] = step + 1
					}
				}
				bar.Await()
			}
		})
	}
	wg.Wait()
	for _, p := range phases {
		fmt.Println(strings.Join(p, " "))
	}
	fmt.Println("rounds", bar.round)
}
