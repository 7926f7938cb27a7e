//go:build ignore

// A sync.Pool of encoders: New makes a value of a notebook interface
// (Encoder) and returns it as an "any"; Get in a loop keeps what it
// returns, each asserted back to Encoder, used and Put back (the Gets
// of one loop come before its Puts, so each makes a new encoder); a pool
// of *strings.Builder beside it, reset at each Get.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Encoder interface {
	Encode(fields []string) string
	Name() string
}

type CSV struct{ Sep string }

func (c CSV) Encode(fields []string) string { return strings.Join(fields, c.Sep) }
func (c CSV) Name() string                  { return "csv" + c.Sep }

type Quoted struct{ n int }

func (q *Quoted) Encode(fields []string) string {
	q.n++
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = fmt.Sprintf("%q", f)
	}
	return strings.Join(out, " ")
}
func (q *Quoted) Name() string { return "quoted" }

//cell

func newPool(kind string) *sync.Pool {
	return &sync.Pool{New: func() any {
		var e Encoder
		if kind == "csv" {
			e = CSV{";"}
		} else {
			e = &Quoted{}
		}
		return e
	}}
}

func encodeAll(p *sync.Pool, rows [][]string) []string {
	var out []string
	var used []any
	for _, r := range rows {
		e := p.Get()
		used = append(used, e)
		out = append(out, e.(Encoder).Name()+": "+e.(Encoder).Encode(r))
	}
	for _, e := range used {
		p.Put(e)
	}
	return out
}

//cell

func main() {
	rows := [][]string{{"id", "name"}, {"1", "ana"}, {"2", "bo b"}}
	for _, kind := range []string{"csv", "quoted"} {
		for _, line := range encodeAll(newPool(kind), rows) {
			fmt.Println(line)
		}
	}
	bufs := sync.Pool{New: func() any { return new(strings.Builder) }}
	var parts []string
	for i := 0; i < 3; i++ {
		b := bufs.Get().(*strings.Builder)
		b.Reset()
		fmt.Fprintf(b, "part-%d", i)
		parts = append(parts, b.String())
		bufs.Put(b)
	}
	fmt.Println(parts)
}
