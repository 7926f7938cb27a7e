//go:build ignore

// os.Exit with a code after some output.
package main

import (
	"fmt"
	"os"
)

//cell

func main() {
	fmt.Println("checking config")
	if len(os.Args) > 0 {
		fmt.Println("config invalid")
		os.Exit(3)
	}
	fmt.Println("not reached")
}
