package check

import "testing"

// A pointer to a notebook struct whose Error method is promoted from an
// embedded error (type CodeErr struct{ error; Code int }) asserts back
// from an error and an any, and errors.As finds it, as in Go (yaegi
// v0.16.1 kept it in its error wrapper without the type: false).
func TestPromotedErrorPointer(t *testing.T) {
	runSteps(t,
		step{`import ("errors"; "io")
type CodeErr struct {
	error
	Code int
}
func get(n int) error {
	if n == 0 {
		return &CodeErr{io.EOF, 404}
	}
	return fmt.Errorf("get %d: %w", n, &CodeErr{errors.New("boom"), 500})
}`, ""},
		step{`for i := range 2 {
	err := get(i)
	var p *CodeErr
	_, ok := err.(*CodeErr)
	fmt.Println(err, errors.As(err, &p), p != nil && p.Code > 0, ok, errors.Is(err, io.EOF))
	switch e := err.(type) {
	case *CodeErr:
		fmt.Println("code", e.Code, e.Error())
	default:
		fmt.Printf("%T\n", e)
	}
}`, "EOF true true true false\ncode 404 EOF\nget 1: boom true true false false\n*fmt.wrapError\n"},
		step{`var err error = &CodeErr{io.ErrUnexpectedEOF, 1}
var a any = err
c, ok := a.(*CodeErr)
fmt.Printf("%v %v %d %T %v\n", ok, c != nil, c.Code, err, err)`, "true true 1 *main.CodeErr unexpected EOF\n"},
	)
}

// A notebook struct that implements a compiled interface through a field
// it embeds of a compiled type (strings.Builder, bytes.Buffer,
// sync.Mutex, an io.Writer not its last field) goes to the interface as
// in Go: as an argument, in a variable, an element, a result, an
// assertion's and a type switch's value, and asserts back (yaegi v0.16.1
// refused *main.L3 as an io.Writer, or panicked: method not found: Write).
func TestPromotedCompiledMethods(t *testing.T) {
	runSteps(t,
		step{`import ("bytes"; "io"; "sync"; "strings")
type L1 struct {
	io.Writer
	n int
}
type L2 struct {
	sync.Mutex
	n int
}
type L3 struct{ strings.Builder }
type L4 struct {
	bytes.Buffer
	tag string
}
var out strings.Builder`, ""},
		step{`l := L1{Writer: &out}
var w io.Writer = l
fmt.Fprint(w, "a")
fmt.Println(out.String())`, "a\n"},
		step{`l2 := &L2{}
var k sync.Locker = l2
k.Lock()
k.Unlock()
fmt.Println("ok")`, "ok\n"},
		step{`l3 := &L3{}
fmt.Fprint(l3, "x")
fmt.Println(l3.String())`, "x\n"},
		step{`l4 := &L4{}
l4.WriteString("x")
var s fmt.Stringer = l4
fmt.Println(s.String(), s)`, "x x\n"},
		step{`func wr(w io.Writer) { fmt.Fprint(w, "y") }
wr(l3)
var sink io.Writer
sink = l3
fmt.Fprint(sink, "z")
ws := []io.Writer{l3, &out}
fmt.Fprint(ws[0], "w")
fmt.Println(l3.String())`, "xyzw\n"},
		step{`func mk() io.Writer { return &L4{} }
mw := mk()
fmt.Fprint(mw, "q")
fmt.Println(mw.(*L4).String())
fmt.Printf("%T %v\n", mw, mw)`, "q\n*main.L4 q\n"},
		step{`var a any = l4
st, ok := a.(fmt.Stringer)
fmt.Println(ok, st, l4)
switch v := a.(type) {
case io.Writer:
	fmt.Fprint(v, "!")
	fmt.Println("writer", l4.String())
}`, "true x x\nwriter x!\n"},
		step{`func val() io.Writer { return L1{&out, 1} }
w2 := val()
fmt.Fprint(w2, "val")
l1, ok := w2.(L1)
fmt.Println(ok, l1.n, out.String())`, "true 1 aval\n"},
	)
}

// So also to an interface a cell declares (a Logger of a struct that
// embeds *log.Logger, a Store of one that embeds sync.Mutex): yaegi
// v0.16.1 refused the assignment, or panicked calling the method (method
// not found: Printf); the value asserts back, prints, and %T names it.
func TestPromotedCompiledToCellIface(t *testing.T) {
	runSteps(t,
		step{`import ("bytes"; "log"; "strings"; "sync")
type Logger interface{ Printf(string, ...any) }
type App struct {
	*log.Logger
	name string
}
type Sink interface {
	WriteString(string) (int, error)
	String() string
}
type B struct{ *bytes.Buffer }
type SB struct {
	strings.Builder
	n int
}
type Store interface {
	Lock()
	Unlock()
	Get() int
}
type S struct {
	sync.Mutex
	n int
}
func (s *S) Get() int { return s.n }
var out strings.Builder`, ""},
		step{`var lg Logger = &App{log.New(&out, "app: ", 0), "x"}
lg.Printf("hi %d", 1)
fmt.Print(out.String())`, "app: hi 1\n"},
		step{`var sk Sink = B{new(bytes.Buffer)}
sk.WriteString("abc")
var sk2 Sink = &SB{}
sk2.WriteString("abc")
fmt.Println(sk.String(), sk2.String(), sk2)`, "abc abc abc\n"},
		step{`var st Store = &S{n: 3}
st.Lock()
fmt.Println(st.Get())
st.Unlock()
func use(s Store) int {
	s.Lock()
	defer s.Unlock()
	return s.Get() * 2
}
fmt.Println(use(&S{n: 4}))`, "3\n8\n"},
		step{`a, ok := lg.(*App)
fmt.Println(ok, a.name)
switch v := sk2.(type) {
case *SB:
	fmt.Println("SB", v.n)
default:
	fmt.Printf("%T\n", v)
}
var x any = &S{n: 5}
if s, ok := x.(Store); ok {
	fmt.Println("store", s.Get())
}
fmt.Printf("%T %T\n", lg, sk2)`, "true x\nSB 0\nstore 5\n*main.App *main.SB\n"},
	)
}

// A struct embedding an interface the notebook declares, which embeds a
// compiled one (fmt.Stringer), gets its methods through a notebook type:
// no box (yaegi runs it), the value in the interface is the struct.
func TestPromotedThroughCellIface(t *testing.T) {
	runSteps(t,
		step{`type Named interface {
	Area() float64
	fmt.Stringer
}
type Circle struct{ R float64 }
func (c Circle) Area() float64   { return 3 * c.R * c.R }
func (c Circle) String() string  { return fmt.Sprint("circle ", c.R) }
type Wrapper struct {
	Named
	tag string
}`, ""},
		step{`shapes := []Named{Circle{1}, Wrapper{Circle{2}, "w"}}
for _, s := range shapes {
	fmt.Printf("%v %.0f %T\n", s, s.Area(), s)
}
w, ok := shapes[1].(Wrapper)
fmt.Println(ok, w.tag)`, "circle 1 3 main.Circle\ncircle 2 12 main.Wrapper\ntrue w\n"},
	)
}

// A failed assertion of an error holding a notebook error in the error
// box (a struct with value receivers, a struct embedding error) names
// the notebook type, as Go does: it named yaegi's interp._error.
func TestAssertFailedNamesBoxedError(t *testing.T) {
	runStepsNoFrames(t, step{`import "errors"
type VErr struct{ msg string }
func (e VErr) Error() string { return e.msg }
type PErr struct{ msg string }
func (e *PErr) Error() string { return e.msg }
type CodeErr struct {
	error
	Code int
}
func try(err error) {
	defer func() { fmt.Println(recover()) }()
	_ = err.(*PErr)
}
try(VErr{"v"})
try(&CodeErr{errors.New("c"), 1})
try(errors.New("plain"))`, "interface conversion: error is main.VErr, not *main.PErr\ninterface conversion: error is *main.CodeErr, not *main.PErr\ninterface conversion: error is *errors.errorString, not *main.PErr\n"})
}
