package mono

import (
	"fmt"
	"strings"
	"testing"
)

// The copy of a notebook's generic function says its name and, for each
// line of the copy, the line of the declaration it was made from: tidy
// drops comments, joins what was split over lines and breaks what was on
// one, and the copy's lines still name the source's.
func TestCopyLines(t *testing.T) {
	src := `package main

import "fmt"

func first[T any](xs []T,
	i int) T {
	// the one at i
	fmt.Println("first of",
		len(xs))
	if i < 0 { return xs[0] }
	return xs[i]
}

func main() { fmt.Println(first([]string{"a"}, 0)) }
`
	r := specialize(t, New(Options{AllNotebookGenerics: true}), check(t, src))
	var d *Decl
	for _, x := range r.Decls {
		if x.Name == "mainꞏfirstꞏstring" {
			d = x
		}
	}
	if d == nil {
		t.Fatalf("no copy of first[string] in %v", r.Decls)
	}
	if d.Origin != "first" {
		t.Errorf("Origin %q, want first", d.Origin)
	}
	lines := strings.Split(d.Src, "\n")
	if len(d.Lines) != len(lines) {
		t.Fatalf("%d lines for %d:\n%s", len(d.Lines), len(lines), d.Src)
	}
	// source lines of the declaration (from 1 at func) each copied
	// line's text starts with
	want := map[string]int{"func ": 1, "fmt.Println(": 4, "if i < 0": 6, "return xs[0]": 6, "return xs[i]": 7, "}": 8}
	var got []string
	for i, l := range lines {
		l = strings.TrimSpace(l)
		for prefix, n := range want {
			if strings.HasPrefix(l, prefix) && d.Lines[i] != n && !(prefix == "}" && d.Lines[i] == 6) {
				got = append(got, fmt.Sprintf("%q at %d, want %d", l, d.Lines[i], n))
			}
		}
	}
	if len(got) > 0 {
		t.Errorf("%s\n%s\n%v", strings.Join(got, "\n"), d.Src, d.Lines)
	}
	for _, x := range r.Decls {
		if x != d && (x.Origin != "" || x.Lines != nil) {
			t.Errorf("%s: Origin %q, Lines %v", x.Name, x.Origin, x.Lines)
		}
	}
}

// The copy of an instance of a notebook's generic type says, for each of
// its methods, the line of the method's declaration each line of the
// copy was made from, 0 outside the method.
func TestCopyMethodLines(t *testing.T) {
	src := `package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

// Pop takes the last.
func (s *Stack[T]) Pop() T {
	// the last one
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func main() {
	var s Stack[int]
	s.Push(1)
	fmt.Println(s.Pop())
}
`
	r := specialize(t, New(Options{AllNotebookGenerics: true}), check(t, src))
	var d *Decl
	for _, x := range r.Decls {
		if x.Name == "mainꞏStackꞏint" {
			d = x
		}
	}
	if d == nil {
		t.Fatalf("no copy of Stack[int] in %v", r.Decls)
	}
	lines := strings.Split(d.Src, "\n")
	byName := map[string][]int{}
	for _, m := range d.Methods {
		if len(m.Lines) != len(lines) {
			t.Fatalf("%s: %d lines for %d:\n%s", m.Name, len(m.Lines), len(lines), d.Src)
		}
		byName[m.Name] = m.Lines
	}
	for i, l := range lines {
		l = strings.TrimSpace(l)
		var want map[string]int
		switch {
		case strings.HasPrefix(l, "func (s *mainꞏStackꞏint) Push"):
			want = map[string]int{"Push": 1, "Pop": 0}
		case strings.HasPrefix(l, "func (s *mainꞏStackꞏint) Pop"):
			want = map[string]int{"Push": 0, "Pop": 1}
		case strings.HasPrefix(l, "v := s.items"):
			want = map[string]int{"Push": 0, "Pop": 3}
		case strings.HasPrefix(l, "return v"):
			want = map[string]int{"Push": 0, "Pop": 5}
		case strings.HasPrefix(l, "type "):
			want = map[string]int{"Push": 0, "Pop": 0}
		}
		for m, n := range want {
			if byName[m][i] != n {
				t.Errorf("%s: line %q at %d, want %d\n%s", m, l, byName[m][i], n, d.Src)
			}
		}
	}
}
