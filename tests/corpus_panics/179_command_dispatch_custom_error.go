//go:build ignore

// Commands dispatched through an interface from a map; one panics with a
// value of a cell error type.
package main

import (
	"fmt"
	"sort"
)

//cell

type Command interface {
	Run(args []string) string
}

type CommandError struct {
	Name, Reason string
}

func (e CommandError) Error() string { return e.Name + ": " + e.Reason }

type echo struct{}

func (echo) Run(args []string) string { return fmt.Sprint(args) }

type head struct{}

func (head) Run(args []string) string {
	if len(args) == 0 {
		panic(CommandError{"head", "no arguments"})
	}
	return args[0]
}

//cell

var commands = map[string]Command{"echo": echo{}, "head": head{}}

func dispatch(line []string) string {
	return commands[line[0]].Run(line[1:])
}

//cell

func main() {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	fmt.Println(dispatch([]string{"echo", "hi", "there"}))
	fmt.Println(dispatch([]string{"head", "x", "y"}))
	fmt.Println(dispatch([]string{"head"}))
}
