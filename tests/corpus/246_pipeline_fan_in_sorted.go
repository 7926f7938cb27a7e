//go:build ignore

// A pipeline of stages connected by channels: a generator of words, a
// stage that several goroutines run to measure each word, a fan-in that
// merges their outputs, and a collector that sorts what arrived so the
// result does not depend on the interleaving.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
)

type Word struct {
	Seq  int
	Text string
}

type Measure struct {
	Word
	Vowels int
	Worker int
}

//cell

func generate(text string) <-chan Word {
	out := make(chan Word)
	go func() {
		defer close(out)
		for i, w := range strings.Fields(text) {
			out <- Word{i, w}
		}
	}()
	return out
}

func measure(id int, in <-chan Word) <-chan Measure {
	out := make(chan Measure)
	go func() {
		defer close(out)
		for w := range in {
			n := strings.Count(strings.ToLower(w.Text), "a") + strings.Count(strings.ToLower(w.Text), "e") +
				strings.Count(strings.ToLower(w.Text), "i") + strings.Count(strings.ToLower(w.Text), "o") +
				strings.Count(strings.ToLower(w.Text), "u")
			out <- Measure{w, n, id}
		}
	}()
	return out
}

func merge[T any](ins ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range in {
				out <- v
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

//cell

func main() {
	words := generate("An old silent pond a frog jumps into the pond splash Silence again")
	var stages []<-chan Measure
	for id := 1; id <= 3; id++ {
		stages = append(stages, measure(id, words))
	}
	var all []Measure
	workers := map[int]bool{}
	for m := range merge(stages...) {
		all = append(all, m)
		workers[m.Worker] = true
	}
	slices.SortFunc(all, func(a, b Measure) int {
		return cmp.Or(cmp.Compare(b.Vowels, a.Vowels), strings.Compare(a.Text, b.Text), cmp.Compare(a.Seq, b.Seq))
	})
	for _, m := range all {
		fmt.Printf("%2d %-8s %d\n", m.Seq, m.Text, m.Vowels)
	}
	fmt.Println("words:", len(all), "workers used <= 3:", len(workers) <= 3)
	bySeq := slices.Clone(all)
	slices.SortFunc(bySeq, func(a, b Measure) int { return a.Seq - b.Seq })
	var texts []string
	for _, m := range bySeq {
		texts = append(texts, m.Text)
	}
	fmt.Println(strings.Join(texts, " "))
}
