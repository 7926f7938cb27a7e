//go:build ignore

// Equivalent binary trees and the web crawler from the Tour of Go's
// concurrency exercises: a tree built from a seeded permutation, Walk
// sending values on a channel closed by a wrapper, Same comparing two
// walks; the crawler fetching from a fake fetcher, guarded by a
// sync.Mutex-protected visited set and a WaitGroup, results sorted.
package main

import (
	"errors"
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"sync"
)

//cell

type Tree struct {
	Left  *Tree
	Value int
	Right *Tree
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{nil, v, nil}
	}
	if v < t.Value {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func NewTree(k int, seed int64) *Tree {
	var t *Tree
	rng := rand.New(rand.NewSource(seed))
	for _, v := range rng.Perm(10) {
		t = insert(t, (1+v)*k)
	}
	return t
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	s := ""
	if t.Left != nil {
		s += t.Left.String() + " "
	}
	s += fmt.Sprint(t.Value)
	if t.Right != nil {
		s += " " + t.Right.String()
	}
	return "(" + s + ")"
}

//cell

func Walk(t *Tree, ch chan int) {
	if t == nil {
		return
	}
	Walk(t.Left, ch)
	ch <- t.Value
	Walk(t.Right, ch)
}

func Walker(t *Tree) <-chan int {
	ch := make(chan int)
	go func() {
		Walk(t, ch)
		close(ch)
	}()
	return ch
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := Walker(t1), Walker(t2)
	for {
		v1, ok1 := <-c1
		v2, ok2 := <-c2
		if ok1 != ok2 || v1 != v2 {
			return false
		}
		if !ok1 {
			return true
		}
	}
}

//cell

func part1() {
	for v := range Walker(NewTree(1, 7)) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(NewTree(1, 1), NewTree(1, 2)))
	fmt.Println(Same(NewTree(1, 3), NewTree(2, 3)))
	t := NewTree(3, 42)
	fmt.Println(t)
	t = insert(t, 31)
	fmt.Println(Same(t, NewTree(3, 42)), t.Right != nil)
}

//cell

type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

var ErrNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("%w: %s", ErrNotFound, url)
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

type SafeSet struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (s *SafeSet) Visit(url string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[url] {
		return false
	}
	s.seen[url] = true
	return true
}

func (s *SafeSet) Record(line string) {
	s.mu.Lock()
	s.log = append(s.log, line)
	s.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, set *SafeSet, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !set.Visit(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		set.Record(fmt.Sprint("error ", err, " ", errors.Is(err, ErrNotFound)))
		return
	}
	set.Record(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, set, wg)
	}
}

//cell

var (
	set *SafeSet
	wg  sync.WaitGroup
)

func part2() {
	set = &SafeSet{seen: map[string]bool{}}
	wg.Add(1)
	go Crawl("https://golang.org/", 4, fetcher, set, &wg)
	wg.Wait()
	sort.Strings(set.log)
	fmt.Println(strings.Join(set.log, "\n"))
	fmt.Println(len(set.seen))
}

//cell

func part3() {
	fetcher["https://golang.org/cmd/"] = &fakeResult{"Commands", []string{"https://golang.org/cmd/go/"}}
	set = &SafeSet{seen: map[string]bool{}}
	wg.Add(1)
	Crawl("https://golang.org/", 4, fetcher, set, &wg)
	wg.Wait()
	sort.Strings(set.log)
	for i, l := range set.log {
		fmt.Println(i, l)
	}
}

//cell

func main() {
	part1()
	part2()
	part3()
}
