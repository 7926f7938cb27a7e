package check

import (
	"fmt"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// notebook200 returns 20 cells of 10 lines each: types, methods, funcs
// and statements that use what cells before declared.
func notebook200() []string {
	var cells []string
	for i := range 20 {
		var b strings.Builder
		fmt.Fprintf(&b, "type T%d struct{ A, B int }\n", i)
		fmt.Fprintf(&b, "func (t T%d) Sum() int { return t.A + t.B }\n", i)
		fmt.Fprintf(&b, "func f%d(xs []int) (int, error) {\n", i)
		fmt.Fprintf(&b, "\ts := 0\n\tfor _, x := range xs {\n\t\ts += x\n\t}\n")
		fmt.Fprintf(&b, "\treturn s + T%d{1, 2}.Sum(), nil\n}\n", i)
		fmt.Fprintf(&b, "v%d, _ := f%d([]int{%d, 2})\n", i, i, i)
		fmt.Fprintf(&b, "fmt.Println(strings.Repeat(\"x\", v%d%%5))", i)
		cells = append(cells, b.String())
	}
	return cells
}

func BenchmarkCheck200(b *testing.B) {
	c := New(testImporter, Config{})
	cells := notebook200()
	for i, src := range cells[:19] {
		p, err := cell.Split(src, i+1)
		if err != nil {
			b.Fatal(err)
		}
		r, err := c.Check(p)
		if err != nil {
			b.Fatal(err)
		}
		r.Commit()
	}
	p, err := cell.Split(cells[19], 20)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIndexLoop measures what checked indexing costs an interpreted
// loop: the same loop over a slice, lowered (sub-benchmark "checked") and
// as written.
func BenchmarkIndexLoop(b *testing.B) {
	benchLoweredLoop(b, "sum", "func sum(a []int) int {\n\ts := 0\n\tfor i := 0; i < len(a); i++ {\n\t\ts += a[i]\n\t}\n\treturn s\n}", 1000)
}

// BenchmarkSliceLoop measures what the check of s[i:i+2] costs a loop
// that slices 1M times.
func BenchmarkSliceLoop(b *testing.B) {
	benchLoweredLoop(b, "pairs", "func pairs(s []int) int {\n\tt := 0\n\tfor i := 0; i < len(s)-2; i++ {\n\t\tw := s[i : i+2]\n\t\tt += len(w)\n\t}\n\treturn t\n}", 1_000_002)
}

// BenchmarkIndexNextLoop measures what the check of s[i+1], an index
// the lowering cannot prove in range, costs a loop that indexes 1M times.
func BenchmarkIndexNextLoop(b *testing.B) {
	benchLoweredLoop(b, "next", "func next(s []int) int {\n\tt := 0\n\tfor i := 0; i < len(s)-1; i++ {\n\t\tt += s[i+1]\n\t}\n\treturn t\n}", 1_000_001)
}

// BenchmarkIndexPrevLoop is BenchmarkIndexNextLoop for s[i] = s[i-1] +
// 1 (i counts up from 1: s[i-1]'s check is one comparison; s[i], of a
// loop bounded by len(s), is not checked).
func BenchmarkIndexPrevLoop(b *testing.B) {
	benchLoweredLoop(b, "prev", "func prev(s []int) int {\n\tfor i := 1; i < len(s); i++ {\n\t\ts[i] = s[i-1] + 1\n\t}\n\treturn s[len(s)-1]\n}", 1_000_001)
}

// BenchmarkIndexVarLoop is BenchmarkIndexNextLoop for s[i+k], an index
// that may be negative (two comparisons).
func BenchmarkIndexVarLoop(b *testing.B) {
	benchLoweredLoop(b, "varidx", "func varidx(s []int) int {\n\tt, k := 0, s[0]+1\n\tfor i := 0; i < len(s)-1; i++ {\n\t\tt += s[i+k]\n\t}\n\treturn t\n}", 1_000_001)
}

// BenchmarkShiftLoop measures what the check of a signed shift count
// costs a loop computing 1<<i 1M times.
func BenchmarkShiftLoop(b *testing.B) {
	benchLoweredLoop(b, "shifts", "func shifts(s []int) int {\n\tt := 0\n\tfor i := 0; i < len(s); i++ {\n\t\tt += 1 << i\n\t}\n\treturn t\n}", 1_000_000)
}

// BenchmarkShiftVarLoop is BenchmarkShiftLoop for a count whose sign
// the lowering does not know (checked before the statement).
func BenchmarkShiftVarLoop(b *testing.B) {
	benchLoweredLoop(b, "shifts", "func shifts(s []int) int {\n\tt, by := 0, s[0]\n\tfor i := 0; i < len(s); i++ {\n\t\tt += i << by\n\t}\n\treturn t\n}", 1_000_000)
}

// benchLoweredLoop measures the interpreted function fn of src, a
// func([]int) int, called on a slice of n ints: lowered (sub-benchmark
// "checked") and as written ("plain"), in time and in the CPU time of
// its thread.
func benchLoweredLoop(b *testing.B, fn, src string, n int) {
	for _, lowered := range []bool{false, true} {
		name := "plain"
		if lowered {
			name = "checked"
		}
		b.Run(name, func(b *testing.B) {
			nb := newNotebook(&testing.T{})
			code := src
			if lowered {
				p, _ := cell.Split(src, 1)
				r, err := nb.c.Check(p)
				if err != nil {
					b.Fatal(err)
				}
				code = r.Decls[0].Src
				for _, i := range r.Decls[0].Imports {
					if _, err := nb.in.Eval(i.Source()); err != nil {
						b.Fatal(err)
					}
				}
			}
			if _, err := nb.in.Eval(code); err != nil {
				b.Fatal(err)
			}
			f, err := nb.in.Eval(fn)
			if err != nil {
				b.Fatal(err)
			}
			call := f.Interface().(func([]int) int)
			a := make([]int, n)
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			start, calls := threadCPU(), 0
			for b.Loop() {
				call(a)
				calls++
			}
			// (the benchmarks share the machine: its CPU time is steadier)
			b.ReportMetric(float64(threadCPU()-start)/float64(calls), "cpu-ns/op")
		})
	}
}

// BenchmarkCheckTrivial is the checker's share of a trivial cell.
func BenchmarkCheckTrivial(b *testing.B) {
	c := New(testImporter, Config{Marker: "m.At"})
	p, _ := cell.Split("import \"fmt\"\nfmt.Sprint(1)", 1)
	r, err := c.Check(p)
	if err != nil {
		b.Fatal(err)
	}
	r.Commit()
	p, _ = cell.Split("1+1", 2)
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheckFmt200 checks a 200-line cell, 100 of whose lines are
// fmt calls with arguments of the notebook's types (lowered through
// rt.Fmt: 10 struct types, half of them Stringers, 3 error types, an
// interface), after the cell that declared them.
func BenchmarkCheckFmt200(b *testing.B) {
	c := New(testImporter, Config{})
	var decls strings.Builder
	decls.WriteString("type Shape interface{ Area() float64 }\n")
	for i := range 10 {
		fmt.Fprintf(&decls, "type T%d struct{ a, b int; next *T%d; tags map[string]int; err error; s Shape }\n", i, i)
		fmt.Fprintf(&decls, "func (t T%d) Area() float64 { return 1 }\n", i)
		if i%2 == 0 {
			fmt.Fprintf(&decls, "func (t T%d) String() string { return \"t\" }\n", i)
		}
	}
	for i := range 3 {
		fmt.Fprintf(&decls, "type E%d struct{ code int }\nfunc (e *E%d) Error() string { return \"e\" }\n", i, i)
	}
	p, err := cell.Split("import \"fmt\"\n"+decls.String(), 1)
	if err != nil {
		b.Fatal(err)
	}
	r, err := c.Check(p)
	if err != nil {
		b.Fatal(err)
	}
	r.Commit()
	var stmts strings.Builder
	stmts.WriteString("var err error\nn := 0\n")
	for i := range 99 {
		fmt.Fprintf(&stmts, "fmt.Printf(\"%%v %%+v %%d\\n\", T%d{a: %d}, []*T%d{nil}, err)\n", i%10, i, i%10)
		fmt.Fprintf(&stmts, "n += %d\n", i)
	}
	p, err = cell.Split(stmts.String(), 2)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := c.Check(p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSiteMarks measures what the marks of the line running
// (sitemarks.go) cost interpreted code: each loop of 100000 iterations
// lowered without marks ("plain") and with ("marked"). A function calling
// another and a loop of one map write store none; a loop whose function
// writes maps on another line too stores one before the loop; a loop
// whose body writes maps on two lines stores none (hotLoop); a function
// dividing on two lines stores two per call.
func BenchmarkSiteMarks(b *testing.B) {
	for _, c := range []struct {
		name, src string
		marks     bool // whether f stores marks
	}{
		{"call", "func g(i int) int { return i + 1 }\nfunc f(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += g(i)\n\t}\n\treturn s\n}", false},
		{"map-write", "func f(n int) int {\n\tm := map[int]int{}\n\tfor i := 0; i < n; i++ {\n\t\tm[i&63] = i\n\t}\n\treturn len(m)\n}", false},
		{"map-write-and-another", "func f(n int) int {\n\tm := map[int]int{}\n\tm, _ = m, 0\n\tm[-1] = 0\n\tfor i := 0; i < n; i++ {\n\t\tm[i&63] = i\n\t}\n\treturn len(m)\n}", true},
		{"two-map-writes-in-loop", "func f(n int) int {\n\tm, k := map[int]int{}, map[int]int{}\n\tm, k = m, k\n\tfor i := 0; i < n; i++ {\n\t\tm[i&63] = i\n\t\tk[i&31] = i\n\t}\n\treturn len(m) + len(k)\n}", false},
		{"call-of-two-divisions", "func g(i, a, b int) int {\n\tq := i / a\n\treturn q + i%b\n}\nfunc f(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += g(i, 3, 7)\n\t}\n\treturn s\n}", false},
	} {
		for _, marked := range []bool{false, true} {
			name := c.name + "/plain"
			if marked {
				name = c.name + "/marked"
			}
			b.Run(name, func(b *testing.B) {
				nb := newNotebook(&testing.T{})
				if marked {
					nb.c.cfg.SiteMarker = "gofuturesmk"
					if _, err := nb.in.Eval("var gofuturesmk int"); err != nil {
						b.Fatal(err)
					}
				}
				p, _ := cell.Split(c.src, 1)
				r, err := nb.c.Check(p)
				if err != nil {
					b.Fatal(err)
				}
				for _, l := range r.Decls {
					if strings.HasPrefix(l.Src, "func f") && strings.Contains(l.Src, "gofuturesmk =") != (marked && c.marks) || strings.HasPrefix(l.Src, "func g") && strings.Contains(l.Src, "gofuturesmk =") != (marked && c.name == "call-of-two-divisions") {
						b.Fatalf("marks in\n%s", l.Src)
					}
					for _, i := range l.Imports {
						if _, err := nb.in.Eval(i.Source()); err != nil {
							b.Fatal(err)
						}
					}
					if _, err := nb.in.Eval(l.Src); err != nil {
						b.Fatal(err)
					}
				}
				v, err := nb.in.Eval("f")
				if err != nil {
					b.Fatal(err)
				}
				f := v.Interface().(func(int) int)
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				start, n := threadCPU(), 0
				for b.Loop() {
					f(100000)
					n++
				}
				// (the benchmarks share the machine: its CPU time is steadier)
				b.ReportMetric(float64(threadCPU()-start)/float64(n)/100000, "cpu-ns/iter")
			})
		}
	}
}

// threadCPU returns the CPU time the calling thread used, in ns.
func threadCPU() int64 {
	var r syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_THREAD, &r)
	return r.Utime.Nano() + r.Stime.Nano()
}

// BenchmarkMapKeyLoop measures what rt's keys cost a loop of 1000 m[k]++
// on a map keyed by error (mapkeys.go): keys of a cell's type held in
// errors ("cell"), compiled errors ("compiled"), the same where no cell
// type is an error and the lowering leaves the map alone ("plain"),
// against strings ("string"), in time and in the CPU time of its thread.
func BenchmarkMapKeyLoop(b *testing.B) {
	loops := "var compiledKeys = []error{io.EOF, io.ErrShortWrite, io.ErrNoProgress}\nvar stringKeys = []string{\"a\", \"b\", \"c\"}\n" +
		"func compiled(n int) int {\n\tm := map[error]int{}\n\tfor i := 0; i < n; i++ {\n\t\tm[compiledKeys[i%3]]++\n\t}\n\treturn len(m)\n}\n" +
		"func str(n int) int {\n\tm := map[string]int{}\n\tfor i := 0; i < n; i++ {\n\t\tm[stringKeys[i%3]]++\n\t}\n\treturn len(m)\n}"
	cells := "type E struct{ c int }\nfunc (e E) Error() string { return fmt.Sprint(\"e\", e.c) }\nvar cellKeys = []error{E{1}, E{2}, E{3}}\n" +
		"func cell(n int) int {\n\tm := map[error]int{}\n\tfor i := 0; i < n; i++ {\n\t\tm[cellKeys[i%3]]++\n\t}\n\treturn len(m)\n}\n"
	plain, lowered := newNotebook(&testing.T{}), newNotebook(&testing.T{})
	if _, err := plain.run("import \"io\"\n" + loops); err != nil {
		b.Fatal(err)
	}
	if _, err := lowered.run("import \"io\"\nimport \"fmt\"\n" + cells + loops); err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, fn string
		nb       *notebook
	}{{"cell", "cell", lowered}, {"compiled", "compiled", lowered}, {"plain", "compiled", plain}, {"string", "str", lowered}} {
		b.Run(c.name, func(b *testing.B) {
			f, err := c.nb.in.Eval(c.fn)
			if err != nil {
				b.Fatal(err)
			}
			call := f.Interface().(func(int) int)
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			start, calls := threadCPU(), 0
			for b.Loop() {
				if call(1000) != 3 {
					b.Fatal("not 3 keys")
				}
				calls++
			}
			b.ReportMetric(float64(threadCPU()-start)/float64(calls), "cpu-ns/op")
		})
	}
}
