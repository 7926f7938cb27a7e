//go:build ignore

// Calls deferred in loops, as cleanup code writes them: the arguments
// are expressions (i*10, names[i], a call's result, a slice spread) and
// the receivers are elements (conns[i].Close), all evaluated at each
// defer statement, so each deferred call sees its own iteration's
// values; a value receiver reached through a pointer is copied at the
// defer; deferred method calls and function values of a notebook type
// declared in an earlier cell, run in reverse order when the function
// returns or panics.
package main

import (
	"fmt"
	"strings"
)

type Conn struct {
	Name  string
	Open  bool
	Bytes int
}

type Pool struct {
	conns []Conn
	log   []string
}

//cell

func (c *Conn) Close(reason string) {
	c.Open = false
	fmt.Printf("close %s (%s) after %d bytes\n", c.Name, reason, c.Bytes)
}

func (c Conn) Report(step int) {
	fmt.Printf("report %d: %s open=%v bytes=%d\n", step, c.Name, c.Open, c.Bytes)
}

func (p *Pool) note(format string, args ...any) {
	p.log = append(p.log, fmt.Sprintf(format, args...))
}

func label(i int) string { return fmt.Sprintf("#%d", i+1) }

//cell

func (p *Pool) Run(names []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("run: %v", r)
		}
	}()
	for i, n := range names {
		p.conns = append(p.conns, Conn{Name: strings.ToUpper(n), Open: true})
		c := &p.conns[len(p.conns)-1]
		defer fmt.Println("deferred print", i*10, label(i), names[i:])
		defer p.note("step %d of %s", i+1, strings.Repeat("=", i+1))
		defer c.Report(i * 100)
		c.Bytes = (i + 1) * 512
		if n == "boom" {
			panic("bad connection " + label(i))
		}
	}
	return nil
}

func closeAll(conns []Conn, why string) {
	for i := range conns {
		defer conns[i].Close(fmt.Sprintf("%s %d/%d", why, i+1, len(conns)))
	}
	fmt.Println("closing", len(conns), "connections")
}

//cell

func main() {
	p := &Pool{}
	fmt.Println("err:", p.Run([]string{"db", "cache", "queue"}))
	closeAll(p.conns, "shutdown")
	fmt.Println(strings.Join(p.log, "; "))

	q := &Pool{}
	fmt.Println("err:", q.Run([]string{"db", "boom", "never"}))
	fmt.Println(len(q.conns), q.log)

	total := 0
	func() {
		for _, k := range []int{3, 4} {
			defer func(n int, parts ...string) {
				total += n
				fmt.Println("sum part", n, parts, total)
			}(k*k, strings.Split(strings.Repeat("x,", k), ",")[:k]...)
		}
	}()
	fmt.Println("total", total)
}
