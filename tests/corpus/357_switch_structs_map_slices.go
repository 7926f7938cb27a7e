//go:build ignore

// A switch on struct values whose default clause, in the middle, is
// fallen into and falls through; windows of slices held in a map,
// one past the end recovered with Go's message.
package main

import "fmt"

type Point struct{ X, Y int }

type Move struct {
	From, To Point
}

//cell

func describe(m Move) (out []string) {
	switch m {
	case Move{Point{0, 0}, Point{0, 1}}:
		out = append(out, "up")
		fallthrough
	default:
		out = append(out, "move")
		fallthrough
	case Move{}:
		out = append(out, "done")
	case Move{To: Point{9, 9}}:
		out = append(out, "corner")
	}
	return out
}

//cell

func window(series map[string][]float64, name string, from, n int) (w []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", name, r)
		}
	}()
	return series[name][from : from+n], nil
}

//cell

func main() {
	for _, m := range []Move{{Point{0, 0}, Point{0, 1}}, {Point{1, 1}, Point{2, 2}}, {}, {To: Point{9, 9}}} {
		fmt.Println(m, describe(m))
	}
	series := map[string][]float64{"temp": {20.5, 21, 22.5, 23}, "wind": {3, 4}}
	for _, name := range []string{"temp", "wind", "rain"} {
		fmt.Println(window(series, name, 1, 2))
	}
	fmt.Println(window(series, "wind", 1, 3))
	fmt.Println(window(series, "rain", 0, 1))
}
