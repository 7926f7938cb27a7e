//go:build ignore

// sort.Interface types sorted and reversed, a container/heap priority
// queue with Fix, encoding/csv reading and writing, io.Reader and io.Writer
// implementations, and structs embedding sync.RWMutex and bytes.Buffer.
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"unicode"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int { return len(a) }

func (a ByAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }

func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func step1() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people, sort.IsSorted(ByAge(people)))
	sort.Stable(ByAge(people))
	fmt.Println(people)
	idx := sort.Search(len(people), func(i int) bool { return people[i].Age >= 30 })
	fmt.Println(idx, people[idx])
}

//cell

type Item struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }

func (pq PQ) Less(i, j int) bool { return pq[i].Priority > pq[j].Priority }

func (pq PQ) Swap(i, j int) { pq[i], pq[j] = pq[j], pq[i]; pq[i].index = i; pq[j].index = j }

func (pq *PQ) Push(x any) { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }

func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	return it
}

func step2() {
	pq := &PQ{}
	heap.Init(pq)
	for i, n := range []string{"low", "high", "mid", "urgent"} {
		heap.Push(pq, &Item{Name: n, Priority: []int{1, 5, 3, 9}[i]})
	}
	it := (*pq)[len(*pq)-1]
	it.Priority = 10
	heap.Fix(pq, it.index)
	for pq.Len() > 0 {
		x := heap.Pop(pq).(*Item)
		fmt.Print(x.Name, ":", x.Priority, " ")
	}
	fmt.Println()
}

//cell

func step3() {
	in := "name,city,score\n\"Smith, J\",Oslo,7\nLee,\"New\nYork\",9\n"
	r := csv.NewReader(strings.NewReader(in))
	recs, err := r.ReadAll()
	fmt.Println(len(recs), err)
	for _, rec := range recs {
		fmt.Printf("%q\n", rec)
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"a,b", "c\"d", "e"})
	w.Flush()
	_, err = csv.NewReader(strings.NewReader("a,b\nc\n")).ReadAll()
	fmt.Println(err)
}

//cell

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	for i := range n {
		p[i] = byte(unicode.ToUpper(rune(p[i])))
	}
	return n, err
}

type countingWriter struct {
	w     io.Writer
	bytes int
	lines int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte("\n"))
	return c.w.Write(p)
}

func step4() {
	cw := &countingWriter{w: os.Stdout}
	n, err := io.Copy(cw, upper{strings.NewReader("hello\nworld\n")})
	fmt.Println(n, err, cw.bytes, cw.lines)
	fmt.Fprintf(cw, "%s=%d\n", "x", 1)
	sc := bufio.NewScanner(upper{strings.NewReader("one two\nthree")})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(cw.lines)
	all, _ := io.ReadAll(io.LimitReader(upper{strings.NewReader("abcdef")}, 4))
	fmt.Println(string(all))
}

//cell

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	s.m[k]++
	s.Unlock()
}

func (s *SafeMap) Get(k string) int {
	s.RLock()
	defer s.RUnlock()
	return s.m[k]
}

type Log struct {
	bytes.Buffer
	n int
}

func (l *Log) Add(s string) { l.n++; l.WriteString(s + ";") }

func step5() {
	sm := SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() { defer wg.Done(); sm.Inc([]string{"a", "b"}[i%2]) }()
	}
	wg.Wait()
	fmt.Println(sm.Get("a"), sm.Get("b"))
	var lg Log
	lg.Add("x")
	lg.Add("y")
	fmt.Fprintf(&lg, "z%d", 3)
	fmt.Println(lg.String(), lg.Len(), lg.n)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
	step5()
}
