//go:build ignore

// A Tour of Go's Web Crawler exercise: a Fetcher interface served by a
// fake fetcher (a map type with a Fetch method), a mutex-guarded set of
// visited URLs, Crawl fetching each URL once in parallel goroutines with
// a WaitGroup, and the results sorted at the end so the output does not
// depend on scheduling; a SafeCounter like the Tour's sync.Mutex page.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

//cell

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("not found: %s", url)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{
		"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"},
	},
	"https://golang.org/pkg/": &fakeResult{
		"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	},
	"https://golang.org/pkg/fmt/": &fakeResult{
		"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
	"https://golang.org/pkg/os/": &fakeResult{
		"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/"},
	},
}

//cell

type SafeCounter struct {
	mu sync.Mutex
	v  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	c.v[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.v[key]
}

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) first(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func (v *visited) record(line string) {
	v.mu.Lock()
	v.log = append(v.log, line)
	v.mu.Unlock()
}

//cell

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.first(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		v.record(err.Error())
		return
	}
	v.record(fmt.Sprintf("found: %s %q (depth %d)", url, body, depth))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

//cell

func main() {
	c := SafeCounter{v: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("somekey")
		}()
	}
	wg.Wait()
	fmt.Println(c.Value("somekey"))

	for _, depth := range []int{1, 2, 4} {
		v := &visited{seen: map[string]bool{}}
		var cw sync.WaitGroup
		cw.Add(1)
		go Crawl("https://golang.org/", depth, fetcher, v, &cw)
		cw.Wait()
		sort.Strings(v.log)
		fmt.Printf("depth %d: %d lines\n%s\n", depth, len(v.log), strings.Join(v.log, "\n"))
	}
}
