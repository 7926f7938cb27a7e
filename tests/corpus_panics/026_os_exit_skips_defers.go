//go:build ignore

// os.Exit does not run deferred calls.
package main

import (
	"fmt"
	"os"
)

//cell

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("leaving")
	os.Exit(4)
}
