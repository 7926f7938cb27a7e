//go:build ignore

// Values of struct types made of one compiled interface (sort.Interface,
// io.Reader) through compiled code and back: sorted, closed, printed
// with %v/%+v/%#v, encoded, reflected, asserted and switched on, and
// methods that read their receiver called from sort and io.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type nopCloser struct {
	io.Reader `json:"r"`
}

func (nopCloser) Close() error { return nil }

//cell

func first() {
	xs := []int{3, 1, 2}
	rs := []reverse{{sort.IntSlice(xs)}, {
		sort.StringSlice{"a", "b"},
	}}
	for _, r := range rs {
		sort.Sort(r)
	}
	p := &reverse{Interface: sort.IntSlice(xs)}
	fmt.Println(xs, rs[1], p.Len())
	fmt.Printf("%v %+v %#v\n", rs[0], rs[1], rs[0])
	t := reflect.TypeOf(rs[0])
	fmt.Println(t.NumField(), t.Field(0).Name, t.Field(0).Anonymous, t)
	b, err := json.Marshal(nopCloser{strings.NewReader("x")})
	fmt.Println(string(b), err)
	fmt.Println(reverse{} == reverse{nil}, rs[1] == reverse{})
	var rc io.ReadCloser = nopCloser{strings.NewReader("abc")}
	d, _ := io.ReadAll(rc)
	fmt.Println(string(d), rc.Close())
	_, ok := rc.(nopCloser)
	fmt.Println(ok)
}

type reverse2 struct{ sort.Interface }

var printed bool

func (r reverse2) Less(i, j int) bool {
	if !printed {
		printed = true
		fmt.Printf("%T %v %d\n", r, r.Interface, r.Len())
	}
	return r.other(i, j)
}

func (r reverse2) other(i, j int) bool { return r.Interface.Less(j, i) }

type counted struct{ io.Reader }

func (c counted) Close() error {
	fmt.Printf("closing %T\n", c)
	_, err := c.Read(make([]byte, 1))
	return err
}

//cell

func more() {
	xs := sort.IntSlice{3, 1, 2}
	sort.Sort(reverse2{xs})
	fmt.Println(xs)
	var rc io.ReadCloser = counted{strings.NewReader("ab")}
	b := make([]byte, 1)
	n, _ := rc.Read(b)
	fmt.Println(n, string(b), rc.Close())
	fmt.Println(rc.Close())
}

//cell

func main() {
	first()
	more()
}
