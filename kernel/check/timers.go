package check

import (
	"go/ast"

	"github.com/gofutures/gofutures/kernel/check/rt"
)

// timerArgs are the calls that make a timer: the argument that says when
// it fires, and the rt function that argument goes through.
var timerArgs = map[string]struct {
	arg  int
	note string
}{
	"time.After":                {0, "Timer"},
	"time.NewTimer":             {0, "Timer"},
	"time.AfterFunc":            {0, "Timer"},
	"(*time.Timer).Reset":       {0, "Timer"},
	"time.Tick":                 {0, "Ticker"},
	"time.NewTicker":            {0, "Ticker"},
	"(*time.Ticker).Reset":      {0, "Ticker"},
	"context.WithTimeout":       {1, "Timer"},
	"context.WithTimeoutCause":  {1, "Timer"},
	"context.WithDeadline":      {1, "Deadline"},
	"context.WithDeadlineCause": {1, "Deadline"},
}

// timerCall passes the duration (or deadline) of a call that makes a
// timer through rt.Timer, rt.Ticker or rt.Deadline, on the same line:
//
//	<-time.After(2 * time.Second)  becomes  <-time.After(gofuturesrt.Timer(2 * time.Second))
//
// The session's deadlock check (kernel/session/deadlock.go) reports a
// cell whose goroutines all wait only when no timer a cell made may still
// fire, as Go's runtime does: without it, a goroutine waiting on
// time.After would look stuck. A function value of these (f :=
// time.After) is not followed.
func (lw *lowerer) timerCall(c *ast.CallExpr, fn interface{ FullName() string }) {
	t, ok := timerArgs[fn.FullName()]
	if !ok || len(c.Args) <= t.arg || c.Ellipsis.IsValid() {
		return
	}
	lw.extraImport(rtName, rt.Path)
	a := c.Args[t.arg]
	lw.insert(a.Pos(), rtName+"."+t.note+"(")
	lw.insertClose(a.End(), ")")
}
