//go:build ignore

// A grade book whose main declares its summary variables after the
// statements that fill the book: the average's initializer divides by
// the number of graded students, and the last course has none, so the
// integer division panics inside the initializer's call, between two
// var declarations.
package main

import (
	"fmt"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
}

// total sums the scores of the students who have any, and counts them.
func total(ss []Student) (sum, graded int) {
	for _, s := range ss {
		if len(s.Scores) == 0 {
			continue
		}
		graded++
		for _, v := range s.Scores {
			sum += v
		}
	}
	return sum, graded
}

//cell

// average is the mean total score of the graded students, in whole points.
func average(ss []Student) int {
	sum, graded := total(ss)
	return sum / graded
}

func summary(course string, ss []Student) string {
	var names []string
	for _, s := range ss {
		names = append(names, s.Name)
	}
	var avg = average(ss)
	var line = fmt.Sprintf("%s: %s avg %d", course, strings.Join(names, ","), avg)
	return line
}

//cell

func main() {
	var book = map[string][]Student{}
	book["math"] = append(book["math"], Student{"ada", []int{90, 80}}, Student{"bob", []int{70}})
	book["art"] = append(book["art"], Student{"cy", nil})
	var first = summary("math", book["math"])
	fmt.Println(first)
	var sum, graded = total(book["art"])
	fmt.Println("art:", sum, graded)
	var second = summary("art", book["art"])
	fmt.Println(second)
}
