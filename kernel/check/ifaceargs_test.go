package check

import "testing"

// A value of an interface type a cell declared (or of an interface
// literal) given to a compiled function's or method's parameter of a
// compiled interface type (io.Writer, io.Reader, sort.Interface, error)
// arrives with its methods: fmt.Fprintf, io.Copy, bufio.NewWriter,
// (*log.Logger).SetOutput, sort.Sort, errors.Join and errors.Is (of
// fmt.Errorf's %w of a cell's error interface) run as in Go (yaegi
// v0.16.1 handed the compiled function the value inside the interface:
// "reflect: Call using *struct { ... } as type io.Writer").
func TestCellIfaceArgToCompiledIface(t *testing.T) {
	runSteps(t,
		step{`type Writer interface {
	Write(p []byte) (n int, err error)
}

type Source interface{ io.Reader }

type Sorter interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type Coded interface {
	error
	Code() int
}

type upper struct{ buf bytes.Buffer }

func (u *upper) Write(p []byte) (int, error) { return u.buf.Write(bytes.ToUpper(p)) }
func (u *upper) Read(p []byte) (int, error)  { return u.buf.Read(p) }

type ints []int

func (s ints) Len() int           { return len(s) }
func (s ints) Less(i, j int) bool { return s[i] < s[j] }
func (s ints) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }
func (c codeErr) Code() int     { return int(c) }`, ""},
		step{`var w Writer = &upper{}
fmt.Fprintf(w, "a%d ", 1)
io.Copy(w, strings.NewReader("b "))
bw := bufio.NewWriter(w)
bw.WriteString("c ")
bw.Flush()
l := log.New(io.Discard, "", 0)
l.SetOutput(w)
l.Print("d")
var lit interface{ Write([]byte) (int, error) } = w
fmt.Fprint(lit, "e")
fmt.Println(w.(*upper).buf.String())`, "A1 B C D\nE\n"},
		step{`var s Source = w.(*upper)
b, err := io.ReadAll(s)
fmt.Println(string(b), err)
var so Sorter = ints{3, 1, 2}
sort.Sort(so)
fmt.Println(so)`, "A1 B C D\nE <nil>\n[1 2 3]\n"},
		step{`var c Coded = codeErr(7)
fmt.Println(errors.Is(fmt.Errorf("w: %w", c), codeErr(7)), errors.Unwrap(c) == nil)`, "true true\n"},
		step{`func emit[W io.Writer](w W, s string) { fmt.Fprint(w, s) }

func emitS[W interface{ Write([]byte) (int, error) }](w W, s string) { fmt.Fprint(w, s) }`, ""},
		step{`u := &upper{}
emit(u, "f")
emitS(u, "g")
fmt.Println(u.buf.String())`, "FG\n"},
		step{`var nw Writer
l.SetOutput(nw)
fmt.Println(errors.Join(nil, c), errors.Is(errors.Join(c), c))`,
			"code 7 true\n"},
	)
}
