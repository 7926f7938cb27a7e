package session

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// notebook runs cells in a session with snapshots after each, keeping the
// latest snapshot of each variable as the supervisor does.
type notebook struct {
	t      *testing.T
	s      *Session
	dir    string
	files  []SnapshotFile
	latest map[string]int
	n      int
}

func newNotebook(t *testing.T) *notebook {
	return &notebook{t: t, s: New(Options{KeepValues: true}), dir: t.TempDir(), latest: map[string]int{}}
}

func (nb *notebook) cell(code string) string {
	nb.t.Helper()
	nb.n++
	v := ""
	res, e := run(nb.t, nb.s, code, nb.n)
	if e != nil {
		v = "error: " + e.Value
	} else if res.HasValue {
		v = FormatValue(res.Value)
	}
	f, err := os.Create(filepath.Join(nb.dir, strconv.Itoa(nb.n)))
	if err != nil {
		nb.t.Fatal(err)
	}
	defer f.Close()
	enc, r := nb.s.Snapshot(code, nb.n)
	if enc != nil {
		if _, err := enc.WriteTo(f); err != nil {
			nb.t.Fatal(err)
		}
	}
	if len(r.Vars) > 0 {
		nb.files = append(nb.files, SnapshotFile{Path: f.Name(), Vars: r.Vars, Cell: nb.n})
		for _, v := range r.Vars {
			nb.latest[v] = len(nb.files) - 1
		}
	}
	return v
}

// restart is what the supervisor does after a crash: a fresh session gets
// the log and, per snapshot, the variables it is the latest for.
func (nb *notebook) restart() Restored { return nb.restartWith(Options{KeepValues: true}) }

// restartWith is restart with a fresh session of opts.
func (nb *notebook) restartWith(opts Options) Restored {
	var snaps []SnapshotFile
	for i, f := range nb.files {
		var vars []string
		for v, j := range nb.latest {
			if j == i {
				vars = append(vars, v)
			}
		}
		if len(vars) > 0 {
			slices.Sort(vars)
			snaps = append(snaps, SnapshotFile{Path: f.Path, Vars: vars, Cell: f.Cell})
		}
	}
	log := nb.s.Decls()
	nb.s = New(opts)
	return nb.s.RestoreAll(log, snaps)
}

func TestValuesSurviveARestart(t *testing.T) {
	nb := newNotebook(t)
	for _, c := range []string{
		`type Point struct { X, Y int }`,
		`data := make([]int, 1000)
for i := range data { data[i] = i }`,
		`a := &Point{1, 2}
b := a`,
		`a.X = 10`,
		`func total() int { s := 0; for _, v := range data { s += v }; return s }`,
		`m := map[string]Point{"p": {3, 4}}`,
		`ch := make(chan int)`,
		`total()`,
	} {
		nb.cell(c)
	}
	r := nb.restart()
	if len(r.Notes) > 0 {
		t.Fatalf("notes: %v", r.Notes)
	}
	if got := strings.Join(r.Lost, "; "); got != "ch: not restored: a channel cannot be restored" {
		t.Errorf("lost: %q", got)
	}
	for _, c := range []struct{ code, want string }{
		{`total()`, "499500"},
		{`a == b`, "true"},
		{`b.X`, "10"},
		{`m["p"].Y`, "4"},
		{`ch == nil`, "true"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}

// A variable a cell declares with var (a declaration of the log, whose
// value a snapshot keeps) survives a restart once: the checker's model
// had it twice, and the next cell removed it ("other declaration of m").
func TestDeclaredVarSurvivesARestart(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("var m map[string]int\nvar n = 4")
	nb.cell("m = map[string]int{\"x\": 1}")
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	for _, c := range []struct{ code, want string }{
		{"1 + 2", "3"},
		{`m["x"] + n`, "5"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}

func TestReadingCellsWriteNothing(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`data := make([]int, 100)`)
	before := len(nb.files)
	for _, c := range []string{`len(data)`, `data[3]`, `import "fmt"
fmt.Println(data[:3])`, `data`} {
		nb.cell(c)
	}
	if len(nb.files) != before {
		t.Errorf("reading cells wrote snapshots: %v", nb.files[before:])
	}
}

func TestTypeRedefinitionKeepsValues(t *testing.T) {
	s := New(Options{KeepValues: true})
	for i, c := range []string{
		`type Point struct { X, Y int }`,
		`p := Point{1, 2}
ps := []*Point{&p, &p}
n := 5`,
		`func (p Point) Sum() int { return p.X + p.Y }`,
	} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	res, e := run(t, s, "type Point struct { X, Y, Z int }", 4)
	if e != nil {
		t.Fatal(e)
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "declarations and values") || strings.Contains(res.Notes[0], "not restored") {
		t.Fatalf("notes: %v", res.Notes)
	}
	for i, c := range []struct{ code, want string }{
		{`p.X + p.Y + p.Z`, "3"},
		{`ps[0] == &p && ps[1] == &p`, "true"},
		{`n`, "5"},
		{`p.Sum()`, "3"},
	} {
		if got := value(t, s, c.code, 5+i); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}

// A constant of a constant expression (const factor = 1 + rate) is
// declared again with the declarations when a redefinition starts a
// fresh interpreter, not carried as a value: it was "not restored: its
// type is unknown".
func TestRedefinitionDeclaresConstantsAgain(t *testing.T) {
	s := New(Options{KeepValues: true})
	for i, c := range []string{"const rate = 0.25\nconst factor = 1 + rate\ntype P struct{ X float64 }", "p := P{2}"} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	res, e := run(t, s, "type P struct{ X, Y float64 }", 3)
	if e != nil {
		t.Fatal(e)
	}
	if len(res.Notes) != 1 || strings.Contains(res.Notes[0], "not restored") {
		t.Fatalf("notes: %v", res.Notes)
	}
	if got := value(t, s, "p.X * factor", 4); got != "2.5" {
		t.Errorf("p.X * factor = %s, want 2.5", got)
	}
}

// A cell run again as it was redefines nothing: no fresh interpreter,
// values that no snapshot keeps (a channel, a goroutine's state) stay;
// a type moved down in its cell is the same type (a method moved is not:
// its lines are in its code). A changed method still starts a fresh
// interpreter.
func TestSameCellAgainKeepsTheInterpreter(t *testing.T) {
	s := New(Options{KeepValues: true})
	decls := "type Point struct{ X, Y int }\nfunc (p Point) Sum() int { return p.X + p.Y }"
	for i, c := range []string{decls, "type Tag string", "ch := make(chan int, 1)\nch <- 7\np := Point{1, 2}"} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	for i, c := range []string{decls, "type Tag string", "// moved\n\ntype Tag string\n"} {
		res, e := run(t, s, c, 3+i)
		if e != nil || len(res.Notes) > 0 {
			t.Fatalf("cell %q again: notes %v, error %v", c, res.Notes, e)
		}
	}
	if got := value(t, s, "len(ch) + p.Sum()", 6); got != "4" {
		t.Errorf("len(ch) + p.Sum() = %s, want 4", got)
	}
	res, e := run(t, s, "type Point struct{ X, Y int }\nfunc (p Point) Sum() int { return p.X * p.Y }", 7)
	if e != nil || len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "started a fresh interpreter") {
		t.Fatalf("a changed method: notes %v, error %v", res.Notes, e)
	}
	if got := value(t, s, "p.Sum()", 8); got != "2" {
		t.Errorf("p.Sum() = %s, want 2", got)
	}
}

// A cell run again with methods whose lowering makes fresh names (an
// assertion, a box) or marks of their lines (map writes on several
// lines), also with blank lines added at its end, redefines nothing: it
// started a fresh interpreter, and a channel's value was lost.
func TestSameCellAgainFreshNames(t *testing.T) {
	s := New(Options{KeepValues: true})
	decls := "import (\"fmt\"; \"io\"; \"strings\")\ntype Log struct{ strings.Builder }\ntype Reg struct{ m map[string]int }\n" +
		"func (r *Reg) Add(k string, x any) {\n\tn, _ := x.(int)\n\tr.m[k] = n\n\tr.m[k+\"!\"] = n * 2\n}\n" +
		"func (l *Log) Line(w io.Writer, s string) { fmt.Fprintln(l, s); fmt.Fprintln(w, l.Len()) }"
	for i, c := range []string{decls, "ch := make(chan int, 1)\nch <- 7\nr := &Reg{m: map[string]int{}}\nr.Add(\"a\", 2)"} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	for i, c := range []string{decls, decls + "\n\n"} {
		res, e := run(t, s, c, 3+i)
		if e != nil || len(res.Notes) > 0 {
			t.Fatalf("cell %d again: notes %v, error %v", i+1, res.Notes, e)
		}
	}
	if got := value(t, s, "len(ch) + r.m[\"a!\"]", 5); got != "5" {
		t.Errorf("len(ch) + r.m[\"a!\"] = %s, want 5", got)
	}
}

// An error of a notebook struct type (the lowering's error box: value
// receivers, or Error promoted from an embedded error) in a variable
// comes back in a box made again when a redefinition starts a fresh
// interpreter: its func came back nil, and the interpreter died calling
// it (reflect.Value.Call: call of nil function).
func TestRedefinitionKeepsBoxedErrors(t *testing.T) {
	s := New(Options{KeepValues: true})
	for i, c := range []string{
		"import (\"errors\"; \"io\")\ntype VErr struct{ msg string }\nfunc (e VErr) Error() string { return e.msg }\n" +
			"type CodeErr struct {\n\terror\n\tCode int\n}\nvar err error = VErr{\"boom\"}",
		"err2 := error(&CodeErr{io.EOF, 7})",
	} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	res, e := run(t, s, "func (e VErr) Error() string { return \"E: \" + e.msg }", 3)
	if e != nil || len(res.Notes) != 1 || strings.Contains(res.Notes[0], "not restored") {
		t.Fatalf("notes %v, error %v", res.Notes, e)
	}
	for i, c := range []struct{ code, want string }{
		{"err.Error()", "E: boom"},
		{"err2.Error()", "EOF"},
		{"func() int { var c *CodeErr; errors.As(err2, &c); return c.Code }()", "7"},
	} {
		if got := value(t, s, c.code, 4+i); got != c.want {
			t.Errorf("%s = %s, want %s", c.code, got, c.want)
		}
	}
}

// A notebook value in the box of an interface of a compiled package (a
// struct that is an io.Writer through an embedded bytes.Buffer) comes
// back in a box made again, its funcs the value's methods: it was left
// nil, its funcs lost.
func TestRedefinitionKeepsBoxedWriters(t *testing.T) {
	s := New(Options{KeepValues: true})
	for i, c := range []string{
		"import (\"bytes\"; \"fmt\"; \"io\")\ntype Journal struct {\n\tbytes.Buffer\n\tn int\n}\nfunc (j *Journal) Lines() int { return j.n }",
		"var w io.Writer = &Journal{}\nfmt.Fprint(w, \"hello\")",
	} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	res, e := run(t, s, "func (j *Journal) Lines() int { return j.n + 1 }", 3)
	if e != nil || len(res.Notes) != 1 || strings.Contains(res.Notes[0], "not restored") {
		t.Fatalf("notes %v, error %v", res.Notes, e)
	}
	if got := value(t, s, "func() string { fmt.Fprint(w, \" world\"); return w.(*Journal).String() }()", 4); got != "hello world" {
		t.Errorf("the journal = %s, want hello world", got)
	}
}

// A closure from an earlier cell, run by a later one that mentions only
// the closure, changes what it captured: that is saved too.
func TestClosureChangesAreKept(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`counter := 0
inc := func() { counter++ }`)
	nb.cell(`inc()`)
	nb.cell(`inc()`)
	r := nb.restart()
	if len(r.Notes) > 0 {
		t.Fatal(r.Notes)
	}
	if got := nb.cell(`counter`); got != "2" {
		t.Fatalf("counter = %s, want 2 (lost: %v)", got, r.Lost)
	}
}

// A snapshot of an interface variable, in a notebook that declares a
// generic struct type, neither crashes the interpreter nor loses the
// value: the generic type has no zero value to name (yaegi v0.16.1
// panics evaluating *new(List), which no Eval recovered).
func TestSnapshotWithGenericStructType(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("type List[T any] struct {\n\thead *T\n\tsize int\n}\nfunc (l *List[T]) Len() int { return l.size }")
	nb.cell("type Item struct{ N int }\nimport \"errors\"\nvar ErrMissing = errors.New(\"missing\")\nvar it any = Item{3}")
	r := nb.restart()
	if len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v lost %v", r.Notes, r.Lost)
	}
	if got := nb.cell(`ErrMissing.Error() + fmt.Sprint(it)`); got != "missing{3}" {
		t.Errorf("after restart: %s", got)
	}
}

// A value of a compiled type whose unexported field is an interface
// (strings.Replacer) is snapshot: the encoder read the field's dynamic
// value with reflect's Interface and panicked, which killed the kernel's
// interpreter on the next cell that declared a type. It survives a
// restart, and an encoder's fault loses a snapshot, not the interpreter.
func TestSnapshotOfUnexportedInterfaceField(t *testing.T) {
	nb := newNotebook(t)
	nb.cell("import \"strings\"\nr := strings.NewReplacer(\"a\", \"1\")\nn := 2")
	nb.cell("type Stack []int")
	if got := nb.cell(`r.Replace("abc")`); got != "1bc" {
		t.Fatalf("r.Replace = %s", got)
	}
	res := nb.restart()
	if got := nb.cell(`n + len(r.Replace("ab"))`); got != "4" {
		t.Errorf("after a restart: %s (lost %v)", got, res.Lost)
	}
}

// A type redefinition that breaks a var declaration of the log (var s
// any = Point{1, 2} when Point gains a field) removes it, as a later cell
// that breaks one does: the fresh interpreter does not replay it (yaegi
// left the variable without its slot, and its Globals panicked: the
// session process died).
func TestTypeRedefinitionBreakingAVar(t *testing.T) {
	s := New(Options{KeepValues: true})
	for i, c := range []string{"type Point struct{ X, Y int }", "var s any = Point{1, 2}\nvar keep = 3"} {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatal(e)
		}
	}
	res, e := run(t, s, "type Point struct{ X, Y, Z int }", 3)
	if e != nil || len(res.Notes) != 2 || !strings.Contains(res.Notes[1], "var s (cell 2) no longer compiles and was removed") {
		t.Fatalf("notes %q, error %v", res.Notes, e)
	}
	if got := value(t, s, "keep", 4); got != "3" {
		t.Errorf("keep = %s, want 3", got)
	}
	if _, e := run(t, s, "s", 5); e == nil || !strings.Contains(e.Value, "undefined: s") {
		t.Errorf("s after its declaration broke: %v", e)
	}
}
