//go:build ignore

// == on values of compiled interfaces (fmt.Stringer, io.Writer, error)
// holding values of the notebook's types, against each other, an any and
// the values themselves; a sort.Interface of a cell type.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

type T struct{ N int }

func (t T) String() string { return fmt.Sprint("T", t.N) }

type W struct{ name string }

func (w *W) Write(p []byte) (int, error) { return len(p), nil }

type byN []T

func (b byN) Len() int           { return len(b) }
func (b byN) Less(i, j int) bool { return b[i].N < b[j].N }
func (b byN) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

//cell

func main() {
	var a, b fmt.Stringer = T{1}, T{1}
	var c fmt.Stringer = T{2}
	fmt.Println(a == b, a == c, a != c)
	w := &W{"x"}
	var w1, w2 io.Writer = w, w
	var w3 io.Writer = os.Stdout
	fmt.Println(w1 == w2, w1 == w3, w3 == io.Writer(os.Stdout))
	var s sort.Interface = byN{{2}, {1}}
	sort.Sort(s)
	fmt.Println(s)
	e1 := fmt.Errorf("x")
	var e2 error = e1
	fmt.Println(e1 == e2, errors.Is(e2, e1))
	var x any = T{1}
	fmt.Println(x == a, a == x)
}
