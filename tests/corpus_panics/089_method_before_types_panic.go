//go:build ignore

// A method that prints its interface values is declared a cell before
// the types they hold; the cell declaring them gives it a body lowered
// for them (its hook), and the panic in that body reads as Go's: the
// method's frame at its line, called from main.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Scene struct{ Items []Shape }

func (s Scene) Pick(i int) string {
	fmt.Println("picking", s.Items[0])
	return fmt.Sprint(s.Items[i])
}

//cell

type Sq struct{ S float64 }

func (q Sq) Area() float64 { return q.S * q.S }

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) String() string { return fmt.Sprintf("circle(%g)", c.R) }

//cell

func main() {
	sc := Scene{[]Shape{Sq{2}, &Circle{1}}}
	fmt.Println(sc.Pick(1))
	fmt.Println(sc.Pick(3))
}
