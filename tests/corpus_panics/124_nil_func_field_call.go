//go:build ignore

// A struct field of func type called while nil.
package main

import (
	"fmt"
)

//cell

type Button struct {
	Label   string
	OnClick func() string
}

func click(b Button) string { return b.Label + ": " + b.OnClick() }

//cell

func main() {
	ok := Button{"ok", func() string { return "clicked" }}
	fmt.Println(click(ok))
	fmt.Println(click(Button{Label: "cancel"}))
}
