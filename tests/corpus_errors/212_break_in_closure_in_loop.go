//go:build ignore

// A break in a function literal called inside a loop.
package main

import "fmt"

//cell

var words = []string{"go", "stop", "never"}

//cell

func main() {
	for _, w := range words {
		func() {
			if w == "stop" {
				break
			}
			fmt.Println(w)
		}()
	}
}
