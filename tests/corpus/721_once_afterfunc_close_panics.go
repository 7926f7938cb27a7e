//go:build ignore

// sync.OnceValue/OnceValues/OnceFunc shared by goroutines (and a panic
// kept for every call), context.AfterFunc with stop, and the panics of
// closing or sending on closed and nil channels recovered in a generic
// helper.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

//cell

type Settings struct {
	Level int
	Names []string
}

func (s Settings) String() string { return fmt.Sprintf("L%d%v", s.Level, s.Names) }

var loads atomic.Int32

var getSettings = sync.OnceValue(func() Settings {
	loads.Add(1)
	return Settings{3, []string{"x"}}
})

var parse = sync.OnceValues(func() (*Settings, error) {
	loads.Add(1)
	return nil, errors.New("bad config")
})

//cell

func onces() {
	var wg sync.WaitGroup
	got := make([]Settings, 5)
	for i := range 5 {
		wg.Go(func() { got[i] = getSettings() })
	}
	wg.Wait()
	got[0].Names[0] = "shared"
	fmt.Println(got[4], getSettings().Level, loads.Load())
	s, e1 := parse()
	_, e2 := parse()
	fmt.Println(s == nil, e1, e1 == e2, loads.Load())
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	for range 3 {
		hello()
	}
	boom := sync.OnceFunc(func() { panic(fmt.Sprintf("once boom %d", loads.Load())) })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
}

//cell

func afterFuncs() {
	ctx, cancel := context.WithCancelCause(context.Background())
	var order []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	for _, name := range []string{"flush", "close"} {
		context.AfterFunc(ctx, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, name+":"+context.Cause(ctx).Error())
			mu.Unlock()
		})
	}
	stop := context.AfterFunc(ctx, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop(), stop())
	cancel(fmt.Errorf("shutdown: %w", context.Canceled))
	wg.Wait()
	if order[0] > order[1] {
		order[0], order[1] = order[1], order[0]
	}
	fmt.Println(order, errors.Is(context.Cause(ctx), context.Canceled), ctx.Err())
	wg.Add(1)
	late := context.AfterFunc(ctx, func() { wg.Done() })
	wg.Wait()
	fmt.Println("late stop:", late())
}

//cell

func safeClose[T any](ch chan T) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	close(ch)
	return nil
}

type Point struct{ X, Y int }

func main() {
	onces()
	afterFuncs()
	cc := make(chan Point, 1)
	cc <- Point{1, 2}
	fmt.Println(safeClose(cc), safeClose(cc))
	var nilc chan string
	fmt.Println(safeClose(nilc))
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("send:", r, ok, err != nil)
		}()
		cc <- Point{}
	}()
	p, ok := <-cc
	q, ok2 := <-cc
	fmt.Println(p, ok, q, ok2)
}
