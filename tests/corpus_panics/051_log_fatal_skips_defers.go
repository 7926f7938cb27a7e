//go:build ignore

// log.Fatal is Print then os.Exit(1): a deferred call that would report
// success, or recover, never runs, nor does anything after it.
package main

import (
	"fmt"
	"log"
)

func load(path string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered: not printed", r)
		}
	}()
	defer fmt.Println("load done")
	fmt.Println("loading", path)
	if path == "" {
		log.Fatal("no path")
	}
	return len(path), nil
}

//cell

func main() {
	defer fmt.Println("main done: not printed")
	n, _ := load("a.txt")
	fmt.Println("loaded", n)
	load("")
	fmt.Println("after: not printed")
}
