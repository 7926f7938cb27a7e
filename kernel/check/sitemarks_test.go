package check

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

var markText = regexp.MustCompile(`gofuturesmk = (\d+); `)

// marksOf returns, for each line of src, the lines its marks name, and
// the tags they carry.
// lastMarked checks src, a cell, in nb, and returns its last declaration
// as lowered, with its marks (nil when none) and their tags, as marksOf.
func lastMarked(t *testing.T, nb *notebook, src string) (*Lowered, map[int][]int, map[int]bool) {
	t.Helper()
	p, err := cell.Split(src, 1)
	if err != nil {
		t.Fatal(err)
	}
	r, err := nb.c.Check(p)
	if err != nil {
		t.Fatal(err)
	}
	l := r.Decls[len(r.Decls)-1]
	got, tags := marksOf(l.Src)
	if len(got) == 0 {
		got = nil
	}
	return l, got, tags
}

func marksOf(src string) (map[int][]int, map[int]bool) {
	lines, tags := map[int][]int{}, map[int]bool{}
	for i, l := range strings.Split(src, "\n") {
		for _, m := range markText.FindAllStringSubmatch(l, -1) {
			v, _ := strconv.Atoi(m[1])
			lines[i+1] = append(lines[i+1], v&(1<<MarkLineBits-1))
			tags[v>>MarkLineBits] = true
		}
	}
	return lines, tags
}

// A body with several lines of a kind of runtime error stores a mark of
// the line before the outermost statement whose sites are on one line
// and that calls no function of the notebook's; a body where a mark
// could name another line than the one that ran stores none, as do a
// body with one line of each kind and one with a loop of map writes or
// divisions on several lines.
func TestSiteMarkers(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      map[int][]int // line of the lowered source: the lines its marks name
	}{
		{"loop of two sends", "func f(a, b chan int) {\n\tfor i := range 3 {\n\t\ta <- i\n\t\tb <- i\n\t}\n}",
			map[int][]int{3: {3}, 4: {4}}},
		{"loop of two map writes", "func f(a, b map[int]int) {\n\tfor i := range 3 {\n\t\ta[i] = 1\n\t\tb[i]++\n\t}\n}", nil},
		{"loop of two divisions", "func f(a, b int) (n int) {\n\tfor i := range 3 {\n\t\tn += i / a\n\t\tn += i % b\n\t}\n\treturn\n}", nil},
		{"mark before a loop of one line", "func f(a, b map[int]int) {\n\ta[0] = 1\n\tfor i := range 3 {\n\t\tb[i] = i\n\t}\n}",
			map[int][]int{2: {2}, 3: {4}}},
		{"calls in the loop", "func g() int { return 1 }\n\nfunc f(a, b map[int]int) {\n\ta[0] = 1\n\tfor i := range 3 {\n\t\tb[i] = g()\n\t}\n}",
			map[int][]int{4: {4}, 6: {6}}},
		{"condition of an if", "func f(x, y, z int) int {\n\tif x/y > 1 {\n\t\treturn x % z\n\t}\n\treturn 0\n}",
			map[int][]int{2: {2}, 3: {3}}},
		{"one line of each kind", "func f(m map[int]int, x, y int) int {\n\tm[0] = 1\n\treturn x / y\n}", nil},
		{"loop of one line", "func f(x, y int) int {\n\tn := x / y\n\tfor i := 0; i < x/y; i++ {\n\t\tn++\n\t}\n\treturn n\n}",
			map[int][]int{2: {2}, 3: {3}}},
		{"division in a loop's condition", "func f(x, y int) int {\n\tn := 0\n\tfor i := 0; i < x/y; i++ {\n\t\tn += x % y\n\t}\n\treturn n\n}", nil},
		{"deferred close", "func f(a, b chan int) {\n\tdefer close(a)\n\tclose(b)\n}", nil},
		{"nil dereferences on two lines", "type N struct {\n\tV int\n\tX *N\n}\n\nfunc f(n *N) int {\n\tv := n.V\n\tv++\n\treturn v + n.X.V\n}",
			map[int][]int{7: {7}, 9: {9}}},
		{"nil dereferences on two lines of a literal", "type N struct {\n\tV int\n\tX *N\n}\n\nfunc f(n *N) func() int {\n\treturn func() int {\n\t\tv := n.V\n\t\treturn v + n.X.V\n\t}\n}", nil},
		{"nil dereferences on two lines of a loop", "type N struct {\n\tV int\n\tX *N\n}\n\nfunc f(ns []*N) (v int) {\n\tfor _, n := range ns {\n\t\tv += n.V\n\t\tv += n.X.V\n\t}\n\treturn\n}", nil},
		{"else if", "func f(x, y int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if x/y > 0 {\n\t\treturn x % y\n\t}\n\treturn 0\n}", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			nb := newNotebook(t)
			nb.c.cfg.SiteMarker = "gofuturesmk"
			l, got, tags := lastMarked(t, nb, c.src)
			if !mapsEqual(got, c.want) {
				t.Errorf("marks %v, want %v in\n%s", got, c.want, l.Src)
			}
			if c.want != nil && (len(tags) != 1 || !tags[l.Mark]) {
				t.Errorf("tags %v, Mark %d", tags, l.Mark)
			}
			if c.want == nil && l.Mark != 0 {
				t.Errorf("Mark %d of a body without marks", l.Mark)
			}
		})
	}
}

// A function literal's marks carry its own tag (cell.Lit's Mark), not
// its function's.
func TestSiteMarkersLiteral(t *testing.T) {
	nb := newNotebook(t)
	nb.c.cfg.SiteMarker = "gofuturesmk"
	src := "func f(x, y int) func() int {\n\t_ = x / 2\n\treturn func() int {\n\t\ta := x / y\n\t\treturn a % y\n\t}\n}"
	r := nb.check(src)
	l := r.Decls[0]
	got, tags := marksOf(l.Src)
	if want := map[int][]int{4: {4}, 5: {5}}; !mapsEqual(got, want) {
		t.Errorf("marks %v, want %v in\n%s", got, want, l.Src)
	}
	if l.Mark != 0 || len(l.Lits) != 1 || l.Lits[0].Mark == 0 || len(tags) != 1 || !tags[l.Lits[0].Mark] {
		t.Errorf("Mark %d, Lits %+v, tags %v", l.Mark, l.Lits, tags)
	}
}

func mapsEqual(a, b map[int][]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if !slices.Equal(v, b[k]) {
			return false
		}
	}
	return true
}

// A write to a map the function made and never assigns again is no
// place a nil map write can come from.
func TestSitesMadeMap(t *testing.T) {
	nb := newNotebook(t)
	src := "func f(a map[int]int, xs []int) map[int]int {\n\tm := map[int]int{}\n\tvar n = make(map[int]bool)\n\tk := map[int]int{}\n\tfor _, x := range xs {\n\t\tm[x]++\n\t\tn[x] = true\n\t\ta[x] = 1\n\t\tk[x] = 2\n\t}\n\tk = nil\n\treturn m\n}"
	r := nb.check(src)
	if got, want := r.Decls[0].Sites[SiteNilMap], []int{8, 9}; !slices.Equal(got, want) {
		t.Errorf("nil map sites %v, want %v", got, want)
	}
}
