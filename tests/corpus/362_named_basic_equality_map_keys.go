//go:build ignore

// Interface values compare equal when their dynamic types and values
// are: any(3) is not any(ID(3)), a Celsius is not a float64 of the same
// value, and maps keyed by any keep them apart; a switch on an interface
// value compares the same way.
package main

import (
	"fmt"
	"sort"
)

type ID int
type Code int
type Celsius float64
type Tag string

//cell

type Event struct {
	Key  any
	Note string
}

func label(v any) string {
	switch v {
	case 1:
		return "int one"
	case ID(1):
		return "id one"
	case Tag("a"):
		return "tag a"
	case "a":
		return "string a"
	}
	return "none"
}

//cell

func main() {
	fmt.Println(any(3) == any(ID(3)), any(ID(3)) == any(ID(3)), any(ID(3)) == any(Code(3)))
	fmt.Println(any(Celsius(0)) == any(0.0), any(Tag("x")) == any("x"), any(Tag("x")) == any(Tag("x")))
	var a, b any = ID(7), ID(7)
	fmt.Println(a == b, a != any(7), a == ID(7))

	counts := map[any]int{}
	for _, k := range []any{1, ID(1), Code(1), 1, ID(1), "a", Tag("a"), Celsius(1), 1.0, Celsius(1)} {
		counts[k]++
	}
	fmt.Println(len(counts), counts[1], counts[ID(1)], counts[Code(1)], counts["a"], counts[Tag("a")], counts[Celsius(1)], counts[1.0])
	delete(counts, ID(1))
	_, stillInt := counts[1]
	_, stillID := counts[ID(1)]
	fmt.Println(len(counts), stillInt, stillID)

	var keys []string
	for k, n := range counts {
		keys = append(keys, fmt.Sprintf("%T:%v=%d", k, k, n))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	for _, v := range []any{1, ID(1), Tag("a"), "a", Code(1)} {
		fmt.Print(label(v), "; ")
	}
	fmt.Println()

	e1, e2, e3 := Event{ID(1), "x"}, Event{ID(1), "x"}, Event{1, "x"}
	fmt.Println(e1 == e2, e1 == e3)
	seen := map[Event]bool{e1: true}
	fmt.Println(seen[e2], seen[e3])
	arr1, arr2 := [2]any{ID(1), Tag("t")}, [2]any{1, "t"}
	fmt.Println(arr1 == arr2, arr1 == [2]any{ID(1), Tag("t")})
}
