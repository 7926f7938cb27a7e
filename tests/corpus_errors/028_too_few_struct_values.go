//go:build ignore

// A positional struct literal with a value missing.
package main

import "fmt"

type RGB struct{ R, G, B uint8 }

//cell

func main() {
	c := RGB{255, 128}
	fmt.Println(c)
}
