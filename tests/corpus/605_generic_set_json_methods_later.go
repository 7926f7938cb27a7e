//go:build ignore

// A generic set whose methods a later cell declares (Has, Sorted,
// String, MarshalJSON, UnmarshalJSON), used as a pointer field of a
// struct that json decodes into (json makes the set before it calls
// UnmarshalJSON on it), and a generic error type wrapped with %w that
// errors.As finds by its instance.
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Set[T cmp.Ordered] struct {
	m map[T]struct{}
}

func NewSet[T cmp.Ordered](vs ...T) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func (s *Set[T]) Add(v T) { s.m[v] = struct{}{} }

//cell

func (s *Set[T]) Has(v T) bool { _, ok := s.m[v]; return ok }

func (s *Set[T]) Sorted() []T {
	out := make([]T, 0, len(s.m))
	for v := range s.m {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

func (s *Set[T]) String() string {
	parts := []string{}
	for _, v := range s.Sorted() {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func (s *Set[T]) MarshalJSON() ([]byte, error) { return json.Marshal(s.Sorted()) }

func (s *Set[T]) UnmarshalJSON(b []byte) error {
	var vs []T
	if err := json.Unmarshal(b, &vs); err != nil {
		return err
	}
	*s = *NewSet(vs...)
	return nil
}

//cell

type Tag string

type Article struct {
	Title string    `json:"title"`
	Tags  *Set[Tag] `json:"tags"`
}

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string { return fmt.Sprintf("%v not found", e.Key) }

func find(arts []Article, t Tag) (Article, error) {
	for _, a := range arts {
		if a.Tags.Has(t) {
			return a, nil
		}
	}
	return Article{}, fmt.Errorf("find: %w", NotFound[Tag]{t})
}

//cell

var (
	a    = Article{"Go 1.23", NewSet[Tag]("iter", "go", "range")}
	back Article
	ints = NewSet(3, 1, 2, 3)
)

func step1() {
	fmt.Println(a.Tags, a.Tags.Has("go"), a.Tags.Has("rust"))
	fmt.Printf("%v %s\n", a, a.Tags)
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	err = json.Unmarshal([]byte(`{"title":"x","tags":["b","a","b"]}`), &back)
	fmt.Println(back.Title, back.Tags, err)
	fmt.Println(ints, ints.Sorted(), len(ints.m))
}

//cell

func step2() {
	_, err := find([]Article{a, back}, "zig")
	fmt.Println(err)
	var nf NotFound[Tag]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var nfs NotFound[string]
	fmt.Println(errors.As(err, &nfs))
	art, err := find([]Article{a, back}, "a")
	fmt.Println(art.Title, err)
	fmt.Printf("%T %T\n", nf, ints)
}

//cell

func main() {
	step1()
	step2()
}
