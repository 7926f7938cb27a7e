//go:build ignore

// A panic inside a goroutine, recovered there and reported as an error over a channel.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type result struct {
	id  int
	val int
	err error
}

func safeGo(id int, f func() int, out chan<- result) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				out <- result{id: id, err: fmt.Errorf("task %d panicked: %v", id, r)}
			}
		}()
		out <- result{id: id, val: f()}
	}()
}

//cell

func main() {
	out := make(chan result)
	tasks := []func() int{
		func() int { return 1 },
		func() int { panic("boom") },
		func() int { var m map[int]int; m[0] = 1; return 0 },
		func() int { panic(errors.New("an error")) },
	}
	for i, t := range tasks {
		safeGo(i, t, out)
	}
	var rs []result
	for range tasks {
		rs = append(rs, <-out)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Println(r.id, r.val, r.err)
	}
}
