package session

import (
	"slices"
	"strings"
	"testing"
)

// Declarations the lowering generates (an adapter of compiled errors to
// an interface, which imports reflect under a hidden name) compile again
// after a restart: the checker's model kept the declarations but not
// their hidden imports, and the next cell removed them as broken ("func
// gofuturesAdapt…Of no longer compiles: undefined: gofuturesimp_reflect").
func TestGeneratedDeclsSurviveARestart(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`import "errors"
type QueryErr struct{ Q string }
func (e *QueryErr) Error() string { return e.Q }
var qe *QueryErr
func found(err error) bool { return errors.As(err, &qe) }`)
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	nb.n++
	res, e := run(t, nb.s, `found(&QueryErr{"x"})`, nb.n)
	if e != nil {
		t.Fatalf("%v %v", e, e.Traceback)
	}
	for _, n := range res.Notes {
		if strings.Contains(n, "no longer compiles") {
			t.Errorf("note after the restart: %s", n)
		}
	}
	if got := FormatValue(res.Value); got != "true" {
		t.Errorf("found = %s, want true", got)
	}
}

// Errors made by fmt.Errorf with %w and by errors.Join come back after a
// restart as what they were: the same type and message, wrapping the same
// errors (errors.Is finds a sentinel, errors.As a notebook error, shared
// with the variables that hold them). They came back as errors.New of
// their message, and errors.Is and errors.As turned false.
func TestWrappedErrorsSurviveARestart(t *testing.T) {
	nb := newNotebook(t)
	for _, c := range []string{
		`import (
	"errors"
	"fmt"
	"io"
)
var ErrNotFound = errors.New("not found")
type QueryErr struct{ Q string; Err error }
func (e *QueryErr) Error() string { return e.Q + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }`,
		`qe := &QueryErr{"x", ErrNotFound}
err := fmt.Errorf("find: %w", qe)`,
		`joined := errors.Join(err, errors.New("other"))
two := fmt.Errorf("%w and %w!", ErrNotFound, io.EOF)`,
	} {
		if got := nb.cell(c); strings.HasPrefix(got, "error") {
			t.Fatal(got)
		}
	}
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	for _, c := range []struct{ code, want string }{
		{`err.Error()`, "find: x: not found"},
		{`fmt.Sprintf("%T %T %T", err, joined, two)`, "*fmt.wrapError *errors.joinError *fmt.wrapErrors"},
		{`errors.Is(err, ErrNotFound)`, "true"},
		{`var q *QueryErr
errors.As(err, &q) && q == qe`, "true"},
		{`joined.Error()`, "find: x: not found\nother"},
		{`errors.Is(joined, ErrNotFound)`, "true"},
		{`two.Error()`, "not found and EOF!"},
		{`errors.Is(two, io.EOF) && errors.Is(two, ErrNotFound)`, "true"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %q, want %q", c.code, got, c.want)
		}
	}
}

// Values of notebook types held in error and any variables come back
// after a restart: a *QueryErr in an error came back as errors.New of its
// message, in an any (no notebook interface declared) as nil.
func TestNotebookValuesInInterfacesSurviveARestart(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`type QueryErr struct{ Q string }
func (e *QueryErr) Error() string { return "query " + e.Q }
type Point struct{ X, Y int }`)
	nb.cell(`e := error(&QueryErr{"x"})
f := any(&QueryErr{"y"})
g := any(Point{1, 2})
h := []error{e, nil, &QueryErr{"z"}}`)
	if r := nb.restart(); len(r.Notes) > 0 || len(r.Lost) > 0 {
		t.Fatalf("notes %v, lost %v", r.Notes, r.Lost)
	}
	for _, c := range []struct{ code, want string }{
		{`e.Error() + ", " + f.(error).Error()`, "query x, query y"},
		{`q, ok := e.(*QueryErr); ok && q.Q == "x"`, "true"},
		{`g.(Point).Y`, "2"},
		{`fmt.Sprint(h)`, "[query x <nil> query z]"},
		{`h[0] == e`, "true"},
	} {
		if got := nb.cell(c.code); got != c.want {
			t.Errorf("%s = %q, want %q", c.code, got, c.want)
		}
	}
}

// The note of a type redefinition names what the cell redefined, not the
// declarations the lowering generated beside it ("redefining type Rect;
// func gofuturesFmtb20f…").
func TestRedefinitionNoteNamesTheCells(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`import "fmt"
type Rect struct{ W, H float64 }
shapes := []Rect{{3, 4}}
fmt.Println(shapes)`)
	nb.n++
	res, e := run(t, nb.s, `type Rect struct{ W, H, D float64 }
fmt.Println(shapes)`, nb.n)
	if e != nil {
		t.Fatalf("%v %v", e, e.Traceback)
	}
	if len(res.Notes) != 1 || !strings.HasPrefix(res.Notes[0], "redefining type Rect started a fresh interpreter") {
		t.Errorf("notes: %q", res.Notes)
	}
}

// A type redefined so that its method no longer compiles: the method is
// removed with a note, and the printer tables the lowering generated for
// it (which call the method) go with it, silently; the cell runs. Before,
// the rebuild failed on them ("could not restore func gofuturesFmt…") and
// the type could not be redefined at all.
func TestRedefinitionDropsGeneratedDeclsOfRemovedMethod(t *testing.T) {
	nb := newNotebook(t)
	nb.cell(`import "fmt"
type Temp float64
func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }
temps := []Temp{21.5, 19}
fmt.Println(temps)`)
	nb.n++
	res, e := run(t, nb.s, `type Temp struct{ V float64 }
fmt.Println(Temp{3})`, nb.n)
	if e != nil {
		t.Fatalf("%v %v", e, e.Traceback)
	}
	for _, n := range res.Notes {
		if strings.Contains(n, "gofutures") || strings.Contains(n, "could not restore") {
			t.Errorf("note names the lowering's declarations: %q", n)
		}
	}
	if !slices.ContainsFunc(res.Notes, func(n string) bool { return strings.Contains(n, "method Temp.String (cell 1) no longer compiles") }) {
		t.Errorf("notes: %q", res.Notes)
	}
	if got := nb.cell(`fmt.Sprint(Temp{4}, " ", len(temps))`); got != "{4} 2" {
		t.Errorf("after the redefinition: %q", got)
	}
}
