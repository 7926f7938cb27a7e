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
	// explicit indexes: the first argument is %T's (and %v's: left as
	// it is), the second only %v's
	got, _ := lowered(`fmt.Printf("%[2]v %[1]T|%[1]v", T{}, T{})`)
	if strings.Count(got, rtName+".Fmt(") != 1 || !strings.Contains(got, `"%[2]v %[1]T|%[1]v", T{}, `+rtName+".Fmt(") {
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

// A value in an interface is printed as its own type, not as another
// cell type of the same underlying type that yaegi v0.16.1 asserts it to
// (a Token is not a Name, both strings): the resolver of rt.Fmt's table
// tells them apart (exactGuard); slog's too.
func TestFmtAnySameUnderlying(t *testing.T) {
	runSteps(t,
		step{"import (\"bytes\"; \"log/slog\")\ntype Name string\nfunc (n Name) String() string { return \"<\" + string(n) + \">\" }\ntype Token string\nfunc (Token) LogValue() slog.Value { return slog.StringValue(\"REDACTED\") }", ""},
		step{"var x any = Token(\"t\")\nvar y any = Name(\"n\")\nfmt.Println(x, y, []any{x, y})\nfmt.Printf(\"%v %s %T\\n\", x, y, x)\nvar out bytes.Buffer\nslog.New(slog.NewTextHandler(&out, nil)).Info(\"m\", \"x\", x, \"y\", y)\nfmt.Println(out.String()[bytes.Index(out.Bytes(), []byte(\"msg\")):])",
			"t <n> [t <n>]\nt <n> main.Token\nmsg=m x=REDACTED y=<n>\n\n"},
	)
}

// %T of an error variable holding a notebook error of a non-struct type
// names it (main.Code, not interp._error, yaegi's wrapper of it for
// compiled code), also for two types of one underlying type.
func TestPercentTOfErrorVariables(t *testing.T) {
	runSteps(t,
		step{"type Error string\nfunc (e Error) Error() string { return \"parse: \" + string(e) }\ntype Code int\nfunc (c Code) Error() string { return fmt.Sprint(\"code \", int(c)) }\ntype Other int\nfunc (o Other) Error() string { return fmt.Sprint(\"other \", int(o)) }\nfunc conv(e any) error { return e.(Error) }", ""},
		step{"var err error = Error(\"x\")\nerr2 := conv(Error(\"y\"))\nvar c, o error = Code(1), Other(1)\nfmt.Printf(\"%T %v %T %T %T %T\\n\", err, err, err2, c, o, any(Other(2)))", "main.Error parse: x main.Error main.Code main.Other main.Other\n"},
	)
}

// A value of a notebook type of a basic underlying type in an interface
// (Tour of Go's describe(i I) with an F float64) prints as its value, or
// by its String method, and %T names it: yaegi v0.16.1 keeps it in its
// own wrapper, which printed as {0xc000... {...}} and as
// interp.valueInterface (rt.TypeName looks into the wrapper).
func TestFmtNamedBasicInInterfaces(t *testing.T) {
	runSteps(t,
		step{"type I interface{ M() }\ntype F float64\nfunc (f F) M() {}\ntype C float64\nfunc (c C) String() string { return fmt.Sprintf(\"%.1f°C\", float64(c)) }\nfunc describe(i I) { fmt.Printf(\"(%v, %T)\\n\", i, i) }\nfunc describeAny(i any) { fmt.Printf(\"(%v, %T)\\n\", i, i) }", ""},
		step{"describe(F(1.5))\ndescribeAny(F(2.5))\ndescribeAny(C(3.5))\nvar a any = C(4)\nfmt.Println(a, []any{a, F(1)})\nvar i I = F(3)\nfmt.Printf(\"%T %v\\n\", i, i)\nvar none I\ndescribe(none)", "(1.5, main.F)\n(2.5, main.F)\n(3.5°C, main.C)\n4.0°C [4.0°C 1]\nmain.F 3\n(<nil>, <nil>)\n"},
	)
}

// A cell type defined from a compiled type with a String method (type
// Timeout time.Duration) has no methods: fmt prints it as its number, as
// in Go (yaegi v0.16.1 gives its values time.Duration's type: "1s").
func TestFmtCellTypeOfCompiledBase(t *testing.T) {
	runSteps(t,
		step{"import \"time\"\ntype Timeout time.Duration\ntype Pretty time.Duration\nfunc (p Pretty) String() string { return \"P\" + time.Duration(p).String() }", ""},
		step{"t := Timeout(time.Second)\nfmt.Println(t, time.Duration(t), []Timeout{t}, Pretty(t))\nfmt.Printf(\"%v %d %s|%v\\n\", t, t, time.Duration(t)*2, struct{ T Timeout }{t})", "1000000000 1s [1000000000] P1s\n1000000000 1000000000 2s|{1000000000}\n"},
	)
}
