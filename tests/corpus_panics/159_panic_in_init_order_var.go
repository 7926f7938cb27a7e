//go:build ignore

// A panic from a function a package-level variable calls, after main prints.
package main

import (
	"fmt"
	"strconv"
)

//cell

func parsePort(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("bad port %q: %v", s, err))
	}
	return n
}

var ports = map[string]int{}

func setPort(name, v string) { ports[name] = parsePort(v) }

//cell

func main() {
	setPort("http", "80")
	fmt.Println(ports)
	setPort("https", "44x3")
}
