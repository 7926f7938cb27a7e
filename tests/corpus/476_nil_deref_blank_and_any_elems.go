//go:build ignore

// Dereferences of nil pointers of notebook types that Go reports as
// runtime errors, recovered: assigned to the blank identifier (a nil
// check written as _ = *cfg), in an element of a []any and a
// map[string]any literal, passed to a function, and copied to a variable.
package main

import "fmt"

type Limits struct {
	MaxConns int
	Burst    [2]int
}

type Service struct {
	Name   string
	Limits *Limits
}

func check(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-8s panics: %v\n", what, r)
		}
	}()
	f()
	fmt.Printf("%-8s ok\n", what)
}

func describe(l Limits) string { return fmt.Sprint(l.MaxConns, l.Burst) }

//cell

var svc = Service{Name: "api"}

func init() {
	check("copy", func() { l := *svc.Limits; _ = l })
	check("call", func() { describe(*svc.Limits) })
	check("blank", func() { _ = *svc.Limits })
	check("slice", func() { row := []any{svc.Name, *svc.Limits}; fmt.Println(len(row)) })
	check("map", func() { m := map[string]any{"limits": *svc.Limits}; fmt.Println(len(m)) })
}

//cell

func main() {
	svc.Limits = &Limits{MaxConns: 8}
	check("blank", func() { _ = *svc.Limits })
	check("map", func() { m := map[string]any{"limits": *svc.Limits}; fmt.Println(m) })
}
