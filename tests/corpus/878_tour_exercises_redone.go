//go:build ignore

// Go Tour exercises done again: Stringers (IPAddr), Errors
// (ErrNegativeSqrt with Newton's method), Readers (an endless 'A'
// reader and rot13Reader), Equivalent Binary Trees walked over
// channels, a Web Crawler with a mutex-guarded visited set and a fake
// fetcher, WordCount, and the Fibonacci closure.
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"sync"
)

//cell

type IPAddr [4]byte

func (ip IPAddr) String() string {
	return fmt.Sprintf("%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3])
}

type ErrNegativeSqrt float64

func (e ErrNegativeSqrt) Error() string {
	return fmt.Sprint("cannot Sqrt negative number: ", float64(e))
}

func Sqrt(x float64) (float64, error) {
	if x < 0 {
		return 0, ErrNegativeSqrt(x)
	}
	z := 1.0
	for i := 0; i < 20; i++ {
		next := z - (z*z-x)/(2*z)
		if next == z {
			break
		}
		z = next
	}
	return z, nil
}

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

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

// New builds a tree of k, 2k, ..., 10k inserted in a scrambled order.
func New(k, seed int) *Tree {
	var t *Tree
	order := []int{5, 2, 8, 1, 9, 3, 7, 4, 10, 6}
	for i := range order {
		v := order[(i+seed)%len(order)]
		t = insert(t, v*k)
	}
	return t
}

func Walk(t *Tree, ch chan int) {
	var walk func(t *Tree)
	walk = func(t *Tree) {
		if t == nil {
			return
		}
		walk(t.Left)
		ch <- t.Value
		walk(t.Right)
	}
	walk(t)
	close(ch)
}

func Same(t1, t2 *Tree) bool {
	c1, c2 := make(chan int), make(chan int)
	go Walk(t1, c1)
	go Walk(t2, c2)
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

type visited struct {
	mu   sync.Mutex
	seen map[string]bool
	log  []string
}

func (v *visited) claim(url string) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.seen[url] {
		return false
	}
	v.seen[url] = true
	return true
}

func (v *visited) note(s string) {
	v.mu.Lock()
	v.log = append(v.log, s)
	v.mu.Unlock()
}

func Crawl(url string, depth int, f Fetcher, v *visited, wg *sync.WaitGroup) {
	defer wg.Done()
	if depth <= 0 || !v.claim(url) {
		return
	}
	body, urls, err := f.Fetch(url)
	if err != nil {
		v.note(err.Error())
		return
	}
	v.note(fmt.Sprintf("found: %s %q", url, body))
	for _, u := range urls {
		wg.Add(1)
		go Crawl(u, depth-1, f, v, wg)
	}
}

//cell

func WordCount(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.Fields(s) {
		m[w]++
	}
	return m
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

func main() {
	hosts := map[string]IPAddr{"loopback": {127, 0, 0, 1}, "googleDNS": {8, 8, 8, 8}}
	for _, name := range []string{"googleDNS", "loopback"} {
		fmt.Printf("%v: %v\n", name, hosts[name])
	}
	fmt.Println(hosts["loopback"], []IPAddr{{1, 2, 3, 4}})

	for _, x := range []float64{2, 9, -2} {
		v, err := Sqrt(x)
		fmt.Println(v, err)
	}
	_, err := Sqrt(-4)
	if e, ok := err.(ErrNegativeSqrt); ok {
		fmt.Printf("%T %v\n", e, float64(e))
	}

	b := make([]byte, 5)
	n, _ := MyReader{}.Read(b)
	fmt.Println(n, string(b))
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	io.Copy(os.Stdout, &rot13Reader{s})
	all, _ := io.ReadAll(io.LimitReader(rot13Reader{MyReader{}}, 7))
	fmt.Println(string(all))

	ch := make(chan int)
	go Walk(New(1, 0), ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(Same(New(1, 0), New(1, 3)), Same(New(1, 0), New(2, 0)), Same(New(3, 5), New(3, 7)))

	v := &visited{seen: map[string]bool{}}
	var wg sync.WaitGroup
	wg.Add(1)
	Crawl("https://golang.org/", 4, fetcher, v, &wg)
	wg.Wait()
	slices.Sort(v.log)
	for _, l := range v.log {
		fmt.Println(l)
	}

	wc := WordCount("I am learning Go! Go is fun and I am happy")
	keys := make([]string, 0, len(wc))
	for k := range wc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Printf("%s:%d ", k, wc[k])
	}
	fmt.Println()
	f := fibonacci()
	for i := 0; i < 12; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
