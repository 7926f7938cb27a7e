//go:build ignore

// Interface embedding and composition; interfaces holding pointers; nil receivers.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if b == nil || len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

//cell

type Logged struct {
	ReadWriter
	log []string
}

func (l *Logged) Write(s string) {
	l.log = append(l.log, "write "+s)
	l.ReadWriter.Write(s)
}

//cell

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read())
	l := &Logged{ReadWriter: &Buffer{}}
	l.Write("x")
	l.Write("y")
	fmt.Println(l.Read(), l.log)
	var nb *Buffer
	var nr Reader = nb
	fmt.Println(nr.Read(), nr != nil, nb == nil)
	var w Writer = l
	_, ok := w.(Reader)
	fmt.Println(ok)
}
