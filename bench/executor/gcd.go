package main

import (
	"bytes"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"

	"github.com/gofutures/gofutures/bench/internal/seed"
	"github.com/gofutures/gofutures/executor"
	"github.com/gofutures/gofutures/symbols"
)

const numbersSrc = `numbers := [][2]int{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}`

// The two cells timed, as a notebook user would write them.
const serialCell = `func serial() []int {
	var out []int
	for _, n := range numbers {
		out = append(out, gcd(n))
	}
	return out
}`

const poolCell = `func pooled() []interface{} {
	pool := executor.NewThreadPool(WORKERS)
	defer pool.Close()
	results, _ := pool.Map(gcd, numbers)
	return results
}`

// plainCell is the machine's capacity for interpreted gcd right now: the
// same work on plain goroutines in the same interpreter, no pool.
const plainCell = `func plain() []int {
	out := make([]int, len(numbers))
	var wg sync.WaitGroup
	for h := 0; h < WORKERS; h++ {
		wg.Add(1)
		go func(h int) {
			defer wg.Done()
			for i := h; i < len(numbers); i += WORKERS {
				out[i] = gcd(numbers[i])
			}
		}(h)
	}
	wg.Wait()
	return out
}`

// gcdYaegi returns median ms of the serial cell and the pool cell, and
// the median speed-up.
func gcdYaegi(workers int) (serialMS, poolMS, speedup, plainSpeedup float64, err error) {
	var out bytes.Buffer
	i := interp.New(interp.Options{Stdout: &out})
	if err := i.Use(stdlib.Symbols); err != nil {
		return 0, 0, 0, 0, err
	}
	if err := i.Use(symbols.Symbols); err != nil {
		return 0, 0, 0, 0, err
	}
	for _, c := range []string{`import "fmt"`, `import "sync"`, `import "github.com/gofutures/gofutures/executor"`, seed.GCDCell, numbersSrc, serialCell,
		fmt.Sprintf("numbers = numbers[:%d]", len(numbers)), replaceWorkers(poolCell, workers), replaceWorkers(plainCell, workers)} {
		if _, err := i.Eval(c); err != nil {
			return 0, 0, 0, 0, fmt.Errorf("%s: %w", c, err)
		}
	}
	timeCell := func(code string) (float64, error) {
		start := time.Now()
		v, err := i.Eval(code)
		d := time.Since(start)
		if err == nil {
			if s := fmt.Sprint(v.Interface()); s != wantGCDs() {
				err = fmt.Errorf("%s = %s", code, s)
			}
		}
		return float64(d.Microseconds()) / 1000, err
	}
	// Serial and pooled runs alternate, so that load from other processes
	// on a shared machine hits both alike; the speed-up is the median of
	// the per-pair ratios.
	var serials, pools, ratios, plainRatios []float64
	for r := range *reps + 1 {
		s, err := timeCell(`serial()`)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		p, err := timeCell(`pooled()`)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		g, err := timeCell(`plain()`)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if r == 0 {
			continue // warm-up
		}
		serials, pools = append(serials, s), append(pools, p)
		ratios, plainRatios = append(ratios, s/p), append(plainRatios, s/g)
	}
	return mid(serials), mid(pools), mid(ratios), mid(plainRatios), nil
}

func mid(xs []float64) float64 {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func replaceWorkers(s string, w int) string {
	return string(bytes.ReplaceAll([]byte(s), []byte("WORKERS"), []byte(fmt.Sprint(w))))
}

func gcd(pair [2]int) int {
	a, b := pair[0], pair[1]
	for i := min(a, b); i > 0; i-- {
		if a%i == 0 && b%i == 0 {
			return i
		}
	}
	return 1
}

// numbers are the seed's pairs; -pairs keeps only the first few (smoke runs).
var numbers = [][2]int{{1963309, 2265973}, {1879675, 2493670}, {2030677, 3814172},
	{1551645, 2229620}, {1988912, 4736670}, {2198964, 7876293}}

// wantGCDs is the result every variant must give for numbers.
func wantGCDs() string { return fmt.Sprint([]int{1, 5, 1, 5, 2, 3}[:len(numbers)]) }

func gcdCompiled(workers int) (serialMS, poolMS float64) {
	serialMS = median(func() float64 {
		start := time.Now()
		out := make([]int, 0, len(numbers))
		for _, n := range numbers {
			out = append(out, gcd(n))
		}
		if fmt.Sprint(out) != wantGCDs() {
			panic(out)
		}
		return float64(time.Since(start).Microseconds()) / 1000
	})
	poolMS = median(func() float64 {
		start := time.Now()
		p := executor.NewThreadPool(workers)
		var out []int
		for v, err := range executor.Map(p, func(n [2]int) (int, error) { return gcd(n), nil }, numbers) {
			if err != nil {
				panic(err)
			}
			out = append(out, v)
		}
		p.Close()
		if fmt.Sprint(out) != wantGCDs() {
			panic(out)
		}
		return float64(time.Since(start).Microseconds()) / 1000
	})
	return serialMS, poolMS
}

// gcdPlain is the machine's capacity on this workload right now: the six
// pairs on plain goroutines, no pool.
func gcdPlain(workers int) float64 {
	return median(func() float64 {
		start := time.Now()
		var wg sync.WaitGroup
		for h := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := h; i < len(numbers); i += workers {
					gcd(numbers[i])
				}
			}()
		}
		wg.Wait()
		return float64(time.Since(start).Microseconds()) / 1000
	})
}
