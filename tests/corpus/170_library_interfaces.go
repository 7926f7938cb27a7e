//go:build ignore

// Classic library interfaces implemented by cell types: container/heap,
// sort.Interface, io.Reader/Writer, fmt.Stringer in maps, struct keys,
// math/big and bufio over strings.
package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"io"
	"math/big"
	"sort"
	"strings"
)

type Item struct {
	Name string
	Prio int
}

type PQ []*Item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].Prio > q[j].Prio }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any          { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type key struct{ x, y int }

//cell

func main() {
	q := &PQ{}
	heap.Init(q)
	for i, n := range []string{"low", "high", "mid"} {
		heap.Push(q, &Item{n, []int{1, 9, 5}[i]})
	}
	for q.Len() > 0 {
		fmt.Print(heap.Pop(q).(*Item).Name, " ")
	}
	fmt.Println()
	words := byLen{"ccc", "a", "bb", "dddd", "e"}
	sort.Stable(words)
	fmt.Println(words)
	b, _ := io.ReadAll(upper{strings.NewReader("hello reader")})
	fmt.Println(string(b))
	c := &counter{}
	fmt.Fprintf(c, "%d-%s", 42, "xyz")
	fmt.Println(c.n)
	grid := map[key]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(grid[key{1, 2}], grid[key{0, 0}], len(grid), key{1, 2} == key{1, 2})
	f := new(big.Int)
	f.MulRange(1, 25)
	fmt.Println(f)
	sc := bufio.NewScanner(strings.NewReader("one two\nthree"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)
	fmt.Printf("%q %x %08.3f %v %+v\n", "hi", 255, 3.14159, &Item{"p", 1}, []*Item{{"a", 1}}[0])
}
