//go:build ignore

// Switch: values, lists, no condition, fallthrough.
package main

import "fmt"

func weekday(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	default:
		return "invalid"
	}
}

//cell

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

//cell

func main() {
	for _, d := range []int{0, 3, 6, 9} {
		fmt.Println(d, weekday(d))
	}
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Println(s, grade(s))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	switch s := "go"; {
	case len(s) == 2:
		fmt.Println("two letters")
		break
	default:
		fmt.Println("other")
	}
}
