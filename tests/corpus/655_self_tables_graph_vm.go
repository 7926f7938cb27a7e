//go:build ignore

// Structs made of themselves through tables: a graph whose nodes keep
// their neighbours in a map keyed by *Node and visitors in a slice of
// functions taking one, a tiny VM whose opcodes are an array of
// functions taking *VM, and an event bus whose handlers take the bus.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	adj      map[*Node]int
	visitors []func(*Node, int) string
}

func (n *Node) Link(m *Node, w int) {
	if n.adj == nil {
		n.adj = map[*Node]int{}
	}
	n.adj[m] = w
}

func (n *Node) String() string { return "<" + n.Name + ">" }

//cell

type VM struct {
	acc   int
	pc    int
	ops   [4]func(vm *VM, arg int)
	trace chan func(*VM) string
}

type Bus struct {
	handlers map[string][]func(*Bus, string) int
	log      []string
}

func (b *Bus) On(ev string, h func(*Bus, string) int) {
	if b.handlers == nil {
		b.handlers = make(map[string][]func(*Bus, string) int)
	}
	b.handlers[ev] = append(b.handlers[ev], h)
}

func (b *Bus) Emit(ev, data string) int {
	total := 0
	for _, h := range b.handlers[ev] {
		total += h(b, data)
	}
	b.log = append(b.log, fmt.Sprintf("%s(%s)=%d", ev, data, total))
	return total
}

//cell

func shortest(from, to *Node) int {
	dist := map[*Node]int{from: 0}
	queue := []*Node{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		ns := make([]*Node, 0, len(n.adj))
		for m := range n.adj {
			ns = append(ns, m)
		}
		sort.Slice(ns, func(i, j int) bool { return ns[i].Name < ns[j].Name })
		for _, m := range ns {
			d := dist[n] + n.adj[m]
			if old, seen := dist[m]; !seen || d < old {
				dist[m] = d
				queue = append(queue, m)
			}
		}
	}
	return dist[to]
}

func (vm *VM) Run(prog [][2]int) int {
	for vm.pc = 0; vm.pc < len(prog); vm.pc++ {
		in := prog[vm.pc]
		op := vm.ops[in[0]]
		if op == nil {
			panic(fmt.Sprintf("no opcode %d", in[0]))
		}
		op(vm, in[1])
	}
	return vm.acc
}

//cell

func main() {
	a, b, c, d := &Node{Name: "a"}, &Node{Name: "b"}, &Node{Name: "c"}, &Node{Name: "d"}
	a.Link(b, 1)
	a.Link(c, 4)
	b.Link(c, 2)
	c.Link(d, 1)
	b.Link(d, 7)
	fmt.Println(shortest(a, d), shortest(b, d), len(a.adj), d.adj == nil)
	fmt.Printf("%v %+v\n", *d, *d)
	a.visitors = append(a.visitors, func(n *Node, depth int) string {
		return strings.Repeat("-", depth) + n.Name
	})
	a.visitors = append(a.visitors, a.visitors[0])
	for i, v := range a.visitors {
		fmt.Println(i, v(c, i+1))
	}
	fmt.Printf("%T %T %d\n", a.adj, a.visitors, len(a.visitors[:1]))

	var vm VM
	vm.ops[0] = func(vm *VM, arg int) { vm.acc = arg }
	vm.ops[1] = func(vm *VM, arg int) { vm.acc += arg }
	vm.ops[2] = func(vm *VM, arg int) { vm.acc *= arg }
	vm.trace = make(chan func(*VM) string, 2)
	vm.trace <- func(vm *VM) string { return fmt.Sprint("acc=", vm.acc, " pc=", vm.pc) }
	fmt.Println(vm.Run([][2]int{{0, 2}, {1, 5}, {2, 3}}))
	fmt.Println((<-vm.trace)(&vm))
	saved := vm
	saved.ops[2] = nil
	fmt.Println(vm.ops[2] != nil, saved.ops[2] == nil, len(vm.ops))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		saved.Run([][2]int{{0, 1}, {2, 2}})
	}()

	bus := &Bus{}
	bus.On("add", func(b *Bus, s string) int { return len(s) })
	bus.On("add", func(b *Bus, s string) int { return len(b.log) * 10 })
	bus.On("log", func(b *Bus, s string) int { return strings.Count(strings.Join(b.log, ";"), s) })
	fmt.Println(bus.Emit("add", "xyz"), bus.Emit("add", "q"), bus.Emit("log", "add"), bus.Emit("none", ""))
	fmt.Println(bus.log, len(bus.handlers["add"]))
	events := make([]string, 0)
	for ev := range bus.handlers {
		events = append(events, ev)
	}
	sort.Strings(events)
	fmt.Println(events)
}
