//go:build ignore

// Graph classics from a notebook: a build order by Kahn's topological
// sort (ties broken by name so the order is fixed), a cycle reported as
// an error of its own type, union-find with path compression and union
// by rank, and Kruskal's minimum spanning tree built on it.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Graph struct {
	edges map[string][]string
	nodes map[string]bool
}

func NewGraph() *Graph {
	return &Graph{edges: map[string][]string{}, nodes: map[string]bool{}}
}

// DependsOn records that task needs dep to be done first.
func (g *Graph) DependsOn(task string, deps ...string) {
	g.nodes[task] = true
	for _, d := range deps {
		g.nodes[d] = true
		g.edges[d] = append(g.edges[d], task)
	}
}

type CycleError struct {
	Stuck []string
}

func (e *CycleError) Error() string {
	return fmt.Sprintf("cycle among %d tasks: %s", len(e.Stuck), strings.Join(e.Stuck, ", "))
}

//cell

func (g *Graph) Order() ([]string, error) {
	indeg := map[string]int{}
	for n := range g.nodes {
		indeg[n] += 0
		for _, m := range g.edges[n] {
			indeg[m]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	slices.Sort(ready)
	var order []string
	for len(ready) > 0 {
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g.edges[n] {
			indeg[m]--
			if indeg[m] == 0 {
				i, _ := slices.BinarySearch(ready, m)
				ready = slices.Insert(ready, i, m)
			}
		}
	}
	if len(order) < len(g.nodes) {
		var stuck []string
		for n, d := range indeg {
			if d > 0 {
				stuck = append(stuck, n)
			}
		}
		slices.Sort(stuck)
		return order, &CycleError{stuck}
	}
	return order, nil
}

//cell

type DSU struct {
	parent, rank []int
	sets         int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
	}
	return d
}

func (d *DSU) Find(x int) int {
	for d.parent[x] != x {
		d.parent[x] = d.parent[d.parent[x]]
		x = d.parent[x]
	}
	return x
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	switch {
	case d.rank[ra] < d.rank[rb]:
		ra, rb = rb, ra
	case d.rank[ra] == d.rank[rb]:
		d.rank[ra]++
	}
	d.parent[rb] = ra
	d.sets--
	return true
}

type Edge struct {
	U, V   int
	Weight int
}

func kruskal(n int, edges []Edge) (int, []Edge) {
	sorted := slices.Clone(edges)
	slices.SortStableFunc(sorted, func(a, b Edge) int { return cmp.Compare(a.Weight, b.Weight) })
	d := NewDSU(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if d.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.Weight
		}
	}
	return total, tree
}

//cell

func main() {
	g := NewGraph()
	g.DependsOn("link", "compile", "assets")
	g.DependsOn("compile", "generate", "fetch")
	g.DependsOn("generate", "fetch")
	g.DependsOn("test", "link")
	g.DependsOn("package", "link", "docs")
	g.DependsOn("docs", "generate")
	order, err := g.Order()
	fmt.Println("order:", order, "err:", err)

	g.DependsOn("fetch", "package")
	order, err = g.Order()
	fmt.Println("done before the cycle:", order)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println("error:", ce)
		fmt.Println("stuck:", len(ce.Stuck))
	}

	d := NewDSU(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {6, 7}, {5, 7}, {0, 3}, {8, 9}}
	for _, p := range pairs {
		fmt.Printf("union%v merged=%v\n", p, d.Union(p[0], p[1]))
	}
	fmt.Println("sets left:", d.sets)
	groups := map[int][]int{}
	for i := range 10 {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var listed [][]int
	for _, gr := range groups {
		listed = append(listed, gr)
	}
	slices.SortFunc(listed, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println("groups:", listed)

	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7},
		{2, 4, 5}, {3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	total, tree := kruskal(7, edges)
	fmt.Println("mst weight:", total)
	for _, e := range tree {
		fmt.Printf("  %c-%c %d\n", 'A'+e.U, 'A'+e.V, e.Weight)
	}
}
