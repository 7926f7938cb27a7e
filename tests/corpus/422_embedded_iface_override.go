//go:build ignore

// Structs embedding an interface and overriding one of its methods (a
// logging wrapper around an io.Writer, a store decorator counting
// calls), embedding a struct pointer, a nil embedded interface's method
// value panicking, and the wrapper passed where the interface goes.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

//cell

type Store interface {
	Get(key string) (string, error)
	Put(key, value string) error
	Keys() []string
}

var ErrNotFound = errors.New("not found")

type memStore struct{ m map[string]string }

func (s *memStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}
func (s *memStore) Put(k, v string) error { s.m[k] = v; return nil }
func (s *memStore) Keys() []string {
	var ks []string
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type countingStore struct {
	Store
	gets int
}

func (c *countingStore) Get(k string) (string, error) {
	c.gets++
	return c.Store.Get(k)
}

type readOnly struct{ Store }

func (readOnly) Put(k, v string) error { return fmt.Errorf("read-only: cannot put %s", k) }

//cell

type upperWriter struct {
	io.Writer
	n int
}

func (u *upperWriter) Write(p []byte) (int, error) {
	u.n += len(p)
	return u.Writer.Write([]byte(strings.ToUpper(string(p))))
}

type sortedStrings struct{ sort.StringSlice }

func (s sortedStrings) Less(i, j int) bool { return s.StringSlice[i] > s.StringSlice[j] }

func use(s Store) {
	s.Put("a", "1")
	s.Put("b", "2")
	v, err := s.Get("a")
	fmt.Println(v, err)
	_, err = s.Get("zz")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(s.Keys())
}

func main() {
	base := &memStore{m: map[string]string{}}
	cs := &countingStore{Store: base}
	use(cs)
	fmt.Println("gets:", cs.gets)
	ro := readOnly{cs}
	use(ro)
	fmt.Println("gets:", cs.gets)
	var s Store = ro
	_, isCounting := s.(*countingStore)
	_, isRO := s.(readOnly)
	fmt.Println(isCounting, isRO)

	var b strings.Builder
	uw := &upperWriter{Writer: &b}
	fmt.Fprintf(uw, "hello %s, %d\n", "world", 42)
	io.WriteString(uw, "done")
	fmt.Printf("%q %d\n", b.String(), uw.n)

	words := sortedStrings{sort.StringSlice{"pear", "apple", "fig"}}
	sort.Sort(words)
	fmt.Println(words.StringSlice, words.Len())

	var empty countingStore
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		empty.Keys()
	}()
}
