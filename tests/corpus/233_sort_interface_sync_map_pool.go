//go:build ignore

// Go by Example's sorting by functions done the older way, with types of
// our own that implement sort.Interface (by length, by several keys,
// reversed, stable, searched), then a sync.Map used as a concurrent cache
// of a struct type (LoadOrStore, CompareAndSwap, Range gathered and
// sorted) and a sync.Pool handing out scratch buffers of a cell type.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

type Planet struct {
	Name   string
	Moons  int
	Radius float64
}

type planets []Planet

func (p planets) Len() int      { return len(p) }
func (p planets) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type byMoonsThenName struct{ planets }

func (b byMoonsThenName) Less(i, j int) bool {
	if b.planets[i].Moons != b.planets[j].Moons {
		return b.planets[i].Moons < b.planets[j].Moons
	}
	return b.planets[i].Name < b.planets[j].Name
}

type byRadius struct{ planets }

func (b byRadius) Less(i, j int) bool { return b.planets[i].Radius < b.planets[j].Radius }

func names(ps []Planet) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return strings.Join(out, " ")
}

//cell

type Stat struct {
	Hits  int
	Owner string
}

type scratch struct {
	buf  bytes.Buffer
	uses int
}

var made int

var scratchPool = sync.Pool{
	New: func() any {
		made++
		return &scratch{}
	},
}

func render(words []string) string {
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	s.buf.Reset()
	s.uses++
	for i, w := range words {
		if i > 0 {
			s.buf.WriteString(", ")
		}
		s.buf.WriteString(strings.ToUpper(w))
	}
	return s.buf.String()
}

//cell

func main() {
	fruits := []string{"peach", "banana", "kiwi", "fig", "plum", "apple"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits, sort.IsSorted(byLength(fruits)))
	sort.Stable(sort.Reverse(byLength(fruits)))
	fmt.Println(fruits)

	ps := planets{
		{"Mercury", 0, 2439.7}, {"Venus", 0, 6051.8}, {"Earth", 1, 6371},
		{"Mars", 2, 3389.5}, {"Neptune", 16, 24622}, {"Uranus", 28, 25362},
	}
	sort.Sort(byMoonsThenName{ps})
	fmt.Println("by moons:", names(ps))
	sort.Sort(sort.Reverse(byRadius{ps}))
	fmt.Println("largest first:", names(ps))
	sort.Sort(byRadius{ps})
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Radius >= 6000 })
	fmt.Printf("first with radius >= 6000: %+v\n", ps[i])
	var asIface sort.Interface = byRadius{ps}
	fmt.Println(asIface.Len(), asIface.Less(0, 1))
	fmt.Printf("%T %v\n", asIface, sort.IsSorted(asIface))

	var cache sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, page := range []string{"/", "/about", "/blog", "/"} {
				v, loaded := cache.LoadOrStore(page, &Stat{Owner: "first"})
				mu.Lock()
				v.(*Stat).Hits++
				mu.Unlock()
				_ = loaded
				_ = w
			}
		}()
	}
	wg.Wait()
	cache.Store("/old", Stat{Hits: 1, Owner: "legacy"})
	swapped := cache.CompareAndSwap("/old", Stat{Hits: 1, Owner: "legacy"}, Stat{Hits: 2, Owner: "moved"})
	fmt.Println("swapped:", swapped)
	var lines []string
	cache.Range(func(k, v any) bool {
		switch s := v.(type) {
		case *Stat:
			lines = append(lines, fmt.Sprintf("%s=%d(%s)", k, s.Hits, s.Owner))
		case Stat:
			lines = append(lines, fmt.Sprintf("%s=%d[%s]", k, s.Hits, s.Owner))
		}
		return true
	})
	sort.Strings(lines)
	fmt.Println(strings.Join(lines, " "))
	if v, ok := cache.LoadAndDelete("/blog"); ok {
		fmt.Printf("deleted %+v\n", *v.(*Stat))
	}
	_, ok := cache.Load("/blog")
	fmt.Println("still there:", ok)

	fmt.Println(render([]string{"a", "b"}))
	fmt.Println(render([]string{"go", "pool"}))
	s := scratchPool.Get().(*scratch)
	fmt.Printf("%T made>=1: %v\n", s, made >= 1)
}
