//go:build ignore

// Scopes: shadowing in blocks, if/for/switch scopes and package-level names.
package main

import "fmt"

var x = "package"

func show() { fmt.Println("show:", x) }

//cell

func main() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	show()
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 5; x > 3 {
		fmt.Println("if:", x)
	} else {
		fmt.Println("else:", x)
	}
	for x := 0; x < 2; x++ {
		fmt.Println("for:", x)
	}
	switch x := true; {
	case x:
		fmt.Println("switch:", x)
	}
	fmt.Println(x)
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	n, err := 1, fmt.Errorf("reassigned")
	fmt.Println(n, err)
}
