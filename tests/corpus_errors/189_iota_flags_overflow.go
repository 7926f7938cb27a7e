//go:build ignore

// One flag too many for a set of bit flags of type uint8, made with iota.
package main

import "fmt"

//cell

type Perm uint8

//cell

const (
	Read Perm = 1 << iota
	Write
	Exec
	Share
	Delete
	Rename
	Move
	Copy
	Audit
)

//cell

func main() {
	fmt.Println(Read|Write, Audit)
}
