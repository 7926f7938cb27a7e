//go:build ignore

// A gradebook kept in slices: sorted with slices.Sort, SortFunc and the
// stable SortStableFunc (ties keep their order), searched with
// BinarySearch and BinarySearchFunc, cleaned with Compact and CompactFunc,
// edited with Insert, Delete, Replace and Reverse, and summarised with
// Max, MaxFunc, Index, IndexFunc, Contains and Chunk.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Student struct {
	Name  string
	Class string
	Score int
}

func (s Student) String() string { return fmt.Sprintf("%s/%s:%d", s.Name, s.Class, s.Score) }

type Book []Student

func (b Book) Names() []string {
	out := make([]string, len(b))
	for i, s := range b {
		out[i] = s.Name
	}
	return out
}

//cell

func byScoreDesc(a, b Student) int {
	return cmp.Compare(b.Score, a.Score)
}

func byClassThenName(a, b Student) int {
	return cmp.Or(
		strings.Compare(a.Class, b.Class),
		strings.Compare(a.Name, b.Name),
	)
}

func grade(score int) string {
	cuts := []int{50, 65, 80, 90}
	letters := []string{"F", "D", "C", "B", "A"}
	i, _ := slices.BinarySearch(cuts, score+1)
	return letters[i]
}

//cell

var book = Book{
	{"mia", "b", 88}, {"leo", "a", 72}, {"ana", "b", 95}, {"tom", "a", 88},
	{"zoe", "c", 61}, {"eli", "c", 72}, {"ivy", "a", 49}, {"max", "b", 72},
}

//cell

func main() {
	scores := make([]int, 0, len(book))
	for _, s := range book {
		scores = append(scores, s.Score)
	}
	slices.Sort(scores)
	fmt.Println("scores", scores)
	i, found := slices.BinarySearch(scores, 72)
	j, found2 := slices.BinarySearch(scores, 80)
	fmt.Println("72 at", i, found, "| 80 would go at", j, found2)
	distinct := slices.Compact(slices.Clone(scores))
	fmt.Println("distinct", distinct, len(distinct))

	stable := slices.Clone(book)
	slices.SortStableFunc(stable, byScoreDesc)
	fmt.Println("stable by score", stable)

	byClass := slices.Clone(book)
	slices.SortFunc(byClass, byClassThenName)
	fmt.Println("by class", byClass)

	// binary search in the sorted-by-class book for a class+name key
	pos, ok := slices.BinarySearchFunc(byClass, Student{Name: "max", Class: "b"}, byClassThenName)
	fmt.Println("max/b at", pos, ok)
	pos, ok = slices.BinarySearchFunc(byClass, "c", func(s Student, class string) int {
		return strings.Compare(s.Class, class)
	})
	fmt.Println("class c starts at", pos, ok, byClass[pos])

	// one student per class: CompactFunc keeps the first of each run
	heads := slices.CompactFunc(slices.Clone(byClass), func(a, b Student) bool { return a.Class == b.Class })
	fmt.Println("class heads", heads)

	best := slices.MaxFunc(book, func(a, b Student) int { return cmp.Compare(a.Score, b.Score) })
	worst := slices.MinFunc(book, func(a, b Student) int { return cmp.Compare(a.Score, b.Score) })
	fmt.Println("best", best, "worst", worst, "max score", slices.Max(scores))
	// MaxFunc returns the first maximal element
	fmt.Println("first 88:", slices.MaxFunc(book[:4], func(a, b Student) int { return cmp.Compare(a.Score%10, b.Score%10) }))

	fmt.Println("index of tom", slices.IndexFunc(book, func(s Student) bool { return s.Name == "tom" }),
		"index of 61", slices.Index(scores, 61), "has 100", slices.Contains(scores, 100))

	// editing: insert a late student at the right place, drop the failing
	late := Student{"bea", "a", 80}
	at, _ := slices.BinarySearchFunc(stable, late, byScoreDesc)
	stable = slices.Insert(stable, at, late)
	fmt.Println("after insert at", at, stable.Names())
	fail := slices.IndexFunc(stable, func(s Student) bool { return s.Score < 50 })
	stable = slices.Delete(stable, fail, fail+1)
	fmt.Println("after delete", stable.Names(), len(stable))
	stable = slices.DeleteFunc(stable, func(s Student) bool { return s.Class == "c" })
	fmt.Println("without class c", stable.Names())
	stable = slices.Replace(stable, 0, 2, Student{"top", "x", 100})
	fmt.Println("replaced", stable.Names())
	slices.Reverse(stable)
	fmt.Println("reversed", stable.Names())

	for _, s := range book {
		fmt.Print(s.Name, "=", grade(s.Score), " ")
	}
	fmt.Println()

	// report in pages of three with slices.Chunk
	page := 1
	for chunk := range slices.Chunk(byClass, 3) {
		fmt.Printf("page %d: %v (cap %d)\n", page, Book(chunk).Names(), cap(chunk))
		page++
	}

	fmt.Println("equal", slices.Equal(scores, slices.Sorted(slices.Values(scores))),
		"compare", slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]string{"b"}, []string{"a", "z"}))
	grown := slices.Grow([]int{1}, 10)
	fmt.Println("grow", len(grown), cap(grown) >= 11, "clip", cap(slices.Clip(grown)))
	fmt.Println("sorted?", slices.IsSorted(scores), slices.IsSortedFunc(book, byClassThenName))
}
