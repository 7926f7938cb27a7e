//go:build ignore

// Newer standard library pieces as a simulation notebook uses them:
// math/rand/v2 with a seeded PCG source (shuffles, weighted picks,
// N for durations), unique.Make to intern labels, sync.OnceValue and
// OnceValues for lazy setup, context.WithCancelCause and AfterFunc, and
// time.Time.Compare to order events, and request-scoped values under
// keys of the notebook's own types.
package main

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"time"
	"unique"
)

type Event struct {
	At    time.Time
	Label unique.Handle[string]
	Value int
}

func (e Event) String() string {
	return fmt.Sprintf("%s %s=%d", e.At.Format("15:04:05"), e.Label.Value(), e.Value)
}

var base = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// Timeout is a duration of the simulation's own: no String method.
type Timeout time.Duration

// Context keys, one type each, as the context package advises.
type runKey struct{}
type seedKey struct{}
type attemptKey int

func describeRun(ctx context.Context) string {
	run, _ := ctx.Value(runKey{}).(string)
	seed, _ := ctx.Value(seedKey{}).(uint64)
	first, _ := ctx.Value(attemptKey(0)).(string)
	return fmt.Sprintf("run=%q seed=%d first=%q unset=%v", run, seed, first, ctx.Value(0))
}

//cell

func simulate(seed uint64, n int) []Event {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	labels := []string{"cpu", "mem", "disk"}
	var out []Event
	for range n {
		at := base.Add(time.Duration(r.IntN(3600)) * time.Second)
		label := strings.Clone(labels[r.IntN(len(labels))])
		out = append(out, Event{At: at, Label: unique.Make(label), Value: r.IntN(100)})
	}
	return out
}

//cell

var loadConfig = sync.OnceValue(func() map[string]int {
	fmt.Println("loading config (once)")
	return map[string]int{"cpu": 80, "mem": 90, "disk": 70}
})

var openDB = sync.OnceValues(func() (string, error) {
	fmt.Println("opening db (once)")
	return "", errors.New("db unavailable")
})

var errOverload = errors.New("overload")

//cell

func main() {
	events := simulate(42, 8)
	again := simulate(42, 8)
	fmt.Println(slices.EqualFunc(events, again, func(a, b Event) bool { return a.At.Equal(b.At) && a.Label == b.Label && a.Value == b.Value }))
	slices.SortFunc(events, func(a, b Event) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return a.Value - b.Value
	})
	for _, e := range events {
		fmt.Println(e)
	}
	fmt.Println(events[0].At.Compare(events[len(events)-1].At), events[0].At.Compare(events[0].At))

	cpu := unique.Make("cpu")
	count := 0
	for _, e := range events {
		if e.Label == cpu {
			count++
		}
	}
	fmt.Println("cpu events:", count, cpu.Value(), cpu == unique.Make(strings.ToLower("CPU")))

	r := rand.New(rand.NewPCG(1, 2))
	deck := []string{"A", "K", "Q", "J", "10"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, r.IntN(10), r.Float64() < 1, r.Perm(5))
	weights := []int{1, 3, 6}
	hits := make([]int, 3)
	for range 1000 {
		x := r.IntN(10)
		switch {
		case x < weights[0]:
			hits[0]++
		case x < weights[0]+weights[1]:
			hits[1]++
		default:
			hits[2]++
		}
	}
	fmt.Println(hits, hits[0]+hits[1]+hits[2], rand.N(time.Duration(1)) == 0)
	var src rand.Source = rand.NewPCG(7, 7)
	fmt.Println(src.Uint64() == rand.NewPCG(7, 7).Uint64())

	for range 2 {
		fmt.Println(loadConfig()["cpu"])
		db, err := openDB()
		fmt.Printf("%q %v\n", db, err)
	}

	ctx, cancel := context.WithCancelCause(context.Background())
	done := make(chan string, 1)
	stop := context.AfterFunc(ctx, func() { done <- "after func ran: " + context.Cause(ctx).Error() })
	limits := loadConfig()
	for _, e := range events {
		if e.Value > limits[e.Label.Value()] {
			cancel(fmt.Errorf("%s at %s: %w", e.Label.Value(), e.At.Format(time.Kitchen), errOverload))
			break
		}
	}
	<-ctx.Done()
	fmt.Println(<-done)
	fmt.Println(ctx.Err(), errors.Is(context.Cause(ctx), errOverload))
	fmt.Println("stop after it ran:", stop())

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop2 := context.AfterFunc(ctx2, func() { fmt.Println("never printed") })
	fmt.Println("stopped before cancel:", stop2())
	cancel2()
	ctx3, cancel3 := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer cancel3()
	<-ctx3.Done()
	fmt.Println(ctx3.Err(), context.Cause(ctx3))
	rc := context.WithValue(context.Background(), runKey{}, "sim-1")
	rc = context.WithValue(rc, seedKey{}, uint64(42))
	rc = context.WithValue(rc, attemptKey(0), "first")
	fmt.Println(describeRun(rc))
	fmt.Println(context.WithValue(context.Background(), runKey{}, "x"))
	limit := Timeout(1500 * time.Millisecond)
	fmt.Println(limit, time.Duration(limit), []Timeout{limit, limit / 2})
}
