//go:build ignore

// Selectors and promotion: a field or method of an embedded field is
// promoted to the outer struct; the shallowest depth wins, an outer name
// shadows a deeper one, and embedding a pointer promotes through it
// (pointer methods included) and panics when it is nil.
package main

import (
	"fmt"
	"sync"
)

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Audit struct {
	Created string
	Name    string
}

func (a Audit) Stamp() string { return "audit@" + a.Created }

//cell

type Entity struct {
	Base
	*Audit
	Name string
}

func (e Entity) Kind() string { return "entity/" + e.Base.Kind() }

type Deep struct {
	Entity
	Extra int
}

type Inner struct{ V int }

func (i *Inner) Bump() { i.V++ }

type Wrap struct{ *Inner }
type Wrap2 struct{ Wrap }

//cell

type Logger interface{ Log(string) }

type prefixLog struct {
	prefix string
	lines  *[]string
}

func (p prefixLog) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	sync.Mutex
	count int
}

func (s *Service) Handle(req string) {
	s.Lock()
	defer s.Unlock()
	s.count++
	s.Log(fmt.Sprintf("%d:%s", s.count, req))
}

//cell

func main() {
	e := Entity{Base: Base{1, "base-name"}, Audit: &Audit{"mon", "audit-name"}, Name: "outer"}
	fmt.Println(e.Name, e.Base.Name, e.Audit.Name, e.ID, e.Created)
	fmt.Println(e.Describe(), e.Stamp(), e.Kind())
	e.Rename("renamed")
	fmt.Println(e.Base.Name, e.Name)

	d := Deep{Entity: e, Extra: 9}
	fmt.Println(d.Name, d.ID, d.Kind(), d.Describe(), d.Created)
	d.Rename("deep")
	d.Audit.Created = "tue"
	fmt.Println(d.Base.Name, e.Base.Name, e.Created, d.Entity.Base.ID)

	fd := Deep.Describe
	fk := (*Deep).Kind
	fmt.Println(fd(d), fk(&d))

	w := Wrap2{Wrap{&Inner{1}}}
	w.Bump()
	w.Wrap.Bump()
	w.Inner.Bump()
	fmt.Println(w.V, w.Inner.V)
	cp := w
	cp.Bump()
	fmt.Println(w.V, cp.V)

	var lines []string
	s := &Service{Logger: prefixLog{"svc ", &lines}}
	s.Handle("a")
	s.Handle("b")
	var lg Logger = s
	lg.Log("direct")
	fmt.Println(lines, s.count)

	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var nw Wrap
	fmt.Println(nw.Inner == nil)
	nw.Bump()
	fmt.Println("not reached")
}
