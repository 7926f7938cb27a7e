package snapshot

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib"
)

// newInterp returns an interpreter that ran srcs.
func newInterp(t testing.TB, srcs ...string) *Interp {
	t.Helper()
	in := interp.New(interp.Options{})
	if err := in.Use(stdlib.Symbols); err != nil {
		t.Fatal(err)
	}
	b := &Interp{In: in, Imports: map[string]string{}, Symbols: []interp.Exports{stdlib.Symbols}}
	for _, src := range srcs {
		if _, err := in.Eval(src); err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if strings.HasPrefix(src, "import") {
			// the tests import one package per line: import [name] "path"
			f := strings.Fields(strings.TrimPrefix(src, "import"))
			p := strings.Trim(f[len(f)-1], `"`)
			name := p[strings.LastIndex(p, "/")+1:]
			if len(f) == 2 {
				name = f[0]
			}
			b.Imports[name] = p
		}
	}
	return b
}

// snap encodes the named variables of b.
func snap(t testing.TB, b *Interp, names ...string) ([]byte, []Problem) {
	t.Helper()
	types := b.VarTypes()
	g := b.In.Globals()
	var vars []Var
	for _, n := range names {
		v, ok := g[n]
		if !ok {
			t.Fatalf("no variable %s", n)
		}
		vars = append(vars, Var{Name: n, Type: types[n], Value: v})
	}
	var buf bytes.Buffer
	probs, err := (&Encoder{TypeName: b.TypeName, PkgVar: b.PkgVarOf}).Encode(&buf, vars)
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), probs
}

// restore decodes data into b.
func restore(t testing.TB, b *Interp, data []byte) Restored {
	t.Helper()
	res, err := (&Decoder{Types: b, Var: b.Declare}).Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// eval evaluates expr in b and formats the result with %v.
func eval(t testing.TB, b *Interp, expr string) string {
	t.Helper()
	v, err := b.In.Eval(expr)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	if !v.IsValid() {
		return "<invalid>"
	}
	return fmt.Sprint(v.Interface())
}

func problemStrings(ps []Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.String())
	}
	sort.Strings(out)
	return out
}

type check struct{ expr, want string }

func roundTrip(t *testing.T, decls, cells []string, names []string, newDecls []string, checks []check) Restored {
	t.Helper()
	old := newInterp(t, append(append([]string(nil), decls...), cells...)...)
	data, encProbs := snap(t, old, names...)
	if len(encProbs) > 0 {
		t.Logf("encoding problems: %v", problemStrings(encProbs))
	}
	if newDecls == nil {
		newDecls = decls
	}
	fresh := newInterp(t, newDecls...)
	res := restore(t, fresh, data)
	for _, c := range checks {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
	return res
}

func TestBasicValues(t *testing.T) {
	res := roundTrip(t, nil, []string{
		`i := -42`, `u := uint8(200)`, `f := 3.25`, `s := "héllo"`, `b := true`, `c := 2+3i`,
		`var f32 float32 = 1.5`, `var r rune = 'x'`,
	}, []string{"i", "u", "f", "s", "b", "c", "f32", "r"}, nil, []check{
		{"i", "-42"}, {"u", "200"}, {"f", "3.25"}, {"s", "héllo"}, {"b", "true"}, {"c", "(2+3i)"},
		{"f32", "1.5"}, {"r", "120"}, {"i + 1", "-41"},
	})
	if len(res.Problems) > 0 || len(res.Vars) != 8 {
		t.Fatalf("%v %v", res.Vars, problemStrings(res.Problems))
	}
}

func TestSlicesMapsArrays(t *testing.T) {
	res := roundTrip(t, nil, []string{
		`data := make([]int, 1000)`, `for i := range data { data[i] = i * i }`,
		`names := []string{"a", "b", "c"}`,
		`grid := [2][3]float64{{1, 2, 3}, {4, 5, 6}}`,
		`m := map[string][]int{"x": {1, 2}, "y": nil}`,
		`var empty []int`,
		`bs := []byte("bytes")`,
		`nested := map[int]map[string]bool{1: {"t": true}}`,
	}, []string{"data", "names", "grid", "m", "empty", "bs", "nested"}, nil, []check{
		{"len(data)", "1000"}, {"data[999]", "998001"}, {"names", "[a b c]"}, {"grid", "[[1 2 3] [4 5 6]]"},
		{`m["x"]`, "[1 2]"}, {"len(m)", "2"}, {"empty == nil", "true"}, {"string(bs)", "bytes"},
		{"nested[1][\"t\"]", "true"},
	})
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}

const pointDecl = `type Point struct { X, Y int; label string }`

func TestCellStructs(t *testing.T) {
	res := roundTrip(t, []string{pointDecl, `type Path struct { Name string; Pts []Point; ByName map[string]*Point }`},
		[]string{
			`p := Point{1, 2, "a"}`,
			`path := Path{Name: "route", Pts: []Point{{1, 1, "s"}, {2, 2, "e"}}}`,
			`path.ByName = map[string]*Point{"s": &path.Pts[0]}`,
			`anon := struct{ A int; b string }{7, "z"}`,
		}, []string{"p", "path", "anon"}, nil, []check{
			{"p.X + p.Y", "3"}, {"p.label", "a"}, {"path.Pts[1].Y", "2"}, {`path.ByName["s"].label`, "s"},
			{"anon.A", "7"}, {"anon.b", "z"},
		})
	// &path.Pts[0] points into an element: a copy after the restore, and said so
	got := problemStrings(res.Problems)
	if len(got) != 1 || !strings.HasPrefix(got[0], "path: shares memory with another part of itself") {
		t.Fatal(got)
	}
}

func TestPointersToVariables(t *testing.T) {
	decls := []string{pointDecl}
	old := newInterp(t, append(decls, `p := Point{X: 1}`, `pp := &p`, `ptrs := []*Point{&p, pp}`, `arr := [3]int{1, 2, 3}`, `s := arr[:]`)...)
	data, _ := snap(t, old, "p", "pp", "ptrs", "arr", "s")
	fresh := newInterp(t, decls...)
	res := restore(t, fresh, data)
	got := problemStrings(res.Problems)
	if len(got) != 1 || !strings.HasPrefix(got[0], "s: shares memory with part of arr") {
		t.Errorf("problems: %v", got)
	}
	if _, err := fresh.In.Eval(`pp.X = 7`); err != nil {
		t.Fatal(err)
	}
	for _, c := range []check{{"p.X", "7"}, {"ptrs[0].X + ptrs[1].X", "14"}, {"s[2]", "3"}} {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

func TestSharingAndCycles(t *testing.T) {
	decls := []string{`type Node struct { V int; Next *Node }`, pointDecl}
	old := newInterp(t, append(decls,
		`a := &Point{X: 1}`, `b := a`,
		`n := &Node{V: 1}`, `n.Next = &Node{V: 2, Next: n}`,
		`s := []int{1, 2, 3, 4, 5}`, `s2 := s[1:3]`,
		`m := map[string]int{"k": 1}`, `m2 := m`,
	)...)
	data, _ := snap(t, old, "a", "b", "n", "s", "s2", "m", "m2")
	fresh := newInterp(t, decls...)
	res := restore(t, fresh, data)
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
	for _, c := range []check{
		{"a == b", "true"}, {"n.Next.Next == n", "true"}, {"n.Next.V", "2"},
	} {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
	if _, err := fresh.In.Eval(`b.X = 10; s2[0] = 20; m2["k"] = 30`); err != nil {
		t.Fatal(err)
	}
	for _, c := range []check{{"a.X", "10"}, {"s[1]", "20"}, {`m["k"]`, "30"}, {"cap(s2)", "4"}} {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("after writes through the other variable, %s = %s, want %s", c.expr, got, c.want)
		}
	}
}

func TestTypeGainsAndLosesFields(t *testing.T) {
	res := roundTrip(t, []string{pointDecl}, []string{`p := Point{1, 2, "a"}`, `ps := []Point{{3, 4, "b"}}`},
		[]string{"p", "ps"},
		[]string{`type Point struct { X int; Z float64; label string }`},
		[]check{{"p.X", "1"}, {"p.Z", "0"}, {"p.label", "a"}, {"ps[0].X", "3"}})
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}

func TestIncompatibleFieldReported(t *testing.T) {
	res := roundTrip(t, []string{pointDecl}, []string{`p := Point{1, 2, "a"}`}, []string{"p"},
		[]string{`type Point struct { X string; Y int8; label string }`},
		[]check{{"p.X", ""}, {"p.Y", "2"}, {"p.label", "a"}})
	got := problemStrings(res.Problems)
	if len(got) != 1 || !strings.Contains(got[0], "p.X: was an integer, is now string") {
		t.Fatalf("problems: %v", got)
	}
}

func TestInterfaces(t *testing.T) {
	decls := []string{
		`import "time"`,
		`type Shape interface { Area() float64 }`,
		`type Sq struct { S float64 }`,
		`func (s Sq) Area() float64 { return s.S * s.S }`,
		`type Circle struct { R float64 }`,
		`func (c *Circle) Area() float64 { return 3 * c.R * c.R }`,
		pointDecl,
	}
	res := roundTrip(t, decls, []string{
		`var sh Shape = Sq{2}`,
		`shapes := []Shape{Sq{1}, &Circle{1}}`,
		`var none Shape`,
		`var anyv any = Point{X: 5}`,
		`var anyp any = &Point{Y: 6}`,
		`vals := []any{1, "two", 3.0, []int{4}, map[string]int{"five": 5}, time.Second}`,
	}, []string{"sh", "shapes", "none", "anyv", "anyp", "vals"}, decls, []check{
		{"sh.Area()", "4"}, {"shapes[0].Area() + shapes[1].Area()", "4"}, {"none == nil", "true"},
		{"anyv.(Point).X", "5"}, {"anyp.(*Point).Y", "6"}, {"vals[1]", "two"}, {"vals[5]", "1s"},
		{"vals[4].(map[string]int)[\"five\"]", "5"},
	})
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}

func TestTimeAndBig(t *testing.T) {
	decls := []string{`import "time"`, `import "math/big"`}
	res := roundTrip(t, decls, []string{
		`tm := time.Date(2026, 11, 30, 1, 2, 3, 4, time.UTC)`,
		`d := 90 * time.Minute`,
		`bi := new(big.Int).Exp(big.NewInt(3), big.NewInt(100), nil)`,
		`br := big.NewRat(1, 3)`,
		`bf := new(big.Float).SetPrec(200).SetFloat64(1.5)`,
	}, []string{"tm", "d", "bi", "br", "bf"}, nil, []check{
		{"tm.Format(time.RFC3339Nano)", "2026-11-30T01:02:03.000000004Z"}, {"d", "1h30m0s"},
		{"bi.String()", "515377520732011331036461129765621272702107522001"}, {"br.String()", "1/3"},
		{"bf.Prec()", "200"},
	})
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}

func TestUnrestorableReported(t *testing.T) {
	decls := []string{`import "os"`, `import "sync"`, `type Job struct { Name string; Run func() int; mu sync.Mutex }`}
	old := newInterp(t, append(decls,
		`ch := make(chan int)`,
		`f := func() int { return 1 }`,
		`job := Job{Name: "j", Run: f}`,
		`file, _ := os.Open(os.DevNull)`, `out := os.Stdout`,
		`var mu sync.Mutex`,
		`var locked sync.Mutex`, `locked.Lock()`,
		`n := 5`,
	)...)
	data, encProbs := snap(t, old, "ch", "f", "job", "file", "out", "mu", "locked", "n")
	want := []string{
		"ch: not restored: a channel cannot be restored",
		"f: not restored: a func cannot be restored",
		"file: not restored: an os.File (an open file, connection, process or runtime state) cannot be restored",
		"job.Run: not restored: a func cannot be restored",
		"locked: not restored: a sync.Mutex in use (not a zero value) cannot be restored",
	}
	if len(encProbs) != len(want) {
		t.Errorf("encoding problems: %v", problemStrings(encProbs))
	}
	fresh := newInterp(t, decls...)
	res := restore(t, fresh, data)
	if got := problemStrings(res.Problems); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range []check{{"out == os.Stdout", "true"}, {"n", "5"}, {"job.Name", "j"}, {"job.Run == nil", "true"}, {"ch == nil", "true"}} {
		if got := eval(t, fresh, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
	// the unlocked mutex came back usable
	if _, err := fresh.In.Eval(`mu.Lock(); mu.Unlock(); job.mu.Lock()`); err != nil {
		t.Fatal(err)
	}
}

func TestRemovedTypeReported(t *testing.T) {
	decls := []string{pointDecl}
	res := roundTrip(t, decls, []string{`var v any = Point{X: 1}`, `k := 3`}, []string{"v", "k"}, []string{}, []check{{"k", "3"}})
	got := problemStrings(res.Problems)
	if len(got) != 1 || !strings.Contains(got[0], "v: its type Point no longer exists") {
		t.Fatalf("problems: %v", got)
	}
}

func TestCorruptSnapshot(t *testing.T) {
	old := newInterp(t, `x := []string{"a", "b"}`)
	data, _ := snap(t, old, "x")
	for cut := 0; cut < len(data); cut++ {
		fresh := newInterp(t)
		_, err := (&Decoder{Types: fresh, Var: fresh.Declare}).Decode(bytes.NewReader(data[:cut]))
		if err == nil {
			t.Fatalf("cut at %d: no error", cut)
		}
	}
	_ = reflect.Value{}
}
func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func TestErrors(t *testing.T) {
	decls := []string{`import "errors"`, `import "fmt"`, `import "strconv"`}
	res := roundTrip(t, decls, []string{
		`e1 := errors.New("plain")`,
		`e2 := fmt.Errorf("wrapped: %w", e1)`,
		`_, e3 := strconv.Atoi("x")`,
		`var none error`,
		`e4 := errors.Join(e1, e2)`,
		`e5 := fmt.Errorf("%w: and %w", e3, e1)`,
		`e6 := fmt.Errorf("%w", none)`,
	}, []string{"e1", "e2", "e3", "none", "e4", "e5", "e6"}, nil, []check{
		{"e1.Error()", "plain"}, {"e2.Error()", "wrapped: plain"},
		{"e3.Error()", `strconv.Atoi: parsing "x": invalid syntax`}, {"none == nil", "true"},
		{"errors.Unwrap(e2) == e1", "true"},
		{"fmt.Sprintf(\"%T %T %T\", e2, e4, e5)", "*fmt.wrapError *errors.joinError *fmt.wrapErrors"},
		{"errors.Is(e4, e1) && errors.Is(e5, e1) && errors.Is(e4, e2)", "true"},
		{"e5.Error()", `strconv.Atoi: parsing "x": invalid syntax: and plain`},
		{"e6.Error()", "%!w(<nil>)"},
	})
	// e3 is a *strconv.NumError (found by name); e6 wraps nil, which
	// fmt.Errorf cannot make again: errors.New of its message, reported
	got := problemStrings(res.Problems)
	if len(got) != 1 || !strings.HasPrefix(got[0], "e6: a *fmt.wrapError comes back as errors.New") {
		t.Fatalf("problems: %v", got)
	}
}

func TestPackageVariables(t *testing.T) {
	decls := []string{`import "io"`, `import "os"`, `import "strconv"`}
	res := roundTrip(t, decls, []string{
		`var w io.Writer = os.Stdout`,
		`f := os.Stderr`,
		`var e error = io.EOF`,
		`_, e2 := strconv.Atoi("x")`,
	}, []string{"w", "f", "e", "e2"}, nil, []check{
		{"w == io.Writer(os.Stdout)", "true"}, {"f == os.Stderr", "true"}, {"e == io.EOF", "true"},
		{"e2.(*strconv.NumError).Err == strconv.ErrSyntax", "true"},
	})
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}

func TestFlatStructs(t *testing.T) {
	decls := []string{`type Sample struct { T int64; V float64; Ok bool; C complex128 }`}
	cells := []string{
		`samples := make([]Sample, 100_000)`,
		`for i := range samples { samples[i] = Sample{int64(i), float64(i) / 2, i%2 == 0, complex(float64(i), 1)} }`,
		`window := samples[10:20]`,
		`var grid [4]Sample`, `grid[3].V = 9.5`,
	}
	checks := []check{
		{"samples[99_999].T", "99999"}, {"samples[7].V", "3.5"}, {"samples[8].Ok", "true"}, {"samples[5].C", "(5+1i)"},
		{"grid[3].V", "9.5"}, {"window[0].T", "10"},
	}
	// same layout: copied as memory; window still shares the array
	res := roundTrip(t, decls, cells, []string{"samples", "window", "grid"}, nil, checks)
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
	// a changed layout: field by field, by name
	res = roundTrip(t, decls, cells, []string{"samples", "window", "grid"},
		[]string{`type Sample struct { Note string; V float64; T int64; C complex128 }`},
		append(checks[:2:2], check{"samples[5].C", "(5+1i)"}, check{"grid[3].V", "9.5"}, check{"window[0].T", "10"}, check{"samples[3].Note", ""}))
	if len(res.Problems) > 0 {
		t.Fatal(problemStrings(res.Problems))
	}
}
