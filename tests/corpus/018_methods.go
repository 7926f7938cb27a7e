//go:build ignore

// Methods: value and pointer receivers, methods on non-struct types.
package main

import "fmt"

type rect struct {
	width, height int
}

//cell

func (r *rect) area() int { return r.width * r.height }

func (r rect) perim() int { return 2*r.width + 2*r.height }

func (r *rect) scale(k int) {
	r.width *= k
	r.height *= k
}

//cell

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

//cell

func main() {
	r := rect{width: 10, height: 5}
	fmt.Println("area:", r.area())
	fmt.Println("perim:", r.perim())
	rp := &r
	fmt.Println("area:", rp.area())
	fmt.Println("perim:", rp.perim())
	r.scale(2)
	fmt.Println(r, r.area())
	fmt.Println(Celsius(100).Fahrenheit(), Celsius(-40).Fahrenheit())
	fmt.Println(IntList{1, 2, 3, 4}.Sum())
}
