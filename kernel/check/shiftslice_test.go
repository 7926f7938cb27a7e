package check

import (
	"strings"
	"testing"
)

// tryCell is a statement that prints what expr panics with, recovered.
func tryCell(expr string) string {
	return "func() { defer func() { fmt.Println(recover()) }(); _ = " + expr + " }()\n"
}

// Slice expressions whose bounds are operations on names (s[i:i+n],
// s[i+1:], arr[:len(arr)+k]) panic with Go's messages and the cell's
// line (yaegi v0.16.1: "reflect.Value.Slice: slice index out of
// bounds"); in range, they slice as Go does.
func TestSliceComputedBounds(t *testing.T) {
	runSteps(t,
		step{"s := []int{1, 2, 3, 4, 5}\nstr := \"hello\"\narr := [5]int{1, 2, 3, 4, 5}\np := &arr\nfrom, n, k := 3, 4, 1\nvar b byte = 2\nfunc window(xs []int, from, n int) []int {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(r)\n\t\t}\n\t}()\n\treturn xs[from : from+n]\n}", ""},
		step{tryCell("s[from : from+n]") + tryCell("s[from+k : from-k]") + tryCell("s[from-n:]") + tryCell("s[:from-n]") +
			tryCell("s[from+n:]") + tryCell("s[int(b)+k : len(s)+k]") + tryCell("s[k*2 : n/k*2]") + "window(s, 3, 4)\n" +
			"fmt.Println(s[from-k:from+k], s[from+k:], s[:n-k], s[int(b)+k:len(s)], window(s, 1, 3))",
			"runtime error: slice bounds out of range [:7] with capacity 5\n" +
				"runtime error: slice bounds out of range [4:2]\n" +
				"runtime error: slice bounds out of range [-1:]\n" +
				"runtime error: slice bounds out of range [:-1]\n" +
				"runtime error: slice bounds out of range [7:5]\n" +
				"runtime error: slice bounds out of range [:6] with capacity 5\n" +
				"runtime error: slice bounds out of range [:8] with capacity 5\n" +
				"runtime error: slice bounds out of range [:7] with capacity 5\n" +
				"[3 4] [5] [1 2 3] [4 5] [2 3 4]\n"},
		step{tryCell("str[from : from+n]") + tryCell("str[from+k : from-k]") + tryCell("str[from+k+k+k:]") + tryCell("arr[from : from+n]") + tryCell("p[from-n:]") + tryCell("arr[n-k : k+1]") +
			"fmt.Println(str[from-k:from+k], arr[from+k:], p[:n-k])",
			"runtime error: slice bounds out of range [:7] with length 5\n" +
				"runtime error: slice bounds out of range [4:2]\n" +
				"runtime error: slice bounds out of range [6:5]\n" +
				"runtime error: slice bounds out of range [:7] with length 5\n" +
				"runtime error: slice bounds out of range [-1:]\n" +
				"runtime error: slice bounds out of range [3:2]\n" +
				"ll [5] [1 2 3]\n"},
		// a slice of a map's element, of a string sum
		step{"m := map[string][]int{\"k\": {1, 2}}\na, z := \"ab\", \"c\"\n" + tryCell(`m["k"][k : k+4]`) + tryCell("(a + z)[k+3:]") + "fmt.Println(m[\"k\"][k:k+1], (a + z)[k:k+2])",
			"runtime error: slice bounds out of range [:5] with capacity 2\nruntime error: slice bounds out of range [4:3]\n[2] bc\n"},
		// a slice of a slice: the inner's check first, in a statement
		// whose checks go before it and in one (the cell's) whose
		// checks stay in the expressions
		step{tryCell("s[from+n:][k : k+1]") + tryCell("s[k:][from : from+n]") + "fmt.Println(s[k:][from:from+k], s[k+k:][:n-k])", "runtime error: slice bounds out of range [7:5]\nruntime error: slice bounds out of range [:7] with capacity 4\n[5] [3 4 5]\n"},
		step{"defer func() { fmt.Println(recover()) }()\nfmt.Println(s[from+n:][k : k+1])", "runtime error: slice bounds out of range [7:5]\n"},
		step{"defer func() { fmt.Println(recover()) }()\nfmt.Println(s[k:][from : from+n])", "runtime error: slice bounds out of range [:7] with capacity 4\n"},
	)
}

// A slice's check goes before its statement only where that changes
// nothing: a panic the statement raises before the slice comes first, a
// slice on the right of && is not checked when the left is false, and
// a function called before the slice sees its effect.
func TestSlicePrecheckOrder(t *testing.T) {
	runSteps(t,
		step{"func first(a, s []int, k, i, j int) (v int) {\n\tdefer func() { fmt.Println(recover()) }()\n\tv = a[k] + len(s[i:j])\n\treturn v\n}\n" +
			"func guarded(s []int, n int) bool {\n\tok := n > 0 && len(s[:n-1]) > 0\n\treturn ok\n}\n" +
			"func grown(s []int, i int) []int {\n\tgrow := func() int { s = append(s, 9); return 0 }\n\tw := append([]int{grow()}, s[i:i+1]...)\n\treturn w\n}", ""},
		step{"first([]int{1}, []int{1, 2}, 3, 1, 5)\nfmt.Println(guarded(nil, 0), guarded([]int{1, 2}, 2))\nfmt.Println(grown([]int{1}, 1))",
			"runtime error: index out of range [3] with length 1\nfalse true\n[0 9]\n"},
	)
}

// A shift by a negative count held in a signed integer panics as Go's
// does (yaegi v0.16.1 shifted by the count as an unsigned number: 0),
// in an expression, an assignment (x <<= by) and a loop whose counter
// the body sets negative; counts of loops counting up from 0 are not
// checked, and shift as Go shifts.
func TestNegativeShift(t *testing.T) {
	runSteps(t,
		step{"by, k := -2, 3\nvar b8 int8 = -1\nvar v uint = 5\nx := 7\n" +
			"func shifted(v uint, by int) uint {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println(r)\n\t\t}\n\t}()\n\treturn v << by\n}\n" +
			"func back(n int) (t int) {\n\tdefer func() { fmt.Println(recover()) }()\n\tfor i := 0; i < n; i++ {\n\t\tif i == 2 && t < 100 {\n\t\t\tt, i = 100, -5\n\t\t}\n\t\tt += 1 << i\n\t}\n\treturn t\n}\n" +
			"func sum(n int) (t int) {\n\tfor i := 0; i < n; i++ {\n\t\tt += 1<<i + 1<<(i&7) + 256>>(n-i)\n\t}\n\tfor i := range n {\n\t\tt += 1 << i\n\t}\n\treturn t\n}", ""},
		step{tryCell("v << by") + tryCell("1 >> b8") + "shifted(1, k-4)\n" +
			"func() { defer func() { fmt.Println(recover()) }(); x <<= by }()\n" +
			"func() { defer func() { fmt.Println(recover()) }(); x >>= int64(b8) }()\n" +
			"back(4)\nfmt.Println(v<<k, 8>>k, shifted(3, k), sum(5), x)",
			"runtime error: negative shift amount\n" +
				"runtime error: negative shift amount\n" +
				"runtime error: negative shift amount\n" +
				"runtime error: negative shift amount\n" +
				"runtime error: negative shift amount\n" +
				"runtime error: negative shift amount\n" +
				"40 1 24 341 7\n"},
	)
}

// The checks of the common statements that index, slice and shift go
// before them (an if that calls the compiled check only to panic), in
// the order of the expressions; those of a statement that may panic
// before the shift (a call) stay in the expression.
func TestPrecheckPlacement(t *testing.T) {
	src := "func f(s []int, a []int, buf *strings.Builder, b []byte, i, j, k, by int) []int {\n" +
		"\tw := s[i : i+2]\n" +
		"\tbuf.Write(b[i:j])\n" +
		"\tw = append(w, s[i+1:j]...)\n" +
		"\tw[0] += a[k] + len(s[i:j])\n" +
		"\tw[1] = buf.Len() << by\n" +
		"\treturn s[i:j+1]\n}"
	nb := newNotebook(t)
	r := nb.check(src)
	lines := strings.Split(r.Decls[0].Src, "\n")
	for n, want := range map[int]string{
		1: "\tif i < 0 || i+2 < i || i+2 > cap(s) { gofuturesrt.SliceL2(i, i+2, cap(s)) }; w := s[i : i+2]",
		2: "\tif i < 0 || j < i || j > cap(b) { gofuturesrt.SliceL3(i, j, cap(b)) }; buf.Write(b[i:j])",
		3: "\tif i+1 < 0 || j < i+1 || j > cap(s) { gofuturesrt.SliceL4(i+1, j, cap(s)) }; w = append(w, s[i+1:j]...)",
		4: "\tif len(w) <= 0 { gofuturesrt.IndexL5(0, len(w)) }; if k < 0 || k >= len(a) { gofuturesrt.IndexL5(k, len(a)) }; if i < 0 || j < i || j > cap(s) { gofuturesrt.SliceL5(i, j, cap(s)) }; w[0] += a[k] + len(s[i:j])",
		6: "\tif i < 0 || j+1 < i || j+1 > cap(s) { gofuturesrt.SliceL7(i, j+1, cap(s)) }; return s[i:j+1]",
	} {
		if lines[n] != want {
			t.Errorf("line %d:\n got %s\nwant %s", n+1, lines[n], want)
		}
	}
	if !strings.Contains(lines[5], "gofuturesrt.ShiftL6(int64(by))") {
		t.Errorf("line 6: %s, want the shift's count checked in the expression", lines[5])
	}
}
