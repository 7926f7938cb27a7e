//go:build ignore

// A log-processing pipeline: a generator stage, parallel parsers with a
// WaitGroup (Go and Add/Done), a buffered results channel, a metrics
// struct with a mutex inside its methods, atomic counters, and results
// sorted before printing so the output does not depend on scheduling.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Entry struct {
	Line   int
	Level  string
	Path   string
	Status int
	Ms     int
}

type Metrics struct {
	mu       sync.Mutex
	byStatus map[int]int
	slowest  []Entry
	total    atomic.Int64
	errors   atomic.Int32
}

//cell

func NewMetrics() *Metrics { return &Metrics{byStatus: make(map[int]int)} }

func (m *Metrics) Record(e Entry) {
	m.total.Add(int64(e.Ms))
	if e.Status >= 500 {
		m.errors.Add(1)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.byStatus[e.Status]++
	m.slowest = append(m.slowest, e)
	sort.Slice(m.slowest, func(i, j int) bool {
		if m.slowest[i].Ms != m.slowest[j].Ms {
			return m.slowest[i].Ms > m.slowest[j].Ms
		}
		return m.slowest[i].Line < m.slowest[j].Line
	})
	if len(m.slowest) > 3 {
		m.slowest = m.slowest[:3]
	}
}

func (m *Metrics) Snapshot() (statuses []string, slow []Entry) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for s, n := range m.byStatus {
		statuses = append(statuses, fmt.Sprintf("%d:%d", s, n))
	}
	sort.Strings(statuses)
	return statuses, append([]Entry(nil), m.slowest...)
}

//cell

const logs = `INFO GET /home 200 12
INFO GET /api/users 200 48
WARN GET /api/users/7 404 3
ERROR POST /api/orders 500 230
INFO GET /static/app.js 200 5
bad line here
ERROR GET /api/orders/9 503 1200
INFO POST /api/login 200 87
INFO GET /home 304 2
WARN DELETE /api/users/7 403 9`

func lines(text string) <-chan string {
	out := make(chan string, 4)
	go func() {
		defer close(out)
		for _, l := range strings.Split(text, "\n") {
			out <- l
		}
	}()
	return out
}

type parsed struct {
	e   Entry
	err error
}

func parse(n int, l string) (Entry, error) {
	f := strings.Fields(l)
	if len(f) != 5 {
		return Entry{}, fmt.Errorf("line %d: want 5 fields, got %d", n, len(f))
	}
	status, err := strconv.Atoi(f[3])
	if err != nil {
		return Entry{}, fmt.Errorf("line %d: %w", n, err)
	}
	ms, err := strconv.Atoi(f[4])
	if err != nil {
		return Entry{}, fmt.Errorf("line %d: %w", n, err)
	}
	return Entry{n, f[0], f[1] + " " + f[2], status, ms}, nil
}

//cell

func main() {
	type numbered struct {
		n int
		l string
	}
	in := make(chan numbered, 10)
	go func() {
		n := 0
		for l := range lines(logs) {
			n++
			in <- numbered{n, l}
		}
		close(in)
	}()
	results := make(chan parsed, 10)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for x := range in {
				e, err := parse(x.n, x.l)
				results <- parsed{e, err}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	m := NewMetrics()
	var bad []string
	var seen atomic.Int64
	var recWG sync.WaitGroup
	for r := range results {
		seen.Add(1)
		if r.err != nil {
			bad = append(bad, r.err.Error())
			continue
		}
		recWG.Add(1)
		go func(e Entry) {
			defer recWG.Done()
			m.Record(e)
		}(r.e)
	}
	recWG.Wait()
	statuses, slow := m.Snapshot()
	fmt.Println("lines:", seen.Load(), "bad:", bad)
	fmt.Println("statuses:", strings.Join(statuses, " "))
	fmt.Printf("total %dms, 5xx %d\n", m.total.Load(), m.errors.Load())
	for i, e := range slow {
		fmt.Printf("%d. %-22s %4dms (line %d, %s)\n", i+1, e.Path, e.Ms, e.Line, e.Level)
	}
	fmt.Printf("%+v\n", slow[0])

	squares := make(chan int, 5)
	done := make(chan struct{})
	var sum int
	go func() {
		for v := range squares {
			sum += v
		}
		close(done)
	}()
	for i := 1; i <= 10; i++ {
		squares <- i * i
	}
	close(squares)
	<-done
	fmt.Println(sum, len(squares), cap(squares))
	sides := make(chan int, 2)
	sides <- 3
	sides <- 4
	a, left := <-sides, len(sides)
	b := <-sides
	fmt.Println(a, b, a*a+b*b, left)

	var mu sync.Mutex
	hits := map[string]int{}
	var wg2 sync.WaitGroup
	for _, p := range strings.Fields("a b a c a b") {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			hits[p]++
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println(hits)
}
