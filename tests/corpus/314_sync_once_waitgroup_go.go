//go:build ignore

// Lazy setup and fan-out work in a notebook: sync.OnceFunc, OnceValue and
// OnceValues (Go 1.21) load things once however many goroutines ask, a
// panic in the once function is replayed to every caller, and
// sync.WaitGroup.Go (Go 1.25) starts the workers. Results are written by
// index so the output does not depend on scheduling.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

var loads atomic.Int32

type Dict struct {
	words map[string]int
}

var loadDict = sync.OnceValue(func() *Dict {
	loads.Add(1)
	d := &Dict{words: map[string]int{}}
	for i, w := range strings.Fields("go iter slices maps cmp sync unique") {
		d.words[w] = i
	}
	return d
})

var parsePort = sync.OnceValues(func() (int, error) {
	loads.Add(1)
	return strconv.Atoi("80a")
})

//cell

var banner []string

var printBanner = sync.OnceFunc(func() {
	banner = append(banner, "== service starting ==")
})

var mustFail = sync.OnceFunc(func() {
	loads.Add(1)
	panic("config missing")
})

func lookup(w string) string {
	d := loadDict()
	if i, ok := d.words[w]; ok {
		return fmt.Sprintf("%s#%d", w, i)
	}
	return w + "?"
}

//cell

type Job struct {
	ID    int
	Input string
}

type Result struct {
	Job   Job
	Out   string
	Err   error
	Tries int
}

var ErrEmpty = errors.New("empty input")

func work(j Job) Result {
	printBanner()
	if j.Input == "" {
		return Result{Job: j, Err: fmt.Errorf("job %d: %w", j.ID, ErrEmpty), Tries: 1}
	}
	var parts []string
	for _, w := range strings.Fields(j.Input) {
		parts = append(parts, lookup(w))
	}
	return Result{Job: j, Out: strings.Join(parts, " "), Tries: 1}
}

//cell

func main() {
	jobs := []Job{{1, "go iter"}, {2, "maps rust"}, {3, ""}, {4, "unique sync cmp"}, {5, "slices"}}
	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Go(func() {
			results[i] = work(j)
		})
	}
	wg.Wait()
	for _, r := range results {
		if r.Err != nil {
			fmt.Println("job", r.Job.ID, "error:", r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		fmt.Println("job", r.Job.ID, "->", r.Out)
	}
	fmt.Println("banner", banner, "dict loads", loads.Load())

	// OnceValues: the same value and error every time
	var wg2 sync.WaitGroup
	errs := make([]string, 4)
	for i := range 4 {
		wg2.Go(func() {
			p, err := parsePort()
			errs[i] = fmt.Sprint(p, " ", err)
		})
	}
	wg2.Wait()
	fmt.Println(strings.Join(errs, " | "))
	fmt.Println("loads after port", loads.Load())

	// a panicking OnceFunc panics with the same value on every call
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			mustFail()
		}()
	}
	fmt.Println("loads after panics", loads.Load())

	// counters with atomics and WaitGroup.Go
	var hits atomic.Int64
	var wg3 sync.WaitGroup
	for n := range 10 {
		wg3.Go(func() { hits.Add(int64(n)) })
	}
	wg3.Wait()
	fmt.Println("sum", hits.Load())

	// a mutex-protected map filled by workers, read in order
	var mu sync.Mutex
	squares := map[int]int{}
	var wg4 sync.WaitGroup
	for n := range 6 {
		wg4.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			squares[n] = n * n
		})
	}
	wg4.Wait()
	for n := range len(squares) {
		fmt.Print(squares[n], " ")
	}
	fmt.Println()

	// OnceValue with a struct result (a type local to main), called twice
	type endpoint struct {
		Name string
		Port int
	}
	var calls int
	cfg := sync.OnceValue(func() endpoint {
		calls++
		return endpoint{"api", 8080}
	})
	a, b := cfg(), cfg()
	fmt.Printf("%+v %v calls=%d %T\n", a, a == b, calls, a)
}
