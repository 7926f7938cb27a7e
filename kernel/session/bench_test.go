package session

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

func BenchmarkExecuteTrivial(b *testing.B) {
	for _, c := range []struct {
		rich, noCheck bool
	}{{false, false}, {true, false}, {false, true}, {true, true}} {
		name := "plain"
		if c.rich {
			name = "rich"
		}
		if c.noCheck {
			name += "-unchecked"
		}
		b.Run(name, func(b *testing.B) {
			s := richSession()
			s.opts.RichValues, s.opts.NoCheck = c.rich, c.noCheck
			if _, err := s.Execute(context.Background(), "import \"fmt\"\nfmt.Sprint(1)", 0); err != nil {
				b.Fatal(err) // the checker's first cell lists the standard library
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := s.Execute(context.Background(), "1+1", i+1); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkGenericCopyAgain: a cell that uses a generic type the
// notebook uses already (its copy lowered again with fresh names of its
// own, told from the log's by sameLowered, not evaluated again).
func BenchmarkGenericCopyAgain(b *testing.B) {
	s := New(Options{})
	for i, c := range []string{bagCell, "b := &Bag[string]{xs: []string{\"a\"}}\nb.Count(\"a\")"} {
		if _, err := s.Execute(context.Background(), c, i+1); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(context.Background(), "c := &Bag[string]{xs: []string{\"x\"}}\nc.Count(\"x\")", i+3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSameLowered compares two lowerings of one copy (the copy of
// OrderedMap[string, Setting] of corpus 340, about 2 KB) that differ in
// their fresh names.
func BenchmarkSameLowered(b *testing.B) {
	src := func(n int) string {
		return strings.Repeat(fmt.Sprintf("func (m *mainꞏOrderedMapꞏstringꞏSetting) Keys() iterꞏSeqꞏstring {\n\treturn func(yield func(string) bool) {\n\t\tvar gofuturesState%[1]d int; var gofuturesRet%[2]d bool; m.All()(func(k string, _ Setting) bool { if gofuturesState%[1]d != 0 { gofuturesrt.RangeState(gofuturesState%[1]d) }; if !yield(k) { gofuturesRet%[2]d = true; gofuturesState%[1]d = 1; return false }; return true }); gofuturesState%[1]d = 2; if gofuturesRet%[2]d { return }\n\t}\n}\n", n, n+2), 4)
	}
	a, c := src(9), src(42)
	b.SetBytes(int64(len(a)))
	for i := 0; i < b.N; i++ {
		if !sameLowered(a, c) {
			b.Fatal("not the same")
		}
	}
}

// BenchmarkNamedBasicLoop sums a million values of a named float type in
// a cell's function: Celsius, declared from one of rt's bases (a type
// without methods, kernel/check's rebaseType), against a plain float64
// and a type with a method (yaegi's float64, as Celsius was before).
func BenchmarkNamedBasicLoop(b *testing.B) {
	s := richSession()
	decls := "type Celsius float64\ntype Temp float64\nfunc (Temp) unit() string { return \"t\" }\n" +
		"func sumC(n int) Celsius {\n\tvar s Celsius\n\tfor i := 0; i < n; i++ {\n\t\ts += Celsius(i) * 0.5\n\t}\n\treturn s\n}\n" +
		"func sumT(n int) Temp {\n\tvar s Temp\n\tfor i := 0; i < n; i++ {\n\t\ts += Temp(i) * 0.5\n\t}\n\treturn s\n}\n" +
		"func sumF(n int) float64 {\n\tvar s float64\n\tfor i := 0; i < n; i++ {\n\t\ts += float64(i) * 0.5\n\t}\n\treturn s\n}"
	if _, err := s.Execute(context.Background(), decls, 1); err != nil {
		b.Fatal(err)
	}
	for _, f := range []string{"sumC", "sumT", "sumF"} {
		b.Run(f, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Execute(context.Background(), "_ = "+f+"(1000000)", i+2); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// goDecls starts n goroutines, by a declared function (run) or a
// function literal (runLit), and waits for them.
const goDecls = `import "sync"
func work(i int, wg *sync.WaitGroup, out []int) { defer wg.Done(); out[i] = i }
func run(n int) {
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
}
func runLit(n int) {
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); out[i] = i }()
	}
	wg.Wait()
}`

// BenchmarkGoStatements is the cost of a goroutine a cell's go statement
// starts (ns/goroutine): as the session lowers it (each goroutine in a
// wrapper that recovers its panic for the traceback) against yaegi
// running the same source as written ("yaegi-"), in one run.
func BenchmarkGoStatements(b *testing.B) {
	const n = 10000
	for _, fn := range []string{"run", "runLit"} {
		b.Run("yaegi-"+fn, func(b *testing.B) {
			in := interp.New(interp.Options{})
			if err := in.Use(stdlib.Symbols); err != nil {
				b.Fatal(err)
			}
			// (yaegi v0.16.1 shares a loop's variable between iterations)
			src := strings.Replace(goDecls, "go func() { defer wg.Done(); out[i] = i }()", "go func(i int) { defer wg.Done(); out[i] = i }(i)", 1)
			if _, err := in.Eval(src); err != nil {
				b.Fatal(err)
			}
			v, err := in.Eval(fn)
			if err != nil {
				b.Fatal(err)
			}
			f := v.Interface().(func(int))
			for b.Loop() {
				f(n)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/goroutine")
		})
		b.Run("cell-"+fn, func(b *testing.B) {
			s := richSession()
			if _, err := s.Execute(context.Background(), goDecls, 1); err != nil {
				b.Fatal(err)
			}
			cell := fmt.Sprintf("%s(%d)", fn, n)
			i := 1
			for b.Loop() {
				i++
				if _, err := s.Execute(context.Background(), cell, i); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/goroutine")
		})
	}
}
