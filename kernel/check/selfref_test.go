package check

import (
	"strings"
	"testing"
)

// A struct made of itself through a map of functions taking a pointer
// to it (corpus 522's command table) runs: the field is held in an
// interface{} and read through the unboxing function (selfref.go).
// yaegi v0.16.1 built the field with a placeholder for *Game: putting a
// cell's function in the map, or calling one through it, panicked
// ("reflect: Call using *struct {...} as type *unsafe2.dummy").
func TestSelfRefMapOfFuncs(t *testing.T) {
	runSteps(t,
		step{`type Game struct {
	N     int
	Out   []string
	cmds  map[string]func(g *Game, args []string) bool
	hooks []func(string)
}

func (g *Game) say(s string) {
	g.Out = append(g.Out, s)
	for _, h := range g.hooks {
		h(s)
	}
}`, ""},
		step{`func look(g *Game, args []string) bool { g.say(fmt.Sprint("look ", g.N, args)); return true }

func (g *Game) Run(line string) bool {
	f := strings.Fields(line)
	cmd, found := g.cmds[f[0]]
	if !found {
		g.say("unknown " + f[0])
		return false
	}
	return cmd(g, f[1:])
}`, ""},
		step{`g := &Game{N: 3}
fmt.Printf("%v %+v\n", *g, *g)
g.cmds = map[string]func(*Game, []string) bool{"look": look}
g.cmds["inc"] = func(g *Game, _ []string) bool { g.N++; return true }
n := 0
g.hooks = append(g.hooks, func(s string) { n += len(s) })
fmt.Println(g.Run("look a b"), g.Run("inc"), g.Run("look"), g.Run("dance"), n, len(g.cmds))
fmt.Println(g.Out)
fmt.Printf("%T %T %v\n", g.cmds, g.hooks, g.cmds["nope"] == nil)
var z Game
fmt.Printf("%v %+v\n", z, z)`, "{3 [] map[] []} {N:3 Out:[] cmds:map[] hooks:[]}\n" +
			"true true true false 34 2\n[look 3 [a b] look 4 [] unknown dance]\n" +
			"map[string]func(*main.Game, []string) bool []func(string) true\n" +
			"{0 [] map[] []} {N:0 Out:[] cmds:map[] hooks:[]}\n"})
}

// The other fields yaegi leaves its placeholder in: a map keyed by a
// pointer to the struct, a slice or a channel of functions taking one, a
// named map type (with its methods), a struct made of another that
// holds it (mutual recursion), promoted through an embedded pointer, of
// a type declared from the struct; a field whose type ends with the
// pointer (func() *Node) is left as it is, yaegi completes it.
func TestSelfRefFields(t *testing.T) {
	runSteps(t,
		step{`type Node struct {
	Name  string
	adj   map[*Node]bool
	hooks []func(*Node) string
	out   chan func(*Node)
	mk    map[string]func() *Node
}

type Cmds map[string]func(*A, int) int

func (c Cmds) Count() int { return len(c) }

type A struct {
	N    int
	cmds Cmds
	bs   map[string]func(*B) int
}

type B struct{ a *A }

type Outer struct {
	*A
	Label string
}

type A2 A`, ""},
		step{`x, y := &Node{Name: "x"}, &Node{Name: "y"}
x.adj = map[*Node]bool{y: true}
x.adj[x] = false
x.hooks = append(x.hooks, func(n *Node) string { return "hi " + n.Name })
x.out = make(chan func(*Node), 1)
x.out <- func(n *Node) { fmt.Println("from the channel", n.Name) }
(<-x.out)(y)
x.mk = map[string]func() *Node{"new": func() *Node { return &Node{Name: "made"} }}
fmt.Println(len(x.adj), x.adj[y], x.hooks[0](y), x.mk["new"]().Name, y.adj == nil)
a := &A{N: 2, cmds: Cmds{"add": func(a *A, k int) int { a.N += k; return a.N }}}
a.bs = map[string]func(*B) int{"n": func(b *B) int { return b.a.N }}
fmt.Println(a.cmds["add"](a, 3), a.bs["n"](&B{a}), a.cmds.Count())
o := Outer{A: a}
o.cmds["sub"] = func(a *A, k int) int { a.N -= k; return a.N }
fmt.Println(o.cmds["sub"](o.A, 1), len(a.cmds))
var m map[string]func(*A, int) int = a.cmds
a2 := A2{N: 1, cmds: m}
fmt.Println(len(a2.cmds), a2.cmds["add"](a, 0))`, "from the channel y\n2 true hi y made true\n5 5 1\n4 2\n2 4\n"})
}

// A field of an array type is boxed too: read as a copy, an element
// written in a statement of its own through a variable; comparable
// fields keep the zero value out of the box, so == and map keys compare
// as in Go; what needs the field addressable is refused.
func TestSelfRefArraysAndRefusals(t *testing.T) {
	nb := newNotebook(t)
	nb.steps(t,
		step{`type VM struct {
	acc int
	ops [3]func(*VM, int)
}

type Peer struct {
	id int
	ch chan func(*Peer)
}

func (v *VM) run(prog []int) {
	for i, k := range prog {
		if op := v.ops[i%3]; op != nil {
			op(v, k)
		}
	}
}`, ""},
		step{`var vm VM
vm.ops[0] = func(v *VM, k int) { v.acc += k }
vm.ops[1] = func(v *VM, k int) { v.acc *= k }
vm.run([]int{3, 4, 5, 6})
cp := vm
cp.ops[0] = nil
fmt.Println(vm.acc, vm.ops[0] != nil, cp.ops[0] == nil, len(vm.ops))
var c chan func(*Peer)
a, b := Peer{id: 1}, Peer{id: 1, ch: c}
fmt.Println(a == b, map[Peer]int{a: 1}[b])
b.ch = make(chan func(*Peer))
fmt.Println(a == b, b == b)
defer func() { fmt.Println("recovered:", recover()) }()
i := 3
vm.ops[i] = nil`, "18 true true 3\ntrue 1\nfalse true\nrecovered: runtime error: index out of range [3] with length 3\n"})
	// a select case assigning a boxed field, in a function
	nb.steps(t, step{`func recv(p *Peer, c chan chan func(*Peer)) {
	select {
	case p.ch = <-c:
	}
}`, ""}, step{`c := make(chan chan func(*Peer), 1)
c <- make(chan func(*Peer))
var p Peer
recv(&p, c)
fmt.Println(p.ch != nil)`, "true\n"})
	for _, c := range []struct{ src, want string }{
		{`p := &vm.ops`, "cannot take the address of the field ops"},
		{`s := vm.ops[:]`, "cannot slice the array of the field ops"},
		{`vm.ops[0], vm.acc = nil, 1`, "cannot assign, in this statement, an element of the field ops"},
		{`func set(v *VM, c chan func(*VM, int)) {
	select {
	case v.ops[1] = <-c:
	}
}`, "cannot assign a received value to an element of the field ops"},
		{`for _, vm.ops[0] = range []func(*VM, int){nil} {
}`, "cannot assign a range loop's values to an element of the field ops"},
		{`var p Peer
c := make(chan chan func(*Peer), 1)
select {
case p.ch = <-c:
default:
}`, "cannot assign a received value or one of a call's results to the value of the field ch"},
	} {
		_, err := nb.run(c.src)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.src, err, c.want)
		}
	}
}

// encoding/json sees a boxed field as Go has it: encoded as its value,
// decoded into a value of its type (a slice of structs made of the
// struct, here), which goes back into the box.
func TestSelfRefJSON(t *testing.T) {
	runSteps(t,
		step{`type Step struct {
	Name string
	Path []struct{ Via *Step }
}`, ""},
		step{`a := &Step{Name: "a"}
b, err := json.Marshal(a)
fmt.Println(string(b), err)
a.Path = append(a.Path, struct{ Via *Step }{&Step{Name: "c"}})
b, err = json.Marshal(a)
fmt.Println(string(b), err)
var back Step
err = json.Unmarshal([]byte(` + "`" + `{"Name":"z","Path":[{"Via":{"Name":"q"}},{}]}` + "`" + `), &back)
fmt.Println(back.Name, len(back.Path), back.Path[0].Via.Name, back.Path[1].Via == nil, err)`,
			`{"Name":"a","Path":null} <nil>` + "\n" + `{"Name":"a","Path":[{"Via":{"Name":"c","Path":null}}]} <nil>` + "\nz 2 q true <nil>\n"})
}
