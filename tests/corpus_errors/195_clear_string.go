//go:build ignore

// clear of a string.
package main

import "fmt"

//cell

type Buffer struct{ text string }

//cell

func (b *Buffer) Reset() {
	clear(b.text)
}

//cell

func main() {
	b := &Buffer{"x"}
	b.Reset()
	fmt.Println(b.text)
}
