//go:build ignore

// .(type) used to get a value's type outside a type switch.
package main

import "fmt"

//cell

type Event struct{ Name string }

//cell

func kind(v any) string {
	t := v.(type)
	return fmt.Sprint(t)
}

//cell

func main() {
	fmt.Println(kind(Event{"x"}))
}
