//go:build ignore

// Method values and method expressions; functions as fields and map values.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()         { c.n++ }
func (c Counter) Get() int      { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

//cell

type Op func(a, b int) int

var ops = map[string]Op{
	"add": func(a, b int) int { return a + b },
	"mul": func(a, b int) int { return a * b },
}

type Handler struct {
	Name string
	Run  func(string) string
}

//cell

func main() {
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.Get())
	get := Counter.Get
	add := Counter.Add
	fmt.Println(get(*c), add(*c, 10))
	pinc := (*Counter).Inc
	pinc(c)
	fmt.Println(c.n)
	frozen := c.Get
	c.Inc()
	fmt.Println(frozen(), c.Get())
	for _, name := range []string{"add", "mul"} {
		fmt.Println(name, ops[name](6, 7))
	}
	hs := []Handler{{"upper", strings.ToUpper}, {"title", func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }}}
	for _, h := range hs {
		fmt.Println(h.Name, h.Run("gopher"))
	}
	fmt.Printf("%T\n", Counter.Add)
}
