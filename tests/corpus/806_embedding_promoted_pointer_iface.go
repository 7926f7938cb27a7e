//go:build ignore

// A small game entity system built up in cells: a Pos value type and a
// *Health pointer embedded in Unit, methods promoted through the
// pointer (mutating the shared Health), interface embedding (Mover +
// Named = Actor), a struct embedding an interface and overriding one
// of its methods, shadowed fields at different depths, method values
// and expressions of promoted methods, and a damage rule fixed later.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pos struct{ X, Y int }

func (p Pos) Dist(q Pos) int   { return abs(p.X-q.X) + abs(p.Y-q.Y) }
func (p *Pos) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Pos) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type Health struct {
	HP, Max int
}

func (h *Health) Hurt(n int) bool {
	h.HP -= n
	if h.HP < 0 {
		h.HP = 0
	}
	return h.HP == 0
}

func (h Health) Ratio() float64 { return float64(h.HP) / float64(h.Max) }

//cell

type Named interface{ Name() string }

type Mover interface {
	Move(dx, dy int)
	String() string
}

type Actor interface {
	Named
	Mover
}

type Unit struct {
	Pos
	*Health
	name string
	Kind string
}

func (u *Unit) Name() string { return u.Kind + ":" + u.name }

type Hero struct {
	Unit
	Kind  string // shadows Unit.Kind
	Level int
}

func (h *Hero) String() string { return "Hero " + h.Name() + " at " + h.Pos.String() }

//cell

// Loud wraps any Actor and overrides Name only
type Loud struct {
	Actor
}

func (l Loud) Name() string { return strings.ToUpper(l.Actor.Name()) + "!" }

// first version: damage ignores distance
var damage = func(from, to Pos) int { return 10 }

func describe(a Actor) string { return a.Name() + " " + a.String() }

//cell

func main() {
	shared := &Health{30, 30}
	grunt := &Unit{Pos{1, 1}, shared, "grunt", "orc"}
	twin := &Unit{Pos{5, 5}, shared, "twin", "orc"}
	hero := &Hero{Unit: Unit{Pos: Pos{0, 0}, Health: &Health{50, 50}, name: "ada", Kind: "human"}, Kind: "paladin", Level: 3}

	fmt.Println(hero.Kind, hero.Unit.Kind, hero.Name(), hero.X, hero.HP, hero.Ratio())
	hero.Move(2, 3)
	fmt.Println(hero, hero.Dist(grunt.Pos), hero.Pos.Dist(twin.Pos))

	actors := []Actor{grunt, twin, hero, Loud{grunt}}
	for _, a := range actors {
		fmt.Println(describe(a))
	}
	for _, target := range []*Unit{grunt, twin} {
		dead := target.Hurt(damage(hero.Pos, target.Pos))
		fmt.Println(target.Name(), target.HP, dead, shared.HP)
	}
	damage = func(from, to Pos) int { return max(1, 20-4*from.Dist(to)) }
	for _, target := range []*Unit{grunt, twin} {
		dead := target.Hurt(damage(hero.Pos, target.Pos))
		fmt.Printf("%s %d %v %.2f\n", target.Name(), target.HP, dead, target.Ratio())
	}

	move := hero.Move
	move(-1, -1)
	dist := Pos.Dist
	hurt := (*Health).Hurt
	dead := hurt(hero.Health, 49)
	fmt.Println(hero.Pos, dist(hero.Pos, Pos{}), dead, hero.HP, (*Unit).Name(&hero.Unit))

	var m Mover = &grunt.Pos
	m.Move(10, 0)
	fmt.Println(m, grunt.Pos, grunt)
	var n Named = Loud{hero}
	if a, ok := n.(Actor); ok {
		a.Move(1, 1)
		fmt.Println(a.Name(), hero.Pos)
	}
	_, isMover := n.(Mover)
	_, isHero := n.(*Hero)
	fmt.Println(isMover, isHero)

	byDist := []Actor{twin, hero, grunt}
	sort.Slice(byDist, func(i, j int) bool {
		pi := byDist[i].(interface{ Dist(Pos) int })
		pj := byDist[j].(interface{ Dist(Pos) int })
		return pi.Dist(Pos{}) < pj.Dist(Pos{})
	})
	for _, a := range byDist {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	fmt.Printf("%v|%+v\n", *grunt.Health, Hero{Kind: "x"}.Unit.Pos)
}
