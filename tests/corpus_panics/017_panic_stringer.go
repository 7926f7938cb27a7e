//go:build ignore

// A panic with a value whose type has a String method.
package main

import "fmt"

type State int

func (s State) String() string { return [...]string{"idle", "busy", "broken"}[s] }

//cell

func main() {
	s := State(1)
	fmt.Println("state:", s)
	panic(State(2))
}
