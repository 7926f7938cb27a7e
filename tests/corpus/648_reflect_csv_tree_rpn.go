//go:build ignore

// A CSV writer driven by reflection over struct tags, a binary search tree
// with nil receivers, an RPN calculator on a slice type with fmt.Sscanf,
// range copies, anonymous structs and WaitGroup.Go.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
)

type Row struct {
	ID     int     `csv:"id" json:"id"`
	Name   string  `csv:"name"`
	Score  float64 `csv:"score,omitempty"`
	hidden bool
	Tags   []string
}

func toCSV(rows any) string {
	v := reflect.ValueOf(rows)
	t := v.Type().Elem()
	var hdr []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Tag.Get("csv")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		name, _, _ = strings.Cut(name, ",")
		hdr = append(hdr, name)
	}
	var b strings.Builder
	b.WriteString(strings.Join(hdr, ",") + "\n")
	for i := 0; i < v.Len(); i++ {
		var cells []string
		for j := 0; j < t.NumField(); j++ {
			if !t.Field(j).IsExported() {
				continue
			}
			cells = append(cells, fmt.Sprint(v.Index(i).Field(j).Interface()))
		}
		b.WriteString(strings.Join(cells, ",") + "\n")
	}
	return b.String()
}

func step1() {
	rows := []Row{{1, "a", 2.5, true, []string{"x"}}, {2, "b", 0, false, nil}}
	fmt.Print(toCSV(rows))
	rt := reflect.TypeOf(rows[0])
	fmt.Println(rt.Name(), rt.Kind(), rt.NumField(), rt.Field(2).Tag, rt.Field(0).Type, rt.String())
	f, ok := rt.FieldByName("Score")
	fmt.Println(f.Name, f.Index, ok, f.Tag.Get("json") == "")
	rv := reflect.ValueOf(&rows[1]).Elem()
	rv.FieldByName("Name").SetString("bee")
	rv.Field(2).SetFloat(9)
	fmt.Println(rows[1], rv.Kind(), reflect.ValueOf(rows).Len())
	fmt.Println(reflect.DeepEqual(rows[0], Row{1, "a", 2.5, true, []string{"x"}}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
}

//cell

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

var root *Node

func step2() {
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7, 2} {
		root = root.Insert(v)
	}
	var vals []string
	root.Walk(func(v int) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println(strings.Join(vals, " "), root.Height(), root.Left.Val, root.Right.Left.Val)
	fmt.Printf("%v %+v\n", root.Left.Left.Val, *root.Left.Left.Right)
}

//cell

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

func (s Stack) Peek() int { return s[len(s)-1] }

var stk Stack

func step3() {
	for _, tok := range strings.Fields("3 4 + 2 * 7 -") {
		switch tok {
		case "+", "-", "*":
			b, a := stk.Pop(), stk.Pop()
			switch tok {
			case "+":
				stk.Push(a + b)
			case "-":
				stk.Push(a - b)
			case "*":
				stk.Push(a * b)
			}
		default:
			var n int
			fmt.Sscanf(tok, "%d", &n)
			stk.Push(n)
		}
	}
	fmt.Println(stk, stk.Peek(), len(stk))
	var a, b int
	var name string
	n, err := fmt.Sscanf("move 10 20", "%s %d %d", &name, &a, &b)
	fmt.Println(n, err, name, a, b)
	n, err = fmt.Sscan("7 8", &a, &b)
	fmt.Println(n, err, a+b)
}

//cell

type point struct{ x, y int }

func step4() {
	pts := []point{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.x = 100
	}
	for i := range pts {
		pts[i].y *= 10
	}
	arr := [2]point{{1, 1}, {2, 2}}
	for i, p := range arr {
		arr[1].x = 50
		if i == 1 {
			fmt.Println("range copy", p.x)
		}
	}
	fmt.Println(pts, arr)
	anon := struct {
		A int
		B []string
	}{1, []string{"q"}}
	fmt.Printf("%v %+v %T\n", anon, anon, anon)
	cfg := map[string]struct{ On bool }{"x": {true}}
	fmt.Println(cfg, cfg["y"].On, point{1, 2} == point{1, 2})
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for _, w := range strings.Fields("a b a c b a") {
		wg.Go(func() {
			mu.Lock()
			counts[w]++
			mu.Unlock()
		})
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, counts)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
