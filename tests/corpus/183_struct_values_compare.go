//go:build ignore

// Struct values as a test-table notebook uses them: anonymous structs in
// tables, struct and array comparison with ==, structs and arrays as map
// keys, copies that do not alias, shadowing in if/else chains, variadic
// calls with slice..., and method values handed around as callbacks.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
}

type Release struct {
	Name string
	V    Version
	Tags [2]string
}

//cell

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v *Version) Bump(part string) {
	switch part {
	case "major":
		v.Major, v.Minor, v.Patch = v.Major+1, 0, 0
	case "minor":
		v.Minor, v.Patch = v.Minor+1, 0
	default:
		v.Patch++
	}
}

func parseVersion(s string) (Version, error) {
	var v Version
	if _, err := fmt.Sscanf(s, "v%d.%d.%d", &v.Major, &v.Minor, &v.Patch); err != nil {
		return Version{}, fmt.Errorf("parse %q: %w", s, err)
	}
	return v, nil
}

//cell

// Pinned is a version someone pinned, with a note.
type Pinned struct {
	*Version
	Note string
}

func join(sep string, parts ...string) string {
	if len(parts) == 0 {
		return "(none)"
	}
	return strings.Join(parts, sep)
}

func maxVersion(first Version, rest ...Version) Version {
	m := first
	for _, v := range rest {
		if m.Less(v) {
			m = v
		}
	}
	return m
}

//cell

func main() {
	tests := []struct {
		in   string
		want Version
		ok   bool
	}{
		{"v1.2.3", Version{1, 2, 3}, true},
		{"v0.10.0", Version{Minor: 10}, true},
		{"1.2.3", Version{}, false},
		{"v2.x.1", Version{2, 0, 0}, false},
	}
	for i, tc := range tests {
		got, err := parseVersion(tc.in)
		status := "PASS"
		if (err == nil) != tc.ok || err == nil && got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%d %-8q %-4s %v %v\n", i, tc.in, status, got, err)
	}

	a := Release{"alpha", Version{1, 0, 0}, [2]string{"stable", "lts"}}
	b := a
	b.Tags[1] = "edge"
	b.V.Bump("minor")
	fmt.Println(a == b, a.Tags, b.Tags, a.V, b.V)
	c := a
	fmt.Println(a == c, a.V == Version{1, 0, 0}, a.Tags == [2]string{"stable", "lts"})

	seen := map[Version][]string{}
	byTags := map[[2]string]int{}
	for _, r := range []Release{a, b, c, {"beta", Version{1, 1, 0}, [2]string{"stable", "edge"}}} {
		seen[r.V] = append(seen[r.V], r.Name)
		byTags[r.Tags]++
	}
	keys := make([]Version, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Less(keys[j]) })
	for _, k := range keys {
		fmt.Println(k, seen[k])
	}
	fmt.Println(byTags[[2]string{"stable", "edge"}], byTags[[2]string{"stable", "lts"}], len(byTags))

	point := struct{ X, Y int }{1, 2}
	other := struct{ X, Y int }{1, 2}
	type P struct{ X, Y int }
	fmt.Println(point == other, P(point) == P{1, 2}, point)
	fmt.Printf("%v %+v %T\n", point, other, point)

	vs := []Version{{1, 2, 0}, {0, 9, 9}, {1, 10, 1}}
	fmt.Println(maxVersion(vs[0], vs[1:]...), maxVersion(Version{}), join(", "), join("-", "a", "b"), join("/", strings.Fields("x y z")...))

	bump := a.V.Bump
	bump("major")
	bump("patch")
	fmt.Println(a.V)
	less := Version.Less
	str := Version{3, 1, 4}.String
	fmt.Println(less(Version{1, 0, 0}, Version{1, 0, 1}), str())
	actions := map[string]func(string){"bump": b.V.Bump}
	actions["bump"]("major")
	fmt.Println(b.V)

	pin := Pinned{&b.V, "pinned"}
	show := pin.String
	pin.Bump("patch")
	fmt.Println(show(), pin.String(), pin, b.V, pin.Note)

	x := 1
	if x := x * 10; x > 5 {
		fmt.Println("inner", x)
		x := "shadow"
		fmt.Println(x)
	} else if y := x + 1; y > 0 {
		fmt.Println("never", y)
	}
	fmt.Println("outer", x)
	err := fmt.Errorf("outer")
	if true {
		_, err := parseVersion("bad")
		fmt.Println(err != nil)
	}
	fmt.Println(err)
}
