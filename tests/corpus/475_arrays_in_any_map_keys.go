//go:build ignore

// Struct values holding arrays passed around as any: equality of
// interface values holding arrays and structs, copies made when stored
// in an interface, type switches returning modified copies, and maps
// keyed by any holding arrays.
package main

import "fmt"

type RGB [3]uint8

type Pixel struct {
	At    [2]int
	Color RGB
}

func brighten(v any) any {
	switch x := v.(type) {
	case RGB:
		for i := range x {
			x[i] = min(255, x[i]+50)
		}
		return x
	case Pixel:
		x.Color = brighten(x.Color).(RGB)
		return x
	case *Pixel:
		x.Color = brighten(x.Color).(RGB)
		return x
	}
	return v
}

//cell

var p = Pixel{At: [2]int{1, 2}, Color: RGB{10, 220, 0}}

func init() {
	var a any = p
	p.Color[0] = 99 // the interface holds its own copy
	fmt.Println(a.(Pixel).Color, p.Color)
	b := brighten(a)
	fmt.Println(b, a, b == a)
	fmt.Println(a == any(Pixel{[2]int{1, 2}, RGB{10, 220, 0}}))
	pp := &p
	brighten(pp)
	fmt.Println(p.Color)
}

//cell

func init() {
	seen := map[any]string{}
	seen[RGB{1, 2, 3}] = "rgb"
	seen[[3]uint8{1, 2, 3}] = "array"
	seen[Pixel{}] = "zero pixel"
	seen[[2]int{}] = "origin"
	fmt.Println(len(seen), seen[RGB{1, 2, 3}], seen[[3]uint8{1, 2, 3}], seen[Pixel{}.At])
	k := RGB{1, 2, 3}
	k[2] = 4
	_, ok := seen[k]
	fmt.Println(ok)
}

//cell

type Frame struct {
	px [2]Pixel
	id int
}

func main() {
	f := Frame{px: [2]Pixel{p, p}, id: 1}
	g := f
	g.px[1].Color[2] = 7
	g.px[0].At[0] = -1
	fmt.Println(f.px[1].Color, g.px[1].Color, f.px[0].At, g.px[0].At, f == g)
	arr := [2]Frame{f, g}
	cp := arr
	cp[0].id = 5
	fmt.Println(arr[0].id, cp[0].id, arr == cp, arr[1] == g)
	ptr := &arr[1].px[0]
	ptr.At = [2]int{8, 8}
	fmt.Println(arr[1].px[0].At, g.px[0].At)
	var ifs []any
	for _, fr := range arr {
		ifs = append(ifs, fr)
	}
	arr[0].id = 100
	fmt.Println(ifs[0].(Frame).id, ifs[0] == any(arr[0]), ifs[1] == any(arr[1]))
}
