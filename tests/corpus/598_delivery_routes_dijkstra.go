//go:build ignore

// Delivery routes: shortest paths over a road map (an adjacency matrix
// with rows sliced per depot) with Dijkstra on a container/heap of
// *Stop, updated with heap.Fix; the path is rebuilt from the previous
// hops and reversed in place with swaps; an unknown town index is
// recovered with Go's message.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"strings"
)

type Stop struct {
	Town  int
	Dist  float64
	index int
}

type Frontier []*Stop

func (f Frontier) Len() int           { return len(f) }
func (f Frontier) Less(i, j int) bool { return f[i].Dist < f[j].Dist }
func (f Frontier) Swap(i, j int) {
	f[i], f[j] = f[j], f[i]
	f[i].index = i
	f[j].index = j
}
func (f *Frontier) Push(x any) {
	s := x.(*Stop)
	s.index = len(*f)
	*f = append(*f, s)
}
func (f *Frontier) Pop() any {
	old := *f
	s := old[len(old)-1]
	*f = old[:len(old)-1]
	s.index = -1
	return s
}

var towns = []string{"Depot", "Ash", "Birch", "Cedar", "Dale", "Elm"}

var roads = [][]float64{
	{0, 7, 9, 0, 0, 14},
	{7, 0, 10, 15, 0, 0},
	{9, 10, 0, 11, 0, 2},
	{0, 15, 11, 0, 6, 0},
	{0, 0, 0, 6, 0, 9},
	{14, 0, 2, 0, 9, 0},
}

//cell

func shortest(src int) ([]float64, []int) {
	n := len(roads)
	dist := make([]float64, n)
	prev := make([]int, n)
	stops := make([]*Stop, n)
	f := &Frontier{}
	for i := range dist {
		dist[i] = math.Inf(1)
		prev[i] = -1
		stops[i] = &Stop{Town: i, Dist: dist[i]}
		heap.Push(f, stops[i])
	}
	dist[src] = 0
	stops[src].Dist = 0
	heap.Fix(f, stops[src].index)
	for f.Len() > 0 {
		s := heap.Pop(f).(*Stop)
		for t, w := range roads[s.Town][:n] {
			if w == 0 || stops[t].index < 0 {
				continue
			}
			if d := dist[s.Town] + w; d < dist[t] {
				dist[t], prev[t] = d, s.Town
				stops[t].Dist = d
				heap.Fix(f, stops[t].index)
			}
		}
	}
	return dist, prev
}

func path(prev []int, to int) []string {
	var p []string
	for t := to; t >= 0; t = prev[t] {
		p = append(p, towns[t])
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

func route(prev []int, to int) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("route to %d: %v", to, r)
		}
	}()
	return strings.Join(path(prev, to), " > "), nil
}

//cell

func main() {
	dist, prev := shortest(0)
	for t := 1; t < len(towns); t++ {
		r, _ := route(prev, t)
		fmt.Printf("%-5s %4.0f  %s\n", towns[t], dist[t], r)
	}
	neighbours := roads[2][1:4]
	fmt.Println("Birch to Ash..Cedar:", neighbours)
	if _, err := route(prev, 9); err != nil {
		fmt.Println(err)
	}
}
