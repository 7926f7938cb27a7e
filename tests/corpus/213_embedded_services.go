//go:build ignore

// Services built from embedded parts: a *Logger and a Counter embedded by
// value with pointer-receiver methods, interfaces satisfied through the
// embedding (by *Service only), method overriding at the outer level, and
// an embedded interface field filled with different implementations.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Counter struct {
	counts map[string]int
}

func (c *Counter) Inc(key string) int {
	if c.counts == nil {
		c.counts = map[string]int{}
	}
	c.counts[key]++
	return c.counts[key]
}

func (c Counter) Total() (n int) {
	for _, v := range c.counts {
		n += v
	}
	return n
}

//cell

type Store interface {
	Get(key string) (string, bool)
	Put(key, val string)
}

type mapStore struct{ m map[string]string }

func (s *mapStore) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mapStore) Put(k, v string)             { s.m[k] = v }

type upperStore struct{ Store }

func (u upperStore) Put(k, v string) { u.Store.Put(k, strings.ToUpper(v)) }

type Service struct {
	*Logger
	Counter
	Store
	Name string
}

//cell

type Incrementer interface{ Inc(string) int }

type Named interface {
	Logf(string, ...any)
	Total() int
}

func (s *Service) Handle(op, key, val string) {
	n := s.Inc(op)
	switch op {
	case "put":
		s.Put(key, val)
		s.Logf("%s #%d put %s=%s", s.Name, n, key, val)
	case "get":
		v, ok := s.Get(key)
		s.Logf("%s #%d get %s -> %q %v", s.Name, n, key, v, ok)
	}
}

func NewService(name string, st Store) *Service {
	return &Service{Logger: &Logger{prefix: "[" + name + "] "}, Store: st, Name: name}
}

//cell

func main() {
	a := NewService("plain", &mapStore{m: map[string]string{}})
	b := NewService("upper", upperStore{&mapStore{m: map[string]string{}}})
	for _, s := range []*Service{a, b} {
		s.Handle("put", "x", "hello")
		s.Handle("get", "x", "")
		s.Handle("get", "y", "")
	}
	var incs []Incrementer = []Incrementer{a, &b.Counter}
	for _, in := range incs {
		in.Inc("extra")
	}
	var named []Named = []Named{a, b}
	for _, n := range named {
		n.Logf("total %d", n.Total())
	}
	for _, s := range []*Service{a, b} {
		fmt.Println(strings.Join(s.lines, "\n"))
		keys := make([]string, 0)
		for k := range s.counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s=%d", k, s.counts[k])
		}
		fmt.Println()
	}
	copyA := *a
	copyA.Inc("get")
	copyA.Logf("from the copy")
	fmt.Println(a.Total(), copyA.Total(), len(a.lines), a.Logger == copyA.Logger)
	_, isUpper := b.Store.(upperStore)
	_, isMap := a.Store.(*mapStore)
	fmt.Println(isUpper, isMap)
	fmt.Printf("%T %T\n", b.Store, a.Logger)
}
