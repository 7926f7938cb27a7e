//go:build ignore

// A pointer to a cell struct passed to panic, with a String method on the
// value type: the pointer's method set has it, so Go prints the text.
package main

import "fmt"

//cell

type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

type Lexer struct {
	src string
	pos Pos
}

func (lx *Lexer) Next() byte {
	if lx.pos.Col >= len(lx.src) {
		panic(&lx.pos)
	}
	c := lx.src[lx.pos.Col]
	lx.pos.Col++
	return c
}

//cell

func main() {
	lx := &Lexer{src: "ab", pos: Pos{Line: 1}}
	fmt.Println(string(lx.Next()), lx.pos)
	fmt.Println(string(lx.Next()), lx.pos)
	fmt.Println(string(lx.Next()), lx.pos)
}
