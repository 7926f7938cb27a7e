//go:build ignore

// Course grades from an embedded CSV: parse rows into structs, then a small
// generic toolkit (Map, Filter, Reduce, GroupBy, Uniq) with constraints,
// grouping into maps of slices, and a multi-key stable sort with cmp.Or.
// A later cell swaps the letter-grade function the report uses.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

const gradesCSV = `student,course,term,score
ana,math,2024a,91
bo,math,2024a,78
cy,physics,2024a,85
ana,physics,2024b,67
di,math,2024b,88
bo,physics,2024b,93
cy,math,2024b,72
ed,chemistry,2024a,59
di,chemistry,2024b,81
ana,chemistry,2024a,95
bo,chemistry,2024a,78`

type Grade struct {
	Student string
	Course  string
	Term    string
	Score   int
}

func parseGrades(text string) []Grade {
	var out []Grade
	for i, line := range strings.Split(strings.TrimSpace(text), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(line, ",")
		n, err := strconv.Atoi(f[3])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		out = append(out, Grade{f[0], f[1], f[2], n})
	}
	return out
}

var grades = parseGrades(gradesCSV)

func init() {
	fmt.Println(len(grades), "grades; first:", grades[0])
}

//cell

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Uniq[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func Sum[N Number](xs []N) N {
	return Reduce(xs, N(0), func(a, b N) N { return a + b })
}

var scores = Map(grades, func(g Grade) int { return g.Score })

func init() {
	fmt.Println("scores:", scores, "sum:", Sum(scores))
	fmt.Println("students:", Uniq(Map(grades, func(g Grade) string { return g.Student })))
	passed := Filter(grades, func(g Grade) bool { return g.Score >= 80 })
	fmt.Println("passed:", len(passed))
}

//cell

// letter is a variable so that a later cell can swap the scale.
var letter = coarse

func coarse(score int) string {
	if score >= 90 {
		return "A"
	}
	if score >= 75 {
		return "B"
	}
	return "C"
}

func courseReport(gs []Grade) {
	byCourse := GroupBy(gs, func(g Grade) string { return g.Course })
	for _, course := range slices.Sorted(maps.Keys(byCourse)) {
		rows := byCourse[course]
		avg := float64(Sum(Map(rows, func(g Grade) int { return g.Score }))) / float64(len(rows))
		letters := Map(rows, func(g Grade) string { return letter(g.Score) })
		fmt.Printf("%-10s n=%d avg=%.2f letters=%s\n", course, len(rows), avg, strings.Join(letters, ""))
	}
}

func init() { courseReport(grades) }

//cell

// A finer scale: the report above picks it up when called again.
func finer(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func init() {
	letter = finer
	courseReport(grades)
}

//cell

func main() {
	sorted := slices.Clone(grades)
	slices.SortStableFunc(sorted, func(a, b Grade) int {
		return cmp.Or(
			cmp.Compare(b.Score, a.Score),
			strings.Compare(a.Course, b.Course),
			strings.Compare(a.Student, b.Student),
		)
	})
	for _, g := range sorted[:5] {
		fmt.Printf("%v %s\n", g, letter(g.Score))
	}
	best := Reduce(grades, map[string]Grade{}, func(m map[string]Grade, g Grade) map[string]Grade {
		if cur, ok := m[g.Student]; !ok || g.Score > cur.Score {
			m[g.Student] = g
		}
		return m
	})
	fmt.Println(best)
	byTerm := GroupBy(grades, func(g Grade) string { return g.Term })
	fmt.Println(len(byTerm["2024a"]), len(byTerm["2024b"]))
}
