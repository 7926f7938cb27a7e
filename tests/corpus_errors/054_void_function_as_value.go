//go:build ignore

// The result of a function without results used.
package main

import "fmt"

func logLine(s string) { fmt.Println("log:", s) }

//cell

func main() {
	r := logLine("start")
	fmt.Println(r)
}
