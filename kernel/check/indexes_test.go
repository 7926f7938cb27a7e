package check

import (
	"strings"
	"testing"
)

// The checks of indexes the lowering cannot prove in range go before
// their statement where nothing it evaluates first may panic: an if
// that calls the compiled check only to panic, with one comparison
// where the index is not negative. A single target of = is checked after
// the right side's indexes (Go checks it when it assigns), and not
// before the statement when the right side calls a function; an index
// after a call stays in the expression.
func TestIndexPrecheckPlacement(t *testing.T) {
	src := "func f(s, a []int, str string, arr [4]int, p *[4]int, b []byte, i, j, k int, c byte, u uint) int {\n" +
		"\tv := s[i+1]\n" +
		"\tv += a[k] * s[0]\n" +
		"\ts[i] = a[j] + v\n" +
		"\ts[j] = g(i)\n" +
		"\tv += int(str[i]) + arr[j] + s[c] + a[u] + p[k]\n" +
		"\tfor n := 1; n < len(s)-1; n++ {\n" +
		"\t\tv += s[n+1] + s[n-1] + g(a[n]) + a[n-2]\n" +
		"\t}\n" +
		"\ts[i], a[j] = v, s[k]\n" +
		"\treturn v + s[i]\n}\nfunc g(i int) int { return i }"
	nb := newNotebook(t)
	r := nb.check(src)
	lines := strings.Split(r.Decls[0].Src, "\n")
	for n, want := range map[int]string{
		1: "\tif i+1 < 0 || i+1 >= len(s) { gofuturesrt.IndexL2(i+1, len(s)) }; v := s[i+1]",
		2: "\tif k < 0 || k >= len(a) { gofuturesrt.IndexL3(k, len(a)) }; if len(s) <= 0 { gofuturesrt.IndexL3(0, len(s)) }; v += a[k] * s[0]",
		3: "\tif j < 0 || j >= len(a) { gofuturesrt.IndexL4(j, len(a)) }; if i < 0 || i >= len(s) { gofuturesrt.IndexL4(i, len(s)) }; s[i] = a[j] + v",
		4: "\ts[gofuturesrt.IndexL5(j, len(s))] = g(i)",
		5: "\tif i < 0 || i >= len(str) { gofuturesrt.IndexL6(i, len(str)) }; if j < 0 || j >= len(arr) { gofuturesrt.IndexL6(j, len(arr)) }; " +
			"if int(c) >= len(s) { gofuturesrt.IndexL6(int(c), len(s)) }; if uint64(u) >= uint64(len(a)) { gofuturesrt.IndexUL6(uint64(u), len(a)) }; " +
			"if k < 0 || k >= len(p) { gofuturesrt.IndexL6(k, len(p)) }; v += int(str[i]) + arr[j] + s[c] + a[u] + p[k]",
		7: "\t\tif n+1 >= len(s) { gofuturesrt.IndexL8(n+1, len(s)) }; if n-1 >= len(s) { gofuturesrt.IndexL8(n-1, len(s)) }; if n >= len(a) { gofuturesrt.IndexL8(n, len(a)) }; " +
			"v += s[n+1] + s[n-1] + g(a[n]) + a[gofuturesrt.IndexL8(n-2, len(a))]",
		9:  "\tif k < 0 || k >= len(s) { gofuturesrt.IndexL10(k, len(s)) }; s[gofuturesrt.IndexL10(i, len(s))], a[gofuturesrt.IndexL10(j, len(a))] = v, s[k]",
		10: "\tif i < 0 || i >= len(s) { gofuturesrt.IndexL11(i, len(s)) }; return v + s[i]",
	} {
		if lines[n] != want {
			t.Errorf("line %d:\n got %s\nwant %s", n+1, lines[n], want)
		}
	}
}

// Indexes checked before their statement panic as Go's do, in Go's
// order: the right side of = before its target, an effect before the
// index first (and before a shift's count), the index right of && only
// when the left is true; in range they index as Go does.
func TestIndexPrecheckOrder(t *testing.T) {
	runSteps(t,
		step{"func f() int { fmt.Println(\"f called\"); return 1 }\n" +
			"func run(s []int, str string, p *[3]int, i, j int, b int8) (v int) {\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"rhs\", recover()) }()\n\t\ts[i] = s[i+1]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"rhs2\", recover()) }()\n\t\ts[i+1] = s[i]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"rhs3\", recover()) }()\n\t\ts[i], v = 7, s[i+1]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"op\", recover()) }()\n\t\ts[i] += s[i+2]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"call\", recover()) }()\n\t\tv = f() + s[i]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"and\", recover()) }()\n\t\tv = 0; ok := i < 0 && s[i] > 0; fmt.Println(ok)\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"str\", recover()) }()\n\t\tv = int(str[i-j])\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"neg\", recover()) }()\n\t\tv = s[b]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"nil\", recover()) }()\n\t\tv = p[j]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"nil2\", recover()) }()\n\t\tv = p[i]\n\t}()\n" +
			"\tfunc() {\n\t\tdefer func() { fmt.Println(\"shift\", recover()) }()\n\t\tv = f() << b\n\t}()\n" +
			"\ts[j] = s[j-1] + int(str[j])\n" +
			"\treturn v + s[j] + s[0]\n}", ""},
		step{"fmt.Println(run([]int{1, 2}, \"ab\", nil, 5, 1, -3))",
			"rhs runtime error: index out of range [6] with length 2\n" +
				"rhs2 runtime error: index out of range [5] with length 2\n" +
				"rhs3 runtime error: index out of range [6] with length 2\n" +
				"op runtime error: index out of range [5] with length 2\n" +
				"f called\ncall runtime error: index out of range [5] with length 2\n" +
				"false\nand <nil>\n" +
				"str runtime error: index out of range [4] with length 2\n" +
				"neg runtime error: index out of range [-3]\n" +
				"nil runtime error: invalid memory address or nil pointer dereference\n" +
				"nil2 runtime error: invalid memory address or nil pointer dereference\n" +
				"f called\nshift runtime error: negative shift amount\n" +
				"100\n"},
	)
}

// An index of an indexed operand (rows[i][col], b[r][c] of a pointer to
// an array of arrays) panics with Go's message, the operand's index
// checked first; a range loop's key over the operand is not checked.
func TestNestedIndexChecks(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype Board [3][3]byte\nfunc (b *Board) Set(r, c int, v byte) { b[r][c] = v }\n" +
			"func get(rows [][]int, i, col int) (v int) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn rows[i][col]\n}\n" +
			"func sum(rows [][]int, i int) (s int) {\n\tfor j := range rows[i] {\n\t\ts += rows[i][j]\n\t}\n\treturn s\n}", ""},
		step{"rows := [][]int{{1, 2}, {3}}\nget(rows, 1, 1)\nget(rows, 2, 0)\nget(rows, 0, -1)\nfmt.Println(sum(rows, 0), get(rows, 0, 1))", "runtime error: index out of range [1] with length 1\nruntime error: index out of range [2] with length 2\nruntime error: index out of range [-1]\n<nil>\n3 2\n"},
		step{"func put(b *Board, r, c int) {\n\tdefer func() { fmt.Println(recover()) }()\n\tb[r][c] = 'x'\n}", ""},
		step{"var b Board\nput(&b, 1, 3)\nb.Set(2, 2, 'y')\nfmt.Println(b[2])", "runtime error: index out of range [3] with length 3\n[0 0 121]\n"},
	)
}

// An index of a wide unsigned type out of range panics with its value
// unsigned and the length, as Go's (int(i) would read "[-1]"), in an
// expression, before a statement and of a call's result.
func TestIndexWideUnsigned(t *testing.T) {
	runStepsNoFrames(t,
		step{"import (\"fmt\"; \"strings\")\nfunc at(xs []string, k int) (s string) {\n\tdefer func() { fmt.Println(recover()) }()\n\ti := uint(k)\n\treturn xs[i]\n}\nfunc put(xs []int, k int) {\n\tdefer func() { fmt.Println(recover()) }()\n\txs[uint64(k)] = 1\n}\nfunc word(s string, k int) (w string) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn strings.Fields(s)[uint(k)]\n}", ""},
		step{"fmt.Println(at([]string{\"a\", \"b\"}, 1))\nat([]string{\"a\"}, -1)\nput(make([]int, 4), -2)\nword(\"a b\", -1)\nfmt.Println(word(\"a b\", 1))", "<nil>\nb\nruntime error: index out of range [18446744073709551615] with length 1\nruntime error: index out of range [18446744073709551614] with length 4\nruntime error: index out of range [18446744073709551615] with length 2\n<nil>\nb\n"},
	)
}

// A slice of a call's result panics with Go's message (yaegi v0.16.1:
// "reflect.Value.Slice: slice index out of bounds"), its bounds evaluated
// once, in order.
func TestSliceOfCallResult(t *testing.T) {
	runStepsNoFrames(t,
		step{"import (\"fmt\"; \"strings\")\nfunc cols(line string, n uint8) (f []string) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn strings.Split(line, \",\")[1:n]\n}\nfunc word(s string, i int) (w string) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn strings.TrimSpace(s)[i:]\n}\nvar k int\nfunc next() int { k++; return k }", ""},
		step{"fmt.Println(cols(\"a,b,c\", 3))\ncols(\"a,b,c\", 4)\nfmt.Println(word(\" ab \", 1))\nword(\"ab\", 3)\nfmt.Println(strings.Fields(\"a b c d\")[next():next()+1], k)\nfmt.Println(strings.Fields(\"a b\")[:1])", "<nil>\n[b c]\nruntime error: slice bounds out of range [:4] with capacity 3\n<nil>\nb\nruntime error: slice bounds out of range [3:2]\n[b c] 2\n[a]\n"},
	)
}

// An index of a call's result panics with Go's message; an element of
// one assigned is left as it is.
func TestIndexOfCallResult(t *testing.T) {
	runStepsNoFrames(t,
		step{"import (\"fmt\"; \"strings\")\nfunc field(line string, i int) (f string) {\n\tdefer func() { fmt.Println(recover()) }()\n\treturn strings.Fields(line)[i]\n}\nfunc mk() []int { return []int{1} }", ""},
		step{"field(\"a b\", 2)\nfmt.Println(field(\"a b\", 1), string([]rune(\"héllo\")[1]), \"xyz\"[1], strings.Split(\"a,b\", \",\")[uint8(1)])\nmk()[0] = 2\nfunc() { defer func() { fmt.Println(recover()) }(); _ = []rune(\"ab\")[5] }()", "runtime error: index out of range [2] with length 2\n<nil>\nb é 121 b\nruntime error: index out of range [5] with length 2\n"},
	)
}

// The result of a call that is indexed or sliced goes into a variable
// checked before its statement where nothing the statement evaluates
// first may panic or have an effect (no function literal, which costs
// about 4 µs a call in yaegi v0.16.1); elsewhere it goes through a
// function literal.
func TestCallResultPrecheckPlacement(t *testing.T) {
	src := "func f(line string, i int) (string, []string, string) {\n" +
		"\tw := strings.Fields(line)[2]\n" +
		"\trest := strings.Fields(line)[1:i]\n" +
		"\ttail := strings.TrimSpace(line)[i:]\n" +
		"\treturn w, rest, tail\n}\n" +
		"func g(s []int, line string, i int) []string {\n" +
		"\ts[i] = len(strings.Fields(line)[1:])\n" +
		"\ti = h(i) + len(strings.Fields(line)[1:])\n" +
		"\treturn strings.Fields(line)[:len(strings.Fields(line)[i:])]\n}\n" +
		"func h(i int) int { return i }"
	nb := newNotebook(t)
	nb.check("import \"strings\"")
	r := nb.check(src)
	lines := strings.Split(r.Decls[0].Src, "\n")
	gLines := strings.Split(r.Decls[1].Src, "\n")
	hoisted := func(l string) bool {
		return strings.Contains(l, " := strings.") && !strings.Contains(l, "func(")
	}
	for _, l := range []string{lines[1], lines[2], lines[3], gLines[7]} { // (s[i] is checked as it is assigned)
		if !hoisted(l) {
			t.Errorf("not checked before its statement: %s", l)
		}
	}
	for _, n := range []int{8, 9} { // (a call before it; a call's slice in the other's bound)
		if l := gLines[n]; hoisted(l) || !strings.Contains(l, "func(") {
			t.Errorf("line %d checked before its statement: %s", n+1, l)
		}
	}
}

// An index of a call's result that is indexed or sliced again
// (strings.Fields(l)[i][0], strings.Fields(l)[i][1:], m()[k][i]) panics
// with Go's message, also a three-index slice of a call's result; an
// element of an array or struct type, which may be assigned to or
// sliced in place, is left as it is.
func TestIndexOfCallResultIndexed(t *testing.T) {
	runStepsNoFrames(t,
		step{"import (\"fmt\"; \"strings\")\n" +
			"func first(l string, i int) byte { return strings.Fields(l)[i][0] }\n" +
			"func tail(l string, i int) string { return strings.Fields(l)[i][1:] }\n" +
			"func rows() [][]int { return [][]int{{1}, {2, 3}} }\n" +
			"func grid() [][2]int { return [][2]int{{1, 2}} }\n" +
			"func f3(l string) []string { s := strings.Split(l, \",\")[1:3:4]; return s }\n" +
			"func try(f func()) { defer func() { fmt.Println(recover()) }(); f() }", ""},
		step{"fmt.Println(first(\"ab cd\", 1), tail(\"ab cd\", 0), rows()[1][1], f3(\"a,b,c,d\"))\n" +
			"try(func() { first(\"ab\", 3) })\ntry(func() { first(\" \", 0) })\ntry(func() { first(\"ab \", 0); tail(\"a\", 2) })\n" +
			"try(func() { _ = rows()[0][1] })\ntry(func() { _ = rows()[2][0] })\ntry(func() { f3(\"a,b\") })\ntry(func() { _ = rows()[1][5:] })\n" +
			"grid()[0][1] = 5\ng := grid()[0][:1]\nfmt.Println(g)",
			"99 b 3 [b c]\n" +
				"runtime error: index out of range [3] with length 1\nruntime error: index out of range [0] with length 0\nruntime error: index out of range [2] with length 1\n" +
				"runtime error: index out of range [1] with length 1\nruntime error: index out of range [2] with length 2\nruntime error: slice bounds out of range [::4] with capacity 2\nruntime error: slice bounds out of range [5:2]\n" +
				"[1]\n"},
	)
}
