package check

import (
	"fmt"
	"go/types"
	"reflect"
	"strings"
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// Values of cell types print through fmt as in a Go program (each want
// is what go run prints).
func TestFmtCellTypes(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype point struct{ x, y int }\ntype Pair struct {\n\tName  string\n\tInner *point\n}", ""},
		step{`p := point{1, 2}
fmt.Printf("%v %+v %#v %T %T\n", p, p, p, p, &p)
fmt.Printf("%+v %#v\n", Pair{"q", nil}, Pair{"r", nil})
fmt.Printf("%v %+v\n", &Pair{"s", nil}, []*point{nil})`,
			"{1 2} {x:1 y:2} main.point{x:1, y:2} main.point *main.point\n" +
				"{Name:q Inner:<nil>} main.Pair{Name:\"r\", Inner:(*main.point)(nil)}\n&{s <nil>} [<nil>]\n"},
	)
}

func TestFmtMethods(t *testing.T) {
	runSteps(t,
		step{`import "fmt"
type Color int
func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }
type Point struct{ X, Y int }
func (p *Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
type Both struct{}
func (Both) String() string { return "string" }
func (Both) Error() string { return "error" }
type Money int
func (m Money) GoString() string { return "Money!" }
type Wrapper struct {
	C Color
	c Color
	P Point
	Q *Point
}`, ""},
		step{`fmt.Println([]Color{2, 0}, map[Color]int{1: 1, 0: 2}, Both{})
fmt.Printf("%d %s %q %x %5v|\n", Color(1), Color(1), Color(1), Color(0), Color(2))
fmt.Printf("%v %+v\n", Wrapper{2, 2, Point{1, 2}, &Point{3, 4}}, Wrapper{Q: &Point{5, 6}})
fmt.Printf("%#v %v\n", []Money{1}, Money(2))
var cp *Color
fmt.Println(cp, []*Point{nil}[0] == nil)`,
			"[Blue Red] map[Red:2 Green:1] error\n1 Green \"Green\" 526564  Blue|\n" +
				"{Blue 2 {1 2} (3,4)} {C:Red c:0 P:{X:0 Y:0} Q:(5,6)}\n[]main.Money{Money!} 2\n<nil> true\n"},
	)
}

func TestFmtErrorsAndInterfaces(t *testing.T) {
	runSteps(t,
		step{`import ("errors"; "fmt")
type NotFound struct{ key string }
func (e *NotFound) Error() string { return "not found: " + e.key }
type code int
func (c code) Error() string { return fmt.Sprint("code ", int(c)) }
type item struct{ name string }
type Shape interface{ Area() int }
type sq struct{ s int }
func (q sq) Area() int { return q.s * q.s }`, ""},
		step{`var err error = &NotFound{"k"}
var c error = code(7)
fmt.Println(err, c, []error{c, err})
w := fmt.Errorf("wrap: %w (%v)", err, code(3))
var nf *NotFound
fmt.Println(w, errors.As(w, &nf), nf.key)
fmt.Printf("%+v %v\n", []any{item{"a"}, 1, code(2)}, map[string]any{"k": item{"b"}})
fmt.Printf("%+v\n", struct{ s Shape; t Shape }{s: sq{2}})`,
			"not found: k code 7 [code 7 not found: k]\nwrap: not found: k (code 3) true k\n" +
				"[{name:a} 1 code 2] map[k:{b}]\n{s:{s:2} t:<nil>}\n"},
	)
}

// What the interpreter's recover returns (a reflect.Value of the panic
// value) prints as the panic value, as fmt prints a reflect.Value.
func TestFmtRecovered(t *testing.T) {
	runSteps(t,
		step{`import ("errors"; "fmt")
type result struct{ err error }
func try(v any) (r result) {
	defer func() {
		if p := recover(); p != nil {
			r.err = fmt.Errorf("panicked: %v", p)
		}
	}()
	panic(v)
}`, ""},
		step{`fmt.Println(try(errors.New("an error")).err, try("boom").err)`,
			"panicked: an error panicked: boom\n"},
	)
}

func TestFmtInFunctions(t *testing.T) {
	runSteps(t,
		step{`import ("fmt"; "log"; "strings")
type temp float64
func (t temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }
func report(ts map[string][]temp) string {
	type row struct{ city string; max temp }
	var rows []row
	for _, c := range []string{"b", "a"} {
		rows = append(rows, row{c, ts[c][0]})
	}
	return fmt.Sprintf("%+v", rows)
}`, ""},
		// fmt calls no method of an unexported field's value
		step{`fmt.Println(report(map[string][]temp{"a": {1}, "b": {2.5}}))
var sb strings.Builder
log.SetOutput(&sb)
log.SetFlags(0)
log.Printf("%v", []temp{3})
fmt.Print(sb.String())`, "[{city:b max:2.5} {city:a max:1}]\n[3.0°]\n"},
	)
}

// Only arguments whose static types involve cell types are lowered.
func TestFmtLoweredOnlyForCellTypes(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t, step{"import \"fmt\"\ntype T struct{ a int }\nfunc (T) String() string { return \"t\" }", ""})
	lowered := func(src string) (string, []*cell.Decl) {
		t.Helper()
		p, err := cell.Split(src, 2)
		if err != nil {
			t.Fatal(err)
		}
		r, err := nb.c.Check(p)
		if err != nil {
			t.Fatal(err)
		}
		return r.Stmts.Src, r.Generated
	}
	for _, src := range []string{
		`fmt.Println(1, "x", []int{2}, map[string]bool{})`,
		`var e error; fmt.Println(e)`, // no cell type is an error
		`fmt.Printf("%T %p\n", T{}, &T{})`,
		`fmt.Printf(fmt.Sprint("%v"), T{})`, // the format is not a constant
	} {
		if got, gen := lowered(src); strings.Contains(got, rtName+".Fmt") || len(gen) > 0 {
			t.Errorf("%s: lowered to\n%s", src, got)
		}
	}
	// explicit indexes: the first argument is %T's and %v's (%T is
	// given its name, appended), the second only %v's
	got, _ := lowered(`fmt.Printf("%[2]v %[1]T|%[1]v", T{}, T{})`)
	if strings.Count(got, rtName+".Fmt(") != 2 || !strings.Contains(got, `"%[2]v %[3]s|%[1]v", `+rtName+".Fmt(") || !strings.HasSuffix(got, `, "main.T")`) {
		t.Errorf("indexed: lowered to\n%s", got)
	}
	got, gen := lowered("fmt.Println(T{}, []T{}, T{})")
	if strings.Count(got, rtName+".Fmt(") != 3 || len(gen) != 2 || !strings.HasPrefix(gen[0].Names[0], FmtDeclPrefix) {
		t.Errorf("lowered to\n%s\nwith %d declarations", got, len(gen))
	}
}

// goName spells types as reflect does.
func TestGoName(t *testing.T) {
	for _, c := range []struct {
		t    types.Type
		want reflect.Type
	}{
		{types.NewSlice(types.Typ[types.Byte]), reflect.TypeFor[[]byte]()},
		{types.NewMap(types.Typ[types.String], types.NewInterfaceType(nil, nil)), reflect.TypeFor[map[string]any]()},
		{types.NewChan(types.SendOnly, types.Typ[types.Rune]), reflect.TypeFor[chan<- rune]()},
		{types.NewChan(types.SendRecv, types.NewChan(types.RecvOnly, types.Typ[types.Int])), reflect.TypeFor[chan (<-chan int)]()},
		{types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewParam(0, nil, "a", types.Typ[types.Int]),
			types.NewParam(0, nil, "b", types.NewSlice(types.Typ[types.String]))),
			types.NewTuple(types.NewParam(0, nil, "", types.Typ[types.Bool]), types.NewParam(0, nil, "", types.Universe.Lookup("error").Type())), true),
			reflect.TypeFor[func(int, ...string) (bool, error)]()},
		{types.NewStruct([]*types.Var{types.NewField(0, nil, "A", types.Typ[types.Int], false)}, []string{`json:"a"`}),
			reflect.TypeFor[struct {
				A int `json:"a"`
			}]()},
		{types.NewArray(types.Typ[types.Float64], 3), reflect.TypeFor[[3]float64]()},
	} {
		if got := goName(c.t); got != c.want.String() {
			t.Errorf("goName(%s) = %q, want %q", c.t, got, c.want.String())
		}
	}
}

func TestIndexedVerbs(t *testing.T) {
	for f, want := range map[string]string{
		"%v %T":            "v0 T1",
		"%[2]v %[1]T %v":   "v1 T0 v1",
		"%*d %-*.[1]*x|%%": "d1 x1",
		"%[3]*.[2]*[1]f":   "f0",
	} {
		var got []string
		for _, v := range indexedVerbs(f) {
			got = append(got, fmt.Sprintf("%c%d", v.verb, v.arg))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%q: got %v, want %s", f, got, want)
		}
	}
}

// A notebook type of a basic underlying type (type literal float64) in a
// field of a notebook interface prints with its String method: the
// printer took the float64 the interpreter handed it for a compiled type.
func TestFmtBasicNamedInInterfaceField(t *testing.T) {
	runSteps(t,
		step{"type Expr interface{ String() string }\ntype literal float64\nfunc (l literal) String() string { return fmt.Sprintf(\"%g\", float64(l)) }\ntype binary struct {\n\top rune\n\tx, y Expr\n}\nfunc (b binary) String() string { return fmt.Sprintf(\"(%s %c %s)\", b.x, b.op, b.y) }", ""},
		step{"var e Expr = binary{'/', literal(9), literal(3)}\nfmt.Println(e)\nb := binary{'+', literal(1), literal(2)}\nfmt.Println(b.String())", "(9 / 3)\n(1 + 2)\n"},
	)
}

// Values of generic types declared in cells, instantiated, print through
// their String methods, with generic functions, constraints and methods
// around them, inside slices too (the lowering spells kernel/cell/mono's
// copies of the instances).
func TestFmtGenericInstances(t *testing.T) {
	runSteps(t,
		step{`type Number interface{ ~int | ~int64 | ~float64 }
type Celsius float64
func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
func Sum[T Number](xs []T) T { var s T; for _, x := range xs { s += x }; return s }
func Map[T, U any](xs []T, f func(T) U) []U { out := make([]U, 0, len(xs)); for _, x := range xs { out = append(out, f(x)) }; return out }
type Pair[K comparable, V any] struct { Key K; Val V }
func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }
type List[T any] struct { items []T }
func (l *List[T]) Add(v T) *List[T] { l.items = append(l.items, v); return l }
func (l *List[T]) Each(f func(int, T)) { for i, v := range l.items { f(i, v) } }
func Keys[M ~map[K]V, K comparable, V any](m M) []K { var ks []K; for k := range m { ks = append(ks, k) }; return ks }
type Set[T comparable] map[T]struct{}
func (s Set[T]) Add(v T) { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
type Stringer interface{ String() string }
func JoinAll[T Stringer](xs []T) string { var parts []string; for _, x := range xs { parts = append(parts, x.String()) }; return strings.Join(parts, ", ") }
`, ""},
		step{"fmt.Println(Sum([]Celsius{1.5, 2}), Sum([]int{1, 2, 3}))\nfmt.Println(Map([]int{1, 2}, func(i int) Celsius { return Celsius(i) }))\np := Pair[string, int]{\"a\", 1}\nfmt.Println(p, []Pair[string, int]{p}, p.String())\nl := &List[string]{}\nl.Add(\"x\").Add(\"y\").Each(func(i int, s string) { fmt.Print(i, s, \";\") })\nfmt.Println()\nks := Keys(map[string]bool{\"k\": true})\nfmt.Println(ks)\ns := Set[int]{}\ns.Add(3)\nfmt.Println(s.Has(3), s.Has(4), len(s))\nfmt.Println(JoinAll([]Celsius{1, 2}))", "3.5°C 6\n[1.0°C 2.0°C]\na=1 [a=1] a=1\n0x;1y;\n[k]\ntrue false 1\n1.0°C, 2.0°C\n"},
	)
}

// An instance of a generic type with a type argument declared in a cell
// (Pair[string, Point]) prints: the printer's table left it out, as yaegi
// v0.16.1 cannot spell it ("reflect.StructOf: field 1 has invalid name"
// crashed the cell).
func TestFmtGenericInstanceOfCellType(t *testing.T) {
	runSteps(t,
		step{"type Point struct{ X, Y int }\ntype Celsius float64\ntype Pair[K comparable, V any] struct {\n\tK K\n\tV V\n}", ""},
		step{"pr := Pair[string, Point]{\"a\", Point{5, 5}}\nc := Pair[Celsius, []*Point]{1.5, nil}\nfmt.Println(pr, c)\nfmt.Printf(\"%+v\\n\", pr)", "{a {5 5}} {1.5 []}\n{K:a V:{X:5 Y:5}}\n"},
	)
}

// Instances of generic notebook types, a cell's type among the type
// arguments too, print through their methods inside slices and maps and
// encode as json encodes them (unexported fields left out): the tables
// spell kernel/cell/mono's copies of the instances.
func TestGenericInstancesPrintedAndEncoded(t *testing.T) {
	runSteps(t,
		step{"type Result[V any] struct { Val V; secret string; Err string `json:\"err,omitempty\"` }\nfunc (r Result[V]) String() string { return fmt.Sprint(\"ok:\", r.Val) }\nfunc wrap[V any](v V) Result[V] { return Result[V]{Val: v, secret: \"s\"} }\ntype Point struct{ X int }", ""},
		step{"r := wrap(3)\nb, _ := json.Marshal(r)\nfmt.Println(string(b), []Result[int]{r}, map[string]Result[int]{\"a\": r})\nq := wrap(Point{1})\nfmt.Println(q, []Result[Point]{q})\nc, _ := json.Marshal([]Result[Point]{q})\nfmt.Println(string(c))", "{\"Val\":3} [ok:3] map[a:ok:3]\nok:{1} [ok:{1}]\n[{\"Val\":{\"X\":1}}]\n"},
	)
}

// A value of a struct type declared inside a function, put in an "any"
// and printed outside it (where no table of the lowering's knows the
// type), prints its unexported fields with their names and its type as
// main.item, as Go does (in a notebook that declares a struct type of
// its own: then fmt gets an interface{} argument described).
func TestFmtLocalStructInAny(t *testing.T) {
	runSteps(t,
		step{"type P struct{ x int }\nfunc f2() any {\n\ttype item struct{ s string; N int; Xray bool }\n\treturn []item{{\"x\", 1, true}}\n}\nfunc f3() any {\n\ttype pair struct{ k string; v int }\n\treturn pair{\"a\", 2}\n}", ""},
		step{"fmt.Printf(\"%+v %+v\\n\", f2(), f3())\nfmt.Printf(\"%#v\\n\", f3())", "[{s:x N:1 Xray:true}] {k:a v:2}\nmain.pair{k:\"a\", v:2}\n"},
	)
}

// A value of a notebook type that is neither a struct nor has a method
// fmt calls, held by an interface with methods (a slice type in a
// sort.Interface, a named int in a notebook interface), prints as its
// value: yaegi v0.16.1 printed its wrapper ({[{1} {2}] 0x50ee20 …}).
func TestFmtNonStructInInterfaceWithMethods(t *testing.T) {
	runSteps(t,
		step{"type byN []int\nfunc (b byN) Len() int { return len(b) }\nfunc (b byN) Less(i, j int) bool { return b[i] < b[j] }\nfunc (b byN) Swap(i, j int) { b[i], b[j] = b[j], b[i] }\ntype Sizer interface{ Size() int }\ntype Count int\nfunc (c Count) Size() int { return int(c) }", ""},
		step{"var s sort.Interface = byN{2, 1}\nsort.Sort(s)\nvar z Sizer = Count(3)\nfmt.Println(s, z)\nfmt.Printf(\"%v %d\\n\", s, z)", "[1 2] 3\n[1 2] 3\n"},
	)
}

// fmt's complaint about a verb that does not suit a notebook type of a
// basic underlying type names the type as Go does (it named the
// interpreter's rt.StringN0).
func TestFmtBadVerbNamesNotebookType(t *testing.T) {
	runSteps(t,
		step{"type Name string\ntype Count int", ""},
		step{"fmt.Printf(\"%d %s %v|%t\\n\", Name(\"n\"), Count(3), Name(\"ok\"), Count(1))", "%!d(main.Name=n) %!s(main.Count=3) ok|%!t(main.Count=1)\n"},
	)
}

// A format ending inside a directive ("%", "%5") reports NOVERB before
// the unused operands, as fmt does: the %v the lowering appends for
// rt.Extra must not complete that directive.
func TestFmtExtraAfterOpenVerb(t *testing.T) {
	runSteps(t,
		step{"import \"fmt\"\ntype N int", ""},
		step{`fmt.Println(fmt.Sprintf("abc%", N(1)))
fmt.Println(fmt.Sprintf("abc%5", N(1)))
fmt.Println(fmt.Sprintf("%d%", 1, N(2)))`,
			"abc%!(NOVERB)%!(EXTRA main.N=1)\nabc%!(NOVERB)%!(EXTRA main.N=1)\n1%!(NOVERB)%!(EXTRA main.N=2)\n"},
	)
}

// %#v of a value whose type holds a notebook type of a basic type
// without methods (a []Name, a map[string]Celsius, a struct with a Name
// field) names it main.Name as Go does: the value went to fmt as it was,
// and fmt named the rt base yaegi declares the type from
// ([]rt.StringN0{"a"}).
func TestSharpVNamedBasics(t *testing.T) {
	runSteps(t,
		step{"type Name string\ntype Celsius float64", ""},
		step{`ns := []Name{"a"}
var a any = map[string]Celsius{"x": 1.5}
fmt.Printf("%#v %#v %v %T\n", ns, a, ns, ns)
s := fmt.Sprintf("%+#v|%#v", struct{ N Name; L [1]Celsius }{"q", [1]Celsius{2}}, Name("x"))
fmt.Println(s)`, "[]main.Name{\"a\"} map[string]main.Celsius{\"x\":1.5} [a] []main.Name\nstruct { N main.Name; L [1]main.Celsius }{N:\"q\", L:[1]main.Celsius{2}}|\"x\"\n"},
	)
}

// A String or Error method that fmt calls and that dereferences a nil
// pointer prints Go's runtime error in fmt's PANIC note (yaegi's was
// "reflect: call of reflect.Value.Interface on zero Value"); a value
// given to panic prints as it is.
func TestFmtMethodPanicRuntimeError(t *testing.T) {
	runStepsNoFrames(t,
		step{"type Acct struct {\n\tName string\n\tbal  *int\n}\n\nfunc (a Acct) String() string { return fmt.Sprintf(\"%s:%d\", a.Name, *a.bal) }\n\ntype Bad struct{ m map[string]int }\n\nfunc (b *Bad) Error() string { b.m[\"x\"] = 1; return \"bad\" }\n\ntype Boom int\n\nfunc (Boom) String() string { panic(\"boom\") }", ""},
		step{"n := 5\nfmt.Println(Acct{\"a\", &n}, Acct{\"b\", nil})\nfmt.Printf(\"%s|%v\\n\", Acct{\"c\", nil}, []any{Acct{\"d\", nil}})\nvar err error = &Bad{}\nfmt.Println(err, Boom(1))",
			"a:5 %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)\n%!s(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)|[%!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)]\n%!v(PANIC=Error method: assignment to entry in nil map) %!v(PANIC=String method: boom)\n"},
	)
}

// A method a template calls that dereferences a nil pointer fails the
// execution with Go's runtime error ("error calling Balance: runtime
// error: invalid memory address or nil pointer dereference"; yaegi's was
// "reflect: call of reflect.Value.Set on zero Value").
func TestTemplateMethodPanicRuntimeError(t *testing.T) {
	runStepsNoFrames(t,
		step{"import (\"strings\"; \"text/template\")\ntype Acct struct {\n\tName string\n\tbal  *int\n}\n\nfunc (a Acct) Balance() int { return *a.bal }", ""},
		step{"var sb strings.Builder\nerr := template.Must(template.New(\"t\").Parse(\"{{.Name}} {{.Balance}}\")).Execute(&sb, Acct{\"x\", nil})\nfmt.Println(sb.String(), \"|\", err)",
			"x  | template: t:1:12: executing \"t\" at <.Balance>: error calling Balance: runtime error: invalid memory address or nil pointer dereference\n"},
	)
}

// A method promoted from an embedded field of interface type is the
// value's String (or MarshalJSON, or a template's method) for fmt, json
// and text/template, as in Go; the lowering's calls of it spell the path
// (yaegi v0.16.1 panics "invalid interface value" calling it through the
// struct).
func TestFmtMethodsPromotedFromEmbeddedInterface(t *testing.T) {
	runSteps(t,
		step{`import ("encoding/json"; "fmt"; "strings"; "text/template")
type Named interface{ String() string }
type Circle struct{ R float64 }
func (c Circle) String() string { return fmt.Sprint("circle ", c.R) }
func (c Circle) MarshalJSON() ([]byte, error) { return []byte("\"c\""), nil }
type Shape interface {
	Named
	MarshalJSON() ([]byte, error)
}
type Wrapper struct {
	Named
	tag string
}
type Tagged struct {
	Shape
	Tag string
}`, ""},
		step{`w := Wrapper{Circle{0.5}, "w"}`, ""},
		step{`fmt.Println(w, []Wrapper{w}, &w)
fmt.Printf("%v %s|%+v\n", w, Tagged{Circle{2}, "t"}, map[string]Tagged{"k": {Circle{3}, "u"}})
b, err := json.Marshal([]Tagged{{Circle{1}, "x"}})
fmt.Println(string(b), err)
var sb strings.Builder
err = template.Must(template.New("").Parse("{{.String}}\n")).Execute(&sb, w)
fmt.Print(sb.String(), err)`,
			"circle 0.5 [circle 0.5] circle 0.5\ncircle 0.5 circle 2|map[k:circle 3]\n[\"c\"] <nil>\ncircle 0.5\n<nil>"},
	)
}
