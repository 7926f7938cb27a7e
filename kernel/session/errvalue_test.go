package session

import (
	"testing"

	"github.com/gofutures/gofutures/kernel/cell"
)

// An error of a type declared in a cell that a task returns in a worker
// that interprets the notebook reaches the notebook as a value of that
// type: errors.As and errors.AsType find it, wrapped with %w, through
// errors.Join and a cell type's own Unwrap, with pointer and value
// receivers, fields and all.
func TestPoolErrorsOfNotebookTypes(t *testing.T) {
	nb, out := executorSession(t, false)
	value(t, nb, `import (
	"errors"
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code struct {
	N   int
	why string
}

func (c Code) Error() string { return fmt.Sprint("code ", c.N, " ", c.why) }

type Query struct {
	Q   string
	Err error
}

func (q *Query) Error() string { return q.Q + ": " + q.Err.Error() }
func (q *Query) Unwrap() error { return q.Err }

var ErrGone = errors.New("gone")

func find(k string) (int, error) { return 0, fmt.Errorf("find: %w", &NotFound{k}) }

func code(n int) error {
	if n > 1 {
		return Code{n, "big"}
	}
	return fmt.Errorf("code: %w", Code{n, "small"})
}

func query(q string) error {
	return &Query{q, errors.Join(ErrGone, &NotFound{"in " + q}, Code{9, "nine"})}
}`, 1)
	got := value(t, nb, `pool := executor.NewProcessPool(1)
err := pool.Submit(find, "k1").Err()
var nf *NotFound
ok1 := errors.As(err, &nf)
c1, ok2 := errors.AsType[Code](pool.Submit(code, 1).Err())
var c2 Code
ok3 := errors.As(pool.Submit(code, 2).Err(), &c2)
qerr := pool.Submit(query, "q").Err()
q, ok4 := errors.AsType[*Query](qerr)
var inner *NotFound
ok5 := errors.As(qerr, &inner)
c3, ok6 := errors.AsType[Code](qerr)
fmt.Sprintln(err, "|", ok1, nf.Key, "|", ok2, c1.N, c1.why, "|", ok3, c2.N, c2.why, "|", ok4, q.Q, "|", ok5, inner.Key, "|", ok6, c3.why, "|", errors.Is(qerr, ErrGone), errors.Is(pool.Submit(code, 1).Err(), Code{1, "small"}), errors.Is(pool.Submit(code, 1).Err(), Code{1, "big"}), pool.Close())`, 2)
	want := "find: not found: k1 | true k1 | true 1 small | true 2 big | true q | true in q | true nine | true true false <nil>\n"
	if got != want {
		t.Fatalf("got  %s\nwant %s\n%s", got, want, out.String())
	}
}

// An error of a cell type whose underlying type is not a struct (a named
// int, a named string) crosses from a worker that interprets the notebook
// by name: errors.As and errors.AsType find the worker's value, wrapped
// with %w and joined, and do not take it for another type of the same
// underlying type.
func TestPoolErrorsOfNamedTypes(t *testing.T) {
	nb, out := executorSession(t, false)
	value(t, nb, `import (
	"errors"
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("code %d", int(e)) }

type Other int

func (o Other) Error() string { return fmt.Sprintf("other %d", int(o)) }

type Msg string

func (m Msg) Error() string { return "msg: " + string(m) }

func fail(n int) error { return errors.Join(Msg("m"), fmt.Errorf("op: %w", ErrCode(n))) }

func other(n int) (int, error) { return 0, Other(n) }`, 1)
	got := value(t, nb, `pool := executor.NewProcessPool(1)
err := pool.Submit(fail, 42).Err()
var c ErrCode
ok1 := errors.As(err, &c)
m, ok2 := errors.AsType[Msg](err)
_, ok3 := errors.AsType[Other](err)
o, ok4 := errors.AsType[Other](pool.Submit(other, 3).Err())
_, ok5 := errors.AsType[ErrCode](pool.Submit(other, 3).Err())
fmt.Sprintln(ok1, int(c), "|", ok2, string(m), "|", ok3, "|", ok4, int(o), ok5, pool.Close())`, 2)
	want := "true 42 | true m | false | true 3 false <nil>\n"
	if got != want {
		t.Fatalf("got  %s\nwant %s\n%s", got, want, out.String())
	}
}

// namedErrorTypes finds the non-struct types with a value-receiver Error
// method, with their underlying types as written.
func TestNamedErrorTypes(t *testing.T) {
	decls := []*cell.Decl{
		{Kind: cell.Type, Names: []string{"A"}, Src: "type A int"},
		{Kind: cell.Type, Names: []string{"B"}, Src: "type B []string"},
		{Kind: cell.Type, Names: []string{"P"}, Src: "type P int"},
		{Kind: cell.Type, Names: []string{"N"}, Src: "type N string"},
		{Kind: cell.Type, Names: []string{"S"}, Src: "type S struct{ X int }"},
		{Kind: cell.Type, Names: []string{"F"}, Src: "type F func()"},
		{Kind: cell.Method, Names: []string{"A.Error"}, Src: "func (a A) Error() string { return \"a\" }"},
		{Kind: cell.Method, Names: []string{"B.Error"}, Src: "func (b B) Error() string { return \"b\" }"},
		{Kind: cell.Method, Names: []string{"P.Error"}, Src: "func (p *P) Error() string { return \"p\" }"},
		{Kind: cell.Method, Names: []string{"S.Error"}, Src: "func (s S) Error() string { return \"s\" }"},
		{Kind: cell.Method, Names: []string{"F.Error"}, Src: "func (f F) Error() string { return \"f\" }"},
	}
	got := namedErrorTypes(decls)
	if len(got) != 2 || got["A"].under != "int" || got["B"].under != "[]string" {
		t.Fatalf("%v", got)
	}
}

// A cell type redefined from a named int to a struct and back crosses as
// what it is now.
func TestPoolErrorsOfRedefinedTypes(t *testing.T) {
	nb, out := executorSession(t, false)
	value(t, nb, `import (
	"errors"
	"fmt"
	"github.com/gofutures/gofutures/executor"
)

var pool = executor.NewProcessPool(1)`, 1)
	asInt := "type Redef int\n\nfunc (e Redef) Error() string { return fmt.Sprint(\"e \", int(e)) }\n\nfunc fail(n int) error { return fmt.Errorf(\"w: %w\", Redef(n)) }"
	asStruct := "type Redef struct{ N int }\n\nfunc (e Redef) Error() string { return fmt.Sprint(\"s \", e.N) }\n\nfunc fail(n int) error { return fmt.Errorf(\"w: %w\", Redef{n}) }"
	for i, step := range []struct{ decl, use, want string }{
		{asInt, "e, ok := errors.AsType[Redef](pool.Submit(fail, 1).Err())\nfmt.Sprint(ok, int(e))", "true 1"},
		{asStruct, "e, ok := errors.AsType[Redef](pool.Submit(fail, 2).Err())\nfmt.Sprint(ok, e.N)", "true 2"},
		{asInt, "e, ok := errors.AsType[Redef](pool.Submit(fail, 3).Err())\nfmt.Sprint(ok, int(e))", "true 3"},
	} {
		value(t, nb, step.decl, 2+2*i)
		if got := value(t, nb, step.use, 3+2*i); got != step.want {
			t.Fatalf("step %d: got %q, want %q\n%s", i, got, step.want, out.String())
		}
	}
}
