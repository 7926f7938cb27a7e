//go:build ignore

// Embedding through pointers and interfaces: promoted methods of an
// embedded pointer, an embedded interface field filled later, a method
// shadowing the promoted one and calling it explicitly, and the method
// sets deciding which interfaces the outer types satisfy.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
	Lines() []string
}

type memLog struct{ lines []string }

func (m *memLog) Log(s string)    { m.lines = append(m.lines, s) }
func (m *memLog) Lines() []string { return m.lines }

type Counter struct{ hits int }

func (c *Counter) Hit() int  { c.hits++; return c.hits }
func (c Counter) Value() int { return c.hits }

//cell

type Service struct {
	Logger
	*Counter
	name string
}

func (s Service) Log(msg string) { s.Logger.Log(s.name + ": " + msg) }

type Hitter interface{ Hit() int }

func NewService(name string) Service {
	return Service{Logger: &memLog{}, Counter: &Counter{}, name: name}
}

//cell

func init() {
	s := NewService("api")
	s.Log("start")
	s.Hit()
	s.Hit()
	copyOf := s // shares the Counter and the log
	copyOf.Hit()
	copyOf.Log("copy")
	fmt.Println(s.Value(), copyOf.Value(), strings.Join(s.Lines(), "; "))
	var h Hitter = s // promoted through *Counter: in the value's method set
	fmt.Println(h.Hit(), s.hits)
	var l Logger = s
	l.Log("via iface")
	fmt.Println(len(s.Lines()))
}

//cell

type Audited struct {
	Service
	audits int
}

func (a *Audited) Log(msg string) {
	a.audits++
	a.Service.Log("[audit] " + msg)
}

func describe(v any) string {
	var parts []string
	if _, ok := v.(Logger); ok {
		parts = append(parts, "Logger")
	}
	if _, ok := v.(Hitter); ok {
		parts = append(parts, "Hitter")
	}
	if _, ok := v.(interface{ Value() int }); ok {
		parts = append(parts, "Valuer")
	}
	return fmt.Sprintf("%T: %s", v, strings.Join(parts, ","))
}

//cell

func main() {
	a := &Audited{Service: NewService("db")}
	a.Log("open")
	a.Service.Log("plain")
	a.Hit()
	fmt.Println(a.audits, a.Value(), a.Lines())
	fmt.Println(describe(*a))
	fmt.Println(describe(a))
	fmt.Println(describe(a.Service))
	fmt.Println(describe(a.Counter))
	fmt.Println(describe(*a.Counter))
	var empty Service
	defer func() {
		r := recover()
		err, _ := r.(error)
		var re interface{ RuntimeError() }
		fmt.Println("recovered:", errors.As(err, &re), err)
	}()
	empty.Hit()
}
