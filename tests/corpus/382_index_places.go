//go:build ignore

// Indexes the lowering checks, in the places where Go evaluates them: in
// conditions after && and ||, in a loop's condition, a switch tag, a go
// statement's arguments, a closure never called, a recovered panic in a
// function, an assignment of several values; len of a nil pointer to an
// array (a constant, no dereference); the last index out of range.
package main

import "fmt"

func get(s []int, i int) (v int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			v = -1
		}
	}()
	return s[i]
}

func f(calls *int) int { *calls++; return 1 }

//cell

func main() {
	s := []int{1, 2, 3}
	i := 2
	calls := 0
	if i < len(s) && s[i] > 0 {
		fmt.Println("ok", s[i])
	}
	j := 5
	if j < len(s) && s[j] > 0 {
		fmt.Println("never")
	}
	for k := 0; k < 10 && s[k%3] < 100; k += 4 {
		fmt.Print(k, " ")
	}
	fmt.Println()
	switch s[1] {
	case 2:
		fmt.Println("two")
	}
	fmt.Println(get(s, 1), get(s, 7))
	x := f(&calls) + get(s, 5)
	fmt.Println(x, calls)
	m := map[string][]int{"a": {1}}
	fmt.Println(len(m["b"]) == 0 || m["b"][0] > 0)
	t := 0
	for n := range 3 {
		t += s[n+0] * s[2-n]
	}
	fmt.Println(t)
	defer func() { fmt.Println("deferred", recover()) }()
	idx := 1
	go func(v int) { _ = v }(s[idx])
	fn := func() int { return s[idx+5] }
	_ = fn
	var p *[3]int
	fmt.Println(len(p))
	k := 4
	s[0], k = 9, 1
	fmt.Println(s[k], s)
	arr := [3]int{}
	z := 3
	_ = arr[z%3]
	fmt.Println(s[len(s)-1], s[k+1])
	fmt.Println(s[k+2])
}
