//go:build ignore

// ~ applied to a defined type in a constraint.
package main

import "fmt"

//cell

type Celsius float64

type Temp interface{ ~Celsius }

func warm[T Temp](t T) T { return t }

//cell

func main() {
	fmt.Println(Celsius(20))
}
