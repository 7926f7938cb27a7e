//go:build ignore

// A text adventure: a Game whose command table is a map of functions
// taking *Game, rooms and a player, hooks, embedded structs (a value and
// a pointer embedded) with methods promoted, shadowed and added a cell
// later, method values and method expressions.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Room struct {
	Name  string
	Exits map[string]string
	Items []string
}

type Player struct {
	At    string
	Bag   map[string]int
	Moves int
}

type Game struct {
	Rooms map[string]*Room
	P     Player
	Out   []string
	cmds  map[string]func(g *Game, args []string) bool
	hooks []func(string)
}

func (g *Game) say(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	g.Out = append(g.Out, s)
	for _, h := range g.hooks {
		h(s)
	}
}

//cell

type Named interface{ Title() string }

type Base struct{ ID string }

func (b Base) Title() string { return "base:" + b.ID }

type Door struct {
	Base
	Locked bool
}

type Key struct {
	*Base
	Opens string
}

//cell

func (b Base) Describe() string { return "a thing called " + b.ID }

func (d *Door) Title() string { return "door " + d.ID }

func look(g *Game, args []string) bool {
	r := g.Rooms[g.P.At]
	exits := make([]string, 0, len(r.Exits))
	for dir := range r.Exits {
		exits = append(exits, dir)
	}
	sort.Strings(exits)
	g.say("You are in the %s. Exits: %s. Items: %v", r.Name, strings.Join(exits, ","), r.Items)
	return true
}

func move(g *Game, args []string) bool {
	if len(args) == 0 {
		g.say("go where?")
		return false
	}
	r := g.Rooms[g.P.At]
	to, ok := r.Exits[args[0]]
	if !ok {
		g.say("no exit %s", args[0])
		return false
	}
	g.P.At = to
	g.P.Moves++
	return look(g, nil)
}

//cell

func take(g *Game, args []string) bool {
	r := g.Rooms[g.P.At]
	for i, it := range r.Items {
		if len(args) > 0 && it == args[0] {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.P.Bag[it]++
			g.say("taken %s", it)
			return true
		}
	}
	g.say("no %v here", args)
	return false
}

func NewGame() *Game {
	g := &Game{
		Rooms: map[string]*Room{
			"hall":    {Name: "hall", Exits: map[string]string{"n": "library", "e": "kitchen"}, Items: []string{"lamp"}},
			"library": {Name: "library", Exits: map[string]string{"s": "hall"}, Items: []string{"book", "key"}},
			"kitchen": {Name: "kitchen", Exits: map[string]string{"w": "hall"}},
		},
		P: Player{At: "hall", Bag: map[string]int{}},
	}
	g.cmds = map[string]func(*Game, []string) bool{"look": look, "go": move, "take": take}
	return g
}

func (g *Game) Run(script string) (ok, bad int) {
	for _, line := range strings.Split(script, ";") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		cmd, found := g.cmds[f[0]]
		if !found {
			g.say("unknown %q", f[0])
			bad++
			continue
		}
		if cmd(g, f[1:]) {
			ok++
		} else {
			bad++
		}
	}
	return
}

//cell

func main() {
	g := NewGame()
	n := 0
	g.hooks = append(g.hooks, func(s string) { n += len(s) })
	ok, bad := g.Run("look; go n; take key; take sword; go s; go e; dance; go w; inventory")
	fmt.Println(ok, bad, n, g.P.Moves, g.P.Bag)
	for _, l := range g.Out {
		fmt.Println(" ", l)
	}
	g.cmds["inventory"] = func(g *Game, _ []string) bool {
		keys := make([]string, 0)
		for k := range g.P.Bag {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		g.say("bag: %v", keys)
		return true
	}
	g.Out = nil
	g.Run("inventory;look")
	fmt.Println(g.Out)

	things := []Named{Base{"b"}, &Door{Base{"d1"}, true}, Door{Base{"d2"}, false}.Base, &Door{Base{"d2"}, false}, Key{&Base{"k"}, "d1"}}
	for _, t := range things {
		fmt.Printf("%T %s\n", t, t.Title())
	}
	d := Door{Base: Base{"d3"}}
	fmt.Println(d.Describe(), d.Title(), d.Base.Title(), Key{&Base{"k2"}, ""}.Describe())
	var desc interface{ Describe() string } = d
	fmt.Println(desc.Describe())
	f := (*Door).Title
	h := Base.Describe
	fmt.Println(f(&d), h(Base{"z"}))
	titles := map[string]func() string{"door": d.Title, "base": d.Base.Title}
	d.ID = "changed"
	fmt.Println(titles["door"](), titles["base"]())
}
