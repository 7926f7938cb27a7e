//go:build ignore

// A Tour of Go's web crawler with a fake fetcher: each URL fetched once,
// in parallel, with a mutex-guarded visited set and a WaitGroup; then the
// same crawl as a breadth-first walk driven by a results channel.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Fetcher interface {
	// Fetch returns the body of URL and the URLs found on that page.
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

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

// claim reports whether url was not seen yet, marking it seen.
func (v *visited) claim(url string) bool {
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

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		v.record(err.Error())
		return
	}
	v.record(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

//cell

type page struct {
	url   string
	depth int
	urls  []string
	err   error
}

func crawlBFS(start string, maxDepth int, f Fetcher) []string {
	results := make(chan page)
	fetch := func(url string, d int) {
		_, urls, err := f.Fetch(url)
		results <- page{url, d, urls, err}
	}
	seen := map[string]bool{start: true}
	pending := 1
	go fetch(start, maxDepth)
	var order []string
	for pending > 0 {
		p := <-results
		pending--
		if p.err != nil {
			order = append(order, "error "+p.err.Error())
			continue
		}
		order = append(order, fmt.Sprintf("%s (%d links)", p.url, len(p.urls)))
		if p.depth <= 1 {
			continue
		}
		for _, u := range p.urls {
			if !seen[u] {
				seen[u] = true
				pending++
				go fetch(u, p.depth-1)
			}
		}
	}
	slices.Sort(order)
	return order
}

//cell

func main() {
	v := &visited{seen: make(map[string]bool)}
	var wg sync.WaitGroup
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	slices.Sort(v.log)
	for _, l := range v.log {
		fmt.Println(l)
	}
	fmt.Println(len(v.seen), "urls seen")
	for _, l := range crawlBFS("https://golang.org/", 3, fetcher) {
		fmt.Println(l)
	}
	_, _, err := fetcher.Fetch("https://golang.org/cmd/")
	fmt.Println(err)
}
