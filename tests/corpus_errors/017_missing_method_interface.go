//go:build ignore

// A type without the interface's method passed as it.
package main

import "fmt"

type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Bark() string { return d.name + ": woof" }

func introduce(n Named) { fmt.Println("this is", n.Name()) }

//cell

func main() {
	introduce(Dog{"rex"})
}
