//go:build ignore

// A package registry written with Go 1.24's generic type aliases,
// declared in a group beside plain types and over several lines, and
// Go 1.26's generic types that name themselves in their own type
// parameter list (a constraint Ordered[T Ordered[T]] with a Less
// method). Versions sort through that constraint; the index is a map
// behind an alias.
package main

import (
	"fmt"
	"slices"
	"strings"
)

// Ordered is satisfied by types that compare themselves with their own
// kind: Go 1.26 lets the constraint refer to itself.
type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Pair[A, B any] struct {
	Key A
	Val B
}

type (
	// Named is a pair keyed by a string.
	Named[V any]      = Pair[string, V]
	Meta              = Named[string]
	Set[T comparable] = map[T]struct{}
	Index[V any]      = map[string][]V
)

type Table[T any] = struct {
	Title string
	Rows  []T
}

//cell

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func parse(s string) Version {
	var v Version
	fmt.Sscanf(s, "v%d.%d.%d", &v.Major, &v.Minor, &v.Patch)
	return v
}

// Latest returns the greatest of xs by its own Less.
func Latest[T Ordered[T]](xs ...T) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if best.Less(x) {
			best = x
		}
	}
	return best
}

// SortOrdered sorts xs by Less.
func SortOrdered[T Ordered[T]](xs []T) {
	slices.SortFunc(xs, func(a, b T) int {
		switch {
		case a.Less(b):
			return -1
		case b.Less(a):
			return 1
		}
		return 0
	})
}

//cell

type Registry struct {
	releases Index[Version]
	authors  Set[string]
	meta     []Meta
}

func (r *Registry) Publish(pkg, ver, author string) {
	if r.releases == nil {
		r.releases = Index[Version]{}
		r.authors = Set[string]{}
	}
	r.releases[pkg] = append(r.releases[pkg], parse(ver))
	r.authors[author] = struct{}{}
	r.meta = append(r.meta, Meta{Key: pkg + "@" + ver, Val: author})
}

func (r *Registry) Report() Table[Named[Version]] {
	t := Table[Named[Version]]{Title: "latest releases"}
	names := make([]string, 0, len(r.releases))
	for name := range r.releases {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		t.Rows = append(t.Rows, Named[Version]{name, Latest(r.releases[name]...)})
	}
	return t
}

//cell

func main() {
	var r Registry
	for _, line := range []string{
		"fmtx v1.2.0 ann", "fmtx v1.10.1 bob", "fmtx v1.9.9 ann",
		"iterx v0.3.0 cyd", "iterx v0.12.0 cyd", "logx v2.0.0 bob",
	} {
		f := strings.Fields(line)
		r.Publish(f[0], f[1], f[2])
	}
	t := r.Report()
	fmt.Println(t.Title)
	for _, row := range t.Rows {
		fmt.Printf("  %-6s %v\n", row.Key, row.Val)
	}
	fmt.Printf("%T\n", t.Rows[0])
	vs := slices.Clone(r.releases["fmtx"])
	SortOrdered(vs)
	fmt.Println("fmtx history:", vs)
	fmt.Println("authors:", len(r.authors))
	first := r.meta[0]
	fmt.Printf("%+v %T\n", first, first)
	counts := map[string]int{}
	for _, m := range r.meta {
		counts[m.Val]++
	}
	fmt.Println(counts)
}
