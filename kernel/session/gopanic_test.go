package session

import (
	"strings"
	"testing"
)

// goPanicCells runs cells whose last one starts a goroutine that panics
// and returns the error the session hands over (Options.GoPanic).
func goPanicCells(t *testing.T, cells ...string) *Error {
	t.Helper()
	got := make(chan *Error, 1)
	s := New(Options{GoPanic: func(e *Error) { got <- e }})
	for i, c := range cells[:len(cells)-1] {
		if _, e := run(t, s, c, i+1); e != nil {
			t.Fatalf("cell %d: %v %v", i+1, e, e.Traceback)
		}
	}
	go func() { _, _ = run(t, s, cells[len(cells)-1], len(cells)) }()
	return <-got
}

func TestGoPanicFrames(t *testing.T) {
	e := goPanicCells(t, "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}",
		"done := make(chan bool)\ngo func() { defer close(done); worker(5) }()\n<-done")
	t.Logf("%s: %s\n%s", e.Name, e.Value, strings.Join(e.Traceback, "\n"))
}

func TestGoPanicFramesX(t *testing.T) {
	e := goPanicCells(t, "func worker(n int) {\n\tvar s []int\n\t_ = s[n]\n}",
		"x := 3\ndone := make(chan bool)\ngo func() { defer close(done); worker(5) }()\n<-done")
	t.Logf("%s: %s\n%s", e.Name, e.Value, strings.Join(e.Traceback, "\n"))
}
