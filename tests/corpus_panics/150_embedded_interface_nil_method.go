//go:build ignore

// A method called through an embedded interface field left nil.
package main

import (
	"fmt"
)

//cell

type Logger interface{ Log(string) }

type Service struct {
	Logger
	name string
}

func (s Service) Start() { s.Log("starting " + s.name) }

type printer struct{}

func (printer) Log(m string) { fmt.Println(m) }

//cell

func main() {
	Service{printer{}, "a"}.Start()
	Service{name: "b"}.Start()
}
