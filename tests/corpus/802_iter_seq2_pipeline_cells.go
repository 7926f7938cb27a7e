//go:build ignore

// Log analysis with iterators composed across cells: a generator of
// (line number, Entry) pairs as iter.Seq2 in the first cell, generic
// adapters Filter2, Map2, Take2 and Keys/Values declared in the next,
// iter.Pull2 to zip two sources, early break that must stop the
// generator (a cleanup message proves it), and a parse function fixed
// in a later cell.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Entry struct {
	Level string
	Msg   string
}

const logText = `INFO start
WARN disk 91%
INFO tick
ERROR lost db
bogus line without level
INFO tick
ERROR timeout
WARN disk 95%`

// first version: forgets to trim the level's case
var parse = func(line string) (Entry, bool) {
	lvl, msg, ok := strings.Cut(line, " ")
	if !ok || lvl != strings.ToUpper(lvl) || len(lvl) > 5 {
		return Entry{}, false
	}
	return Entry{lvl, msg}, true
}

func entries(text string) iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		defer fmt.Println("  (generator done)")
		for i, line := range strings.Split(text, "\n") {
			e, ok := parse(line)
			if !ok {
				continue
			}
			if !yield(i+1, e) {
				fmt.Println("  (stopped early at line", i+1, ")")
				return
			}
		}
	}
}

//cell

func Filter2[K, V any](s iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range s {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Map2[K, V, W any](s iter.Seq2[K, V], f func(V) W) iter.Seq2[K, W] {
	return func(yield func(K, W) bool) {
		s(func(k K, v V) bool { return yield(k, f(v)) })
	}
}

func Take2[K, V any](s iter.Seq2[K, V], n int) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for k, v := range s {
			if !yield(k, v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Keys[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

//cell

func isErr(_ int, e Entry) bool { return e.Level == "ERROR" }

func zip[A, B any](a iter.Seq2[int, A], b iter.Seq2[int, B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, stopA := iter.Pull2(a)
		defer stopA()
		nb, stopB := iter.Pull2(b)
		defer stopB()
		for {
			_, x, ok1 := na()
			_, y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

//cell

func main() {
	fmt.Println("all:")
	for n, e := range entries(logText) {
		fmt.Printf("%d %-5s %s\n", n, e.Level, e.Msg)
	}
	fmt.Println("errors:", slices.Collect(Keys(Filter2(entries(logText), isErr))))
	fmt.Println("first two upper-cased:")
	for n, m := range Take2(Map2(entries(logText), func(e Entry) string { return strings.ToUpper(e.Msg) }), 2) {
		fmt.Println(n, m)
	}
	counts := map[string]int{}
	for _, e := range entries(logText + "\nwarn lower case\nDEBUG x") {
		counts[e.Level]++
	}
	fmt.Println(slices.Sorted(maps.Keys(counts)), counts["WARN"])
	parse = func(line string) (Entry, bool) {
		lvl, msg, ok := strings.Cut(line, " ")
		lvl = strings.ToUpper(lvl)
		switch lvl {
		case "INFO", "WARN", "ERROR", "DEBUG":
			return Entry{lvl, msg}, ok
		}
		return Entry{}, false
	}
	counts = map[string]int{}
	for _, e := range entries(logText + "\nwarn lower case\nDEBUG x") {
		counts[e.Level]++
	}
	fmt.Println(slices.Sorted(maps.Keys(counts)), counts["WARN"])

	levels := Map2(entries(logText), func(e Entry) string { return e.Level })
	msgs := Map2(Filter2(entries(logText), func(n int, _ Entry) bool { return n%2 == 0 }), func(e Entry) int { return len(e.Msg) })
	for l, m := range zip(levels, msgs) {
		fmt.Print(l, ":", m, " ")
	}
	fmt.Println()
	next, stop := iter.Pull2(entries(logText))
	n, e, ok := next()
	fmt.Println(n, e, ok)
	stop()
	n, e, ok = next()
	fmt.Println(n, e, ok)
	fmt.Println(slices.Collect(Keys(Take2(entries(logText), 0))))
}
