//go:build ignore

// A type argument without the method its constraint requires.
package main

import "fmt"

//cell

type Named interface {
	Name() string
}

func greet[T Named](x T) string { return "hi " + x.Name() }

type User struct{ name string }

//cell

func run() string {
	return greet(User{"ann"})
}

//cell

func main() {
	fmt.Println(run())
}
