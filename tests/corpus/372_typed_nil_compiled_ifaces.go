//go:build ignore

// A nil pointer of a notebook type put in an interface of a compiled
// package (fmt.Stringer, io.Writer, io.Reader, sort.Interface) is not a
// nil interface: the interface holds the typed nil (the Go FAQ's "why is
// my nil error value not equal to nil?", for interfaces other than
// error). Its methods are called on the nil pointer; fmt prints <nil>
// where a String method panics on one.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Label has a String method that handles a nil receiver.
type Label struct{ text string }

func (l *Label) String() string {
	if l == nil {
		return "(no label)"
	}
	return "label " + l.text
}

// Temp's String dereferences its receiver: on a nil one it panics.
type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

// Sink is a writer that refuses writes when nil.
type Sink struct{ got []string }

func (s *Sink) Write(p []byte) (int, error) {
	if s == nil {
		return 0, errors.New("write to a nil sink")
	}
	s.got = append(s.got, string(p))
	return len(p), nil
}

// Empty reads nothing, even when nil.
type Empty struct{}

func (e *Empty) Read(p []byte) (int, error) { return 0, io.EOF }

// Nums sorts ints; a nil *Nums has no elements.
type Nums struct{ xs []int }

func (n *Nums) Len() int {
	if n == nil {
		return 0
	}
	return len(n.xs)
}
func (n *Nums) Less(i, j int) bool { return n.xs[i] < n.xs[j] }
func (n *Nums) Swap(i, j int)      { n.xs[i], n.xs[j] = n.xs[j], n.xs[i] }

//cell

func findLabel(name string) fmt.Stringer {
	var l *Label
	if name != "" {
		l = &Label{name}
	}
	return l
}

func describe(s fmt.Stringer) string {
	if s == nil {
		return "nil interface"
	}
	return "holds " + s.String()
}

func output(ok bool) io.Writer {
	var s *Sink
	if ok {
		s = &Sink{}
	}
	return s
}

type holder struct {
	out   io.Writer
	names map[string]fmt.Stringer
}

var noLabel *Label
var pkgStringer fmt.Stringer = noLabel

//cell

func stringers() {
	fmt.Println(pkgStringer == nil, pkgStringer)
	var l *Label
	var s fmt.Stringer = l
	fmt.Println(s == nil, s != nil)
	fmt.Println(s)
	fmt.Printf("%v|%s|%T|%q\n", s, s, s, s)
	fmt.Println(findLabel("") == nil, findLabel("") != nil, findLabel("a"))
	fmt.Println(describe(findLabel("")), describe(nil), describe(l))
}

//cell

func panickingString() {
	var t *Temp
	var ts fmt.Stringer = t
	fmt.Println(ts == nil)
	fmt.Println(ts)
	fmt.Printf("[%v] [%s] [%d]\n", ts, ts, ts)
	var s fmt.Stringer = (*Label)(nil)
	fmt.Println(fmt.Sprint(ts), fmt.Sprintf("%v", []fmt.Stringer{ts, s}))
}

//cell

func assertions() {
	var l *Label
	var t *Temp
	s, ts := fmt.Stringer(l), fmt.Stringer(t)
	back, ok := s.(*Label)
	fmt.Println(back == nil, ok)
	switch v := ts.(type) {
	case nil:
		fmt.Println("case nil")
	case *Temp:
		fmt.Println("case *Temp", v == nil)
	}
	items := []fmt.Stringer{l, t, &Label{"x"}}
	for i, it := range items {
		fmt.Println(i, it == nil, it)
	}
}

//cell

func writers() {
	w := output(false)
	fmt.Println(w == nil)
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err)
	_, err = fmt.Fprintf(w, "%d", 42)
	fmt.Println(err)
	_, err = io.WriteString(w, "s")
	fmt.Println(err)
	w2 := output(true)
	fmt.Fprint(w2, "kept")
	fmt.Println(w2 == nil, w2.(*Sink).got)
	var sk *Sink
	_, err = fmt.Fprintln(sk, "direct")
	fmt.Println(err)
	h := holder{out: sk, names: map[string]fmt.Stringer{"none": (*Label)(nil)}}
	fmt.Println(h.out == nil, h.names["none"] == nil, h.names["none"])
	ch := make(chan io.Writer, 1)
	ch <- sk
	fmt.Println(<-ch == nil)
}

//cell

func readers() {
	var e *Empty
	var r io.Reader = e
	fmt.Println(r == nil)
	data, err := io.ReadAll(r)
	fmt.Println(len(data), err)
	var buf bytes.Buffer
	m, err := io.Copy(&buf, r)
	fmt.Println(m, err, buf.Len())
	rs := []io.Reader{strings.NewReader("ab"), r}
	all, _ := io.ReadAll(io.MultiReader(rs...))
	fmt.Println(string(all))
}

//cell

func sorting() {
	var ns *Nums
	var si sort.Interface = ns
	fmt.Println(si == nil, si.Len())
	sort.Sort(si)
	fmt.Println(sort.IsSorted(si))
}

//cell

func main() {
	stringers()
	panickingString()
	assertions()
	writers()
	readers()
	sorting()
}
