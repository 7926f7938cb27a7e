package check

import "testing"

// promotedDecls declares a writer whose Write a struct gets from a field
// it embeds (W through a pointer, V by value), and a cell's interface
// embedding io.Writer.
const promotedDecls = `type memLog struct{ lines []string }

func (m *memLog) Write(p []byte) (int, error) {
	m.lines = append(m.lines, string(p))
	return len(p), nil
}

type W struct{ *memLog }
type V struct{ memLog }
type WI interface{ io.Writer }
type Store interface {
	WI
	Get(k string) int
}

type mapStore struct {
	*memLog
	data map[string]int
}

func (s mapStore) Get(k string) int { return s.data[k] }
`

// A value of a cell's interface holding a struct (or a pointer to one)
// whose method comes from an embedded field, given to a compiled
// interface (fmt.Fprintf's io.Writer, bufio.NewWriter's, a variable, a
// result): its methods run on the struct (yaegi v0.16.1 walked the
// embedding path from its record of the interface value and panicked,
// "reflect.Value.Interface: cannot return value obtained from unexported
// field or method").
func TestPromotedMethodThroughCellIface(t *testing.T) {
	runSteps(t,
		step{promotedDecls, ""},
		step{`var w WI = W{&memLog{}}
fmt.Fprintf(w, "x%d", 1)
fmt.Println(w.(W).lines)`, "[x1]\n"},
		step{`var s Store = mapStore{&memLog{}, map[string]int{"a": 1}}
fmt.Fprintf(s, "written %d", s.Get("a"))
fmt.Println(s.(mapStore).lines)`, "[written 1]\n"},
		step{`var x io.Writer = s
x.Write([]byte("q"))
fmt.Println(s.(mapStore).lines)`, "[written 1 q]\n"},
		step{`var v WI = &V{}
fmt.Fprint(v, "g")
bw := bufio.NewWriter(v)
bw.WriteString("h")
bw.Flush()
fmt.Println(v.(*V).lines)`, "[g h]\n"},
		step{`func out(w WI) io.Writer { return w }`, ""},
		step{`o := out(W{&memLog{}})
fmt.Fprint(o, "i")
fmt.Println(o.(W).lines)`, "[i]\n"},
	)
}

// A struct value in a cell's interface converted to a compiled one
// (fmt.Stringer, io.WriterTo) keeps its type: %T names it, assertions
// and type switches find it (yaegi v0.16.1's wrapper held the struct's
// last field: %T said int, the assertion failed).
func TestCellIfaceHeldStructToCompiled(t *testing.T) {
	runSteps(t,
		step{`type pt struct{ X, Y int }

func (p pt) String() string { return fmt.Sprint("pt", p.X, p.Y) }
func (p pt) Norm() int      { return p.X*p.X + p.Y*p.Y }

type SI interface {
	fmt.Stringer
	Norm() int
}

type counter struct{ n int }
type dump struct{ *counter }

func (d dump) WriteTo(w io.Writer) (int64, error) {
	n, err := fmt.Fprint(w, "n=", d.n)
	return int64(n), err
}

type Dumper interface{ io.WriterTo }`, ""},
		step{`var s SI = pt{1, 2}
var st fmt.Stringer = s
fmt.Printf("%T %v\n", st, st)
q, ok := st.(pt)
fmt.Println(q, ok)
switch st.(type) {
case pt:
	fmt.Println("pt")
default:
	fmt.Println("other")
}`, "main.pt pt1 2\npt1 2 true\npt\n"},
		step{`var d Dumper = dump{&counter{4}}
var wt io.WriterTo = d
var sb strings.Builder
wt.WriteTo(&sb)
fmt.Printf("%s %T\n", sb.String(), wt)`, "n=4 main.dump\n"},
	)
}

// The result of a call returning a cell's interface, converted at once to
// a compiled interface (a variable's, a result's, fmt.Fprint's
// io.Writer), is converted to the cell's interface first (yaegi v0.16.1
// put the call's result in a second record and the conversion panicked:
// a nil pointer dereference, "method not found: String").
func TestCellIfaceCallResultToCompiled(t *testing.T) {
	runSteps(t,
		step{`type pt struct{ X, Y int }

func (p pt) String() string { return fmt.Sprint("pt", p.X, p.Y) }

type SI interface{ fmt.Stringer }

func get() SI         { return pt{5, 6} }
func id(s SI) SI      { return s }
func asStringer() fmt.Stringer { return get() }`, ""},
		step{`var x fmt.Stringer = get()
var y fmt.Stringer = id(pt{1, 2})
fmt.Println(x, y, asStringer())
p, ok := asStringer().(pt)
fmt.Println(p, ok)`, "pt5 6 pt1 2 pt5 6\npt5 6 true\n"},
		step{`var sb strings.Builder
fmt.Fprint(&sb, id(pt{3, 4}))
fmt.Println(sb.String(), fmt.Sprint(get()))`, "pt3 4 pt5 6\n"},
	)
}
