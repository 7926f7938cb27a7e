//go:build ignore

// Everyday Go in one notebook: a log in a string literal read line by
// line with bufio.Scanner and fmt.Sscanf (a bad line reported), closures
// capturing per-iteration loop variables, min/max with infinities, fmt
// verbs with widths, precision and * arguments, a recover into a named
// error, integer wrap-around, arrays copied by value and slices sharing
// them, struct map keys, bufio.Writer into a bytes.Buffer, strconv,
// strings.NewReplacer, clear, labeled break/continue, fallthrough, and
// ranging over a string's runes.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

const input = `# sensor log
t=12.5 h=40
t=13.0 h=38
bad line
t=-2.25 h=91

t=NaN h=0
`

//cell

func main() {
	type reading struct{ t, h float64 }
	var rs []reading
	sc := bufio.NewScanner(strings.NewReader(input))
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var r reading
		if _, err := fmt.Sscanf(line, "t=%g h=%g", &r.t, &r.h); err != nil {
			fmt.Printf("line %d: %q: %v\n", lineNo, line, err)
			continue
		}
		rs = append(rs, r)
	}
	fmt.Println(len(rs), rs)

	var funcs []func() float64
	for i, r := range rs {
		funcs = append(funcs, func() float64 { return r.t * float64(i) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range rs {
		if math.IsNaN(r.t) {
			continue
		}
		lo, hi = min(lo, r.t), max(hi, r.t)
	}
	fmt.Printf("%6.2f|%-8.3e|%g|%v|%x|%08.3f|%+d\n", lo, hi, hi*1e21, math.NaN(), 255, -3.14159, 42)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, math.Pi)

	safeDiv := func(a, b int) (q int, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		return a / b, nil
	}
	for _, b := range []int{3, 0, -2} {
		q, err := safeDiv(7, b)
		fmt.Println(q, err)
	}
	var x int8 = 127
	x++
	var u uint8 = 0
	u--
	fmt.Println(x, u, math.MaxInt64, uint64(math.MaxUint64), 7/-2, -7%3, 1<<10)

	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	s := a[:2]
	s2 := append(s, 100)
	fmt.Println(a, b, s, s2, a == [3]int{1, 2, 100}, len(s2), cap(s2))
	type pt struct{ X, Y int }
	m := map[pt]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(m, m[pt{1, 2}], pt{1, 2} == pt{1, 2})
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	fmt.Fprintf(w, "%s-%d", "x", 5)
	w.Flush()
	fmt.Println(buf.String(), buf.Len(), strconv.Quote("tab\there \u00e9"), strconv.FormatInt(-255, 16))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	clear(m)
	fmt.Println(len(m))

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 2:
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch n := 5; {
	case n > 3:
		fmt.Println("big")
		fallthrough
	case n > 10:
		fmt.Println("huge?")
	default:
		fmt.Println("small")
	}
	for i, c := range "héllo, 世界" {
		if c > 127 {
			fmt.Print(i, ":", string(c), " ")
		}
	}
	fmt.Println()
	e1 := errors.New("x")
	e2 := fmt.Errorf("ctx: %w", e1)
	fmt.Println(errors.Unwrap(e2) == e1, e2)
}
