package rt

import (
	"fmt"
	"sync"
)

// yaegi v0.16.1 names the function a panic went through but not the line
// (its runCfg loses the node it ran). Lowered cells tell the line of a
// panic call, which costs nothing until it panics: panic(v) becomes
// panic(rt.Panic(line, v)). (Passing the line to the index checks too
// made a loop of indexed reads 10% slower: they do not.) The session
// asks PanicLine for the line of the panic it reports.

// site is the last panic a lowered cell raised: its line in the cell
// that wrote it and its value, printed.
type site struct {
	line int
	msg  string
}

var (
	mu   sync.Mutex
	last site
)

func note(line int, v any) {
	if line <= 0 {
		return
	}
	msg := fmt.Sprint(v)
	mu.Lock()
	last = site{line, msg}
	mu.Unlock()
}

// Panic returns v, noting that a panic with v starts at line.
func Panic(line int, v any) any {
	note(line, v)
	return v
}

// PanicLine returns the line noted for the panic whose value prints as
// msg (0 when the last one noted is another), and forgets it.
func PanicLine(msg string) int {
	mu.Lock()
	defer mu.Unlock()
	s := last
	last = site{}
	if s.msg != msg {
		return 0
	}
	return s.line
}
