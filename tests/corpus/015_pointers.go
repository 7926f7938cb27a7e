//go:build ignore

// Pointers: address-of, dereference, new, pointers to structs and arrays.
package main

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

type point struct{ x, y int }

//cell

func (p *point) move(dx, dy int) { p.x += dx; p.y += dy }

func newPoint(x, y int) *point { return &point{x, y} }

//cell

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := new(int)
	*p = 5
	q := p
	*q++
	fmt.Println(*p, p == q, p != nil)
	pt := newPoint(1, 2)
	pt.move(3, 4)
	fmt.Println(*pt, pt.x)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	var np *point
	fmt.Println(np == nil)
	pp := &pt
	(*pp).y = 100
	fmt.Println(pt.y)
}
