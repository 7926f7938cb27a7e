//go:build ignore

// Functions that can fail at runtime in several places (divisions, map
// writes, assertions, sends and closes) recover each error and go on:
// what they compute and the errors they recover, place after place.
package main

import (
	"fmt"
	"strings"
)

//cell

func safely(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %v\n", name, r)
		}
	}()
	f()
}

func ratios(a, b, c int) (int, int) {
	x := a / b
	y := a % c
	return x, y
}

func record(hits, misses map[string]int, word string, hit bool) {
	if hit {
		hits[word]++
		return
	}
	misses[word] = misses[word] + 1
}

func describe(v any) string {
	switch {
	case strings.HasPrefix(fmt.Sprint(v), "#"):
		return "tag " + v.(string)
	default:
		return fmt.Sprint("number ", v.(int)*2)
	}
}

//cell

func main() {
	safely("ratios ok", func() { fmt.Println(ratios(7, 2, 3)) })
	safely("ratios b=0", func() { fmt.Println(ratios(7, 0, 3)) })
	safely("ratios c=0", func() { fmt.Println(ratios(7, 2, 0)) })
	hits := map[string]int{}
	safely("record hit", func() { record(hits, nil, "go", true) })
	safely("record miss", func() { record(hits, nil, "py", false) })
	fmt.Println(hits)
	safely("describe tag", func() { fmt.Println(describe("#go")) })
	safely("describe int", func() { fmt.Println(describe(21)) })
	safely("describe bad", func() { fmt.Println(describe(2.5)) })
	ch := make(chan int, 4)
	send := func(n int) {
		ch <- n
		if n > 1 {
			close(ch)
		}
		ch <- n * 10
	}
	safely("send 1", func() { send(1) })
	safely("send 2", func() { send(2) })
	for v := range ch {
		fmt.Println("got", v)
	}
}
