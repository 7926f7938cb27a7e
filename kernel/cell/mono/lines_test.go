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
