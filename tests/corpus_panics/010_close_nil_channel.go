//go:build ignore

// A channel never made closed.
package main

import "fmt"

//cell

func main() {
	var results chan string
	fmt.Println("closing")
	close(results)
}
