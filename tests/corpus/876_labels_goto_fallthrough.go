//go:build ignore

// Control flow corners: labeled break and continue out of nested for,
// switch and select statements, goto for a retry loop and a state
// machine, switch with fallthrough (into default and through several
// cases), switch with no condition and with an init statement, and a
// type switch inside a labeled loop.
package main

import (
	"fmt"
	"strings"
)

//cell

func findPair(nums []int, target int) (int, int, bool) {
	var i, j int
search:
	for i = 0; i < len(nums); i++ {
		for j = i + 1; j < len(nums); j++ {
			switch s := nums[i] + nums[j]; {
			case s == target:
				break search
			case s > target*10:
				continue search
			}
		}
	}
	if i == len(nums) {
		return -1, -1, false
	}
	return i, j, true
}

func grade(score int) string {
	var b strings.Builder
	switch {
	case score >= 90:
		b.WriteString("A")
		fallthrough
	case score >= 80:
		b.WriteString("B")
		fallthrough
	case score >= 70:
		b.WriteString("C")
	case score >= 60:
		b.WriteString("D")
	default:
		b.WriteString("F")
	}
	return b.String()
}

func weekday(d int) string {
	switch d {
	case 6:
		return "saturday"
	default:
		if d < 0 || d > 6 {
			return "invalid"
		}
		fallthrough
	case 0:
		return "not saturday"
	}
}

//cell

func collatzGoto(n int) (steps int) {
loop:
	if n == 1 {
		return
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto loop
	}
	n = 3*n + 1
	goto loop
}

func lexer(src string) []string {
	var toks []string
	i := 0
	var start int
start:
	if i >= len(src) {
		goto done
	}
	switch c := src[i]; {
	case c == ' ':
		i++
		goto start
	case c >= '0' && c <= '9':
		start = i
		goto number
	default:
		toks = append(toks, "op:"+string(c))
		i++
		goto start
	}
number:
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	toks = append(toks, "num:"+src[start:i])
	goto start
done:
	return toks
}

func attempt(n int) error {
	if n < 3 {
		return fmt.Errorf("attempt %d failed", n)
	}
	return nil
}

//cell

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))
	for _, s := range []int{95, 85, 75, 65, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, d := range []int{6, 3, 0, 9} {
		fmt.Print(weekday(d), ", ")
	}
	fmt.Println()
	fmt.Println(collatzGoto(27), collatzGoto(1), collatzGoto(6))
	fmt.Println(lexer("12 + 345*(6 - 78)"))

	tries := 0
retry:
	tries++
	if err := attempt(tries); err != nil {
		fmt.Println(err)
		goto retry
	}
	fmt.Println("succeeded after", tries)

	ch := make(chan int, 10)
	for i := range 10 {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v%3 == 0 {
				continue recv
			}
			sum += v
		}
	}
	fmt.Println("sum without multiples of 3:", sum)

	values := []any{1, "two", 3.0, nil, []int{4}, "stop", 7}
	count := 0
scan:
	for i, v := range values {
		switch x := v.(type) {
		case nil:
			continue scan
		case string:
			if x == "stop" {
				fmt.Println("stopped at", i)
				break scan
			}
			count += len(x)
		case int, float64:
			count++
		default:
			fmt.Printf("skip %T\n", x)
		}
	}
	fmt.Println("count", count)

	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
rows:
	for r, row := range matrix {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				continue rows
			}
		}
		fmt.Println("row", r, "ok")
	}

	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	case 6:
		fmt.Println("large")
	}
	i := 0
	for {
		i++
		switch {
		case i%2 == 0:
			continue
		case i > 7:
		}
		if i > 7 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println("i =", i)
}
