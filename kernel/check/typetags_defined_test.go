package check

import "testing"

// A struct type declared from another of the notebook's (type Vec
// Point) is a type of its own in an interface: %T names it, an assertion
// to the other fails, the two are two keys of a map[any]; conversions
// both ways, its methods, the other's fields, tags and embedded fields
// stay as in Go.
func TestDefinedFromCellStruct(t *testing.T) {
	runSteps(t,
		step{`type Base struct{ ID int }

func (b Base) Ident() string { return fmt.Sprint("#", b.ID) }

type Point struct {
	X     int ` + "`json:\"x\"`" + `
	Y     int
	label string
	Base
}

type Empty struct{}`, ""},
		step{`type Vec Point
type Vec2 Vec
type None Empty

func (v Vec) Sum() int { return v.X + v.Y }`, ""},
		step{`p := Point{X: 1, Y: 2, label: "p", Base: Base{7}}
v := Vec(p)
var a any = v
_, isP := a.(Point)
b, _ := json.Marshal(v)
m := map[any]int{Point{}: 1, Vec{}: 2, Vec2{}: 3, None{}: 4, Empty{}: 5}
fmt.Printf("%T %T %v %v %s %d %v %s %d\n", a, None{}, isP, Point(Vec2(v)) == p, v.Ident(), v.Sum(), v.label, b, len(m))`,
			"main.Vec main.None false true #7 3 p {\"x\":1,\"Y\":2,\"ID\":7} 5\n"},
	)
}
