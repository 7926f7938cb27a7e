//go:build ignore

// A key-value store decorated by embedding: structs embedding a cell
// interface and overriding some methods, method values of promoted
// methods, an interface embedding io.WriterTo met by a struct embedding
// a pointer, given to compiled io.WriterTo variables.
package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
)

//cell

type Store interface {
	Get(k string) (string, bool)
	Put(k, v string)
	Keys() []string
}

type mem struct{ m map[string]string }

func (s *mem) Get(k string) (string, bool) { v, ok := s.m[k]; return v, ok }
func (s *mem) Put(k, v string)             { s.m[k] = v }
func (s *mem) Keys() []string {
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type counting struct {
	Store
	gets, puts int
}

func (c *counting) Get(k string) (string, bool) { c.gets++; return c.Store.Get(k) }
func (c *counting) Put(k, v string)             { c.puts++; c.Store.Put(k, strings.ToUpper(v)) }

type prefixed struct {
	Store
	pre string
}

func (p prefixed) Put(k, v string) { p.Store.Put(p.pre+k, v) }

type Dumper interface {
	Store
	io.WriterTo
}

type dumpable struct{ *counting }

func (d dumpable) WriteTo(w io.Writer) (int64, error) {
	var n int64
	for _, k := range d.Keys() {
		v, _ := d.Store.Get(k)
		c, err := fmt.Fprintf(w, "%s=%s\n", k, v)
		n += int64(c)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

//cell

func step1() {
	c := &counting{Store: &mem{m: map[string]string{}}}
	var s Store = c
	s.Put("a", "apple")
	s.Put("b", "banana")
	p := prefixed{s, "x/"}
	p.Put("c", "cherry")
	v, ok := s.Get("a")
	fmt.Println(v, ok, c.gets, c.puts, s.Keys())
	_, ok = p.Get("zz")
	fmt.Println(ok, c.gets)
	put := p.Put
	put("d", "date")
	keys := p.Keys
	fmt.Println(keys(), c.puts)
	var d Dumper = dumpable{c}
	var buf bytes.Buffer
	n, err := d.WriteTo(&buf)
	fmt.Print(buf.String())
	fmt.Println(n, err)
	n2, _ := io.Copy(io.Discard, strings.NewReader(buf.String()))
	fmt.Println(n2)
	var wt io.WriterTo = d
	buf.Reset()
	wt.WriteTo(&buf)
	fmt.Println(buf.Len(), strings.Count(buf.String(), "\n"))
	fmt.Printf("%T %T %T\n", s, d, wt)
	_, isW := any(d).(io.WriterTo)
	fmt.Println(isW)
}

//cell

func main() {
	step1()
}
