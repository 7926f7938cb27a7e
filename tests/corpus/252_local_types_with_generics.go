//go:build ignore

// Types declared inside main used with the generic slices and maps
// functions, with results gathered from goroutines through a channel,
// and a select with default that tries to send without blocking.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z')
	})
}

//cell

var lines = []string{
	"The quick brown fox jumps over the lazy dog.",
	"A lazy afternoon; the dog sleeps.",
	"Quick, quick! The fox is back.",
}

//cell

func main() {
	type count struct {
		Word string
		N    int
	}
	type partial struct {
		Line   int
		Counts map[string]int
	}
	parts := make(chan partial, len(lines))
	var wg sync.WaitGroup
	for i, l := range lines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m := map[string]int{}
			for _, w := range words(l) {
				m[w]++
			}
			parts <- partial{i, m}
		}()
	}
	wg.Wait()
	close(parts)
	collected := slices.Collect(func(yield func(partial) bool) {
		for p := range parts {
			if !yield(p) {
				return
			}
		}
	})
	slices.SortFunc(collected, func(a, b partial) int { return cmp.Compare(a.Line, b.Line) })
	total := map[string]int{}
	for _, p := range collected {
		fmt.Println("line", p.Line, "distinct", len(p.Counts))
		for w, n := range p.Counts {
			total[w] += n
		}
	}
	var counts []count
	for _, w := range slices.Sorted(maps.Keys(total)) {
		counts = append(counts, count{w, total[w]})
	}
	slices.SortStableFunc(counts, func(a, b count) int { return cmp.Compare(b.N, a.N) })
	fmt.Println(counts[:5])
	i, found := slices.BinarySearchFunc(slices.Sorted(maps.Keys(total)), "fox", strings.Compare)
	fmt.Println("fox at", i, found)
	idx := slices.IndexFunc(counts, func(c count) bool { return c.Word == "dog" })
	fmt.Printf("%T %+v\n", counts[idx], counts[idx])
	groups := map[int][]string{}
	for _, c := range counts {
		groups[c.N] = append(groups[c.N], c.Word)
	}
	for _, n := range slices.Backward(slices.Sorted(maps.Keys(groups))) {
		fmt.Println(n, len(groups[n]), slices.Contains(groups[n], "the"))
	}

	alerts := make(chan count, 1)
	sent, dropped := 0, 0
	for _, c := range counts[:4] {
		select {
		case alerts <- c:
			sent++
		default:
			dropped++
		}
	}
	fmt.Println("sent", sent, "dropped", dropped, "first", <-alerts)
}
