package session

import (
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
