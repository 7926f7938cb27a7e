package session

import "testing"

// A task that panics fails its future with a *executor.PanicError whose
// Value is what the cell panicked with, as in a compiled program: a value
// of a cell type (found by errors.As through the PanicError), a string
// made at run time, an error wrapping one; and a failed type assertion
// inside a task is Go's runtime error.
func TestTaskPanicValues(t *testing.T) {
	runCells(t, richOpts(), []cellCase{
		{`import (
	"errors"
	"fmt"
	"runtime"

	"github.com/gofutures/gofutures/executor"
)

type BadInput struct{ Pos int }

func (b BadInput) Error() string { return fmt.Sprint("bad input at ", b.Pos) }

func parse(s string) int { panic(BadInput{len(s)}) }

func shout(s string) int { panic("no " + s) }

func wrapped() error { panic(fmt.Errorf("wrapped: %w", BadInput{7})) }

func assert(x any) int { return x.(int) }`, ""},
		{`pool := executor.NewThreadPool(1)
var pe *executor.PanicError
var bi BadInput
var re runtime.Error
err := pool.Submit(parse, "abc").Err()
fmt.Printf("%v %T %t %d\n", err, pe, errors.As(err, &bi), bi.Pos)
errors.As(err, &pe)
fmt.Printf("%T\n", pe.Value)
errors.As(pool.Submit(shout, "way").Err(), &pe)
fmt.Printf("%v %T\n", pe.Value, pe.Value)
err = pool.Submit(wrapped).Err()
errors.As(err, &pe)
fmt.Printf("%T %t %d\n", pe.Value, errors.As(err, &bi), bi.Pos)
err = pool.Submit(assert, "s").Err()
fmt.Println(errors.As(err, &re), re)
res, err := pool.Map(parse, []string{"x"})
fmt.Println(res, errors.As(err, &bi), bi.Pos)`,
			"executor: parse panicked: bad input at 3 *executor.PanicError true 3\nmain.BadInput\nno way string\n*fmt.wrapError true 7\ntrue interface conversion: interface {} is string, not int\n[] true 1\n"},
	})
}
