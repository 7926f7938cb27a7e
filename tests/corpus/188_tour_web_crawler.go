//go:build ignore

// A crawler over a fake site, an exercise in the spirit of A Tour of
// Go's: each address fetched once, in parallel, with a mutex-guarded
// ledger of visits and a WaitGroup; then the same crawl as a
// breadth-first walk driven by a channel of results.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Source interface {
	// Get returns the title of the page at addr and the addresses it
	// links to.
	Get(addr string) (title string, links []string, err error)
}

type cannedPage struct {
	title string
	links []string
}

type cannedSite map[string]cannedPage

func (s cannedSite) Get(addr string) (string, []string, error) {
	p, ok := s[addr]
	if !ok {
		return "", nil, fmt.Errorf("no page at %s", addr)
	}
	return p.title, p.links, nil
}

var garden = cannedSite{
	"garden:/": {
		"Allotment notes",
		[]string{"garden:/beds", "garden:/tools"},
	},
	"garden:/beds": {
		"Raised beds",
		[]string{"garden:/beds/herbs", "garden:/beds/beans", "garden:/compost"},
	},
	"garden:/beds/herbs": {
		"Herb bed",
		[]string{"garden:/beds", "garden:/"},
	},
	"garden:/beds/beans": {
		"Bean poles",
		[]string{"garden:/beds/herbs", "garden:/tools/twine"},
	},
	"garden:/tools": {
		"Shed inventory",
		[]string{"garden:/"},
	},
}

//cell

type ledger struct {
	mu      sync.Mutex
	visited map[string]bool
	notes   []string
}

// first reports whether addr is new to the ledger, and enters it.
func (l *ledger) first(addr string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.visited[addr] {
		return false
	}
	l.visited[addr] = true
	return true
}

func (l *ledger) note(s string) {
	l.mu.Lock()
	l.notes = append(l.notes, s)
	l.mu.Unlock()
}

func Explore(addr string, hops int, src Source, l *ledger, wg *sync.WaitGroup) {
	defer wg.Done()
	if hops == 0 || !l.first(addr) {
		return
	}
	title, links, err := src.Get(addr)
	if err != nil {
		l.note("missing: " + err.Error())
		return
	}
	l.note(fmt.Sprintf("%s is %q, %d links", addr, title, len(links)))
	wg.Add(len(links))
	for _, next := range links {
		go Explore(next, hops-1, src, l, wg)
	}
}

//cell

type result struct {
	addr  string
	hops  int
	links []string
	err   error
}

func levels(start string, hops int, src Source) []string {
	results := make(chan result)
	get := func(addr string, h int) {
		_, links, err := src.Get(addr)
		results <- result{addr, h, links, err}
	}
	queued := map[string]bool{start: true}
	inFlight := 1
	go get(start, hops)
	var lines []string
	for inFlight > 0 {
		r := <-results
		inFlight--
		if r.err != nil {
			lines = append(lines, "failed "+r.err.Error())
			continue
		}
		lines = append(lines, fmt.Sprintf("%s at hop %d", r.addr, hops-r.hops))
		if r.hops == 1 {
			continue
		}
		for _, next := range r.links {
			if queued[next] {
				continue
			}
			queued[next] = true
			inFlight++
			go get(next, r.hops-1)
		}
	}
	slices.Sort(lines)
	return lines
}

//cell

func main() {
	l := &ledger{visited: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	go Explore("garden:/", 5, garden, l, &wg)
	wg.Wait()
	slices.Sort(l.notes)
	for _, n := range l.notes {
		fmt.Println(n)
	}
	fmt.Println(len(l.visited), "addresses visited")
	for _, s := range levels("garden:/", 3, garden) {
		fmt.Println(s)
	}
	_, _, err := garden.Get("garden:/pond")
	fmt.Println(err)
}
