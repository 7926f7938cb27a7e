//go:build ignore

// A method that recovers a runtime error from a step and panics again with
// a wrapped error of its own.
package main

import (
	"fmt"
)

//cell

type Pipeline struct {
	steps []func([]int) []int
}

func (p *Pipeline) Run(data []int) (out []int) {
	for i, step := range p.steps {
		func() {
			defer func() {
				if r := recover(); r != nil {
					panic(fmt.Errorf("step %d failed: %v", i, r))
				}
			}()
			data = step(data)
		}()
	}
	return data
}

//cell

func main() {
	p := &Pipeline{steps: []func([]int) []int{
		func(xs []int) []int { return append(xs, 10) },
		func(xs []int) []int { return xs[:2] },
		func(xs []int) []int { return xs[1:5] },
	}}
	fmt.Println(p.Run([]int{1, 2, 3}))
	fmt.Println(p.Run([]int{1}))
}
