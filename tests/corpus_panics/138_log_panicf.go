//go:build ignore

// log.Panicf with a formatted message.
package main

import (
	"fmt"
	"log"
	"os"
)

//cell

func load(name string) string {
	if name == "" {
		log.Panicf("load: empty name (%d tries)", 3)
	}
	return "data:" + name
}

//cell

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	fmt.Println(load("a"))
	fmt.Println(load(""))
}
