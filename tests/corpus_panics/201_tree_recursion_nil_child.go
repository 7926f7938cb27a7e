//go:build ignore

// A recursive evaluator of an expression tree built by a parser of an
// earlier cell reaches an operator node with a missing child, several
// calls deep.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

//cell

type Node struct {
	Op          string
	Val         int
	Left, Right *Node
}

// parse reads a prefix expression: "+ 1 * 2 3".
func parse(toks []string) (*Node, []string) {
	if len(toks) == 0 {
		return nil, nil
	}
	t := toks[0]
	if n, err := strconv.Atoi(t); err == nil {
		return &Node{Val: n}, toks[1:]
	}
	l, rest := parse(toks[1:])
	r, rest := parse(rest)
	return &Node{Op: t, Left: l, Right: r}, rest
}

//cell

func eval(n *Node) int {
	if n.Op == "" {
		return n.Val
	}
	l, r := eval(n.Left), eval(n.Right)
	switch n.Op {
	case "+":
		return l + r
	case "*":
		return l * r
	}
	return l - r
}

func calc(src string) int {
	tree, _ := parse(strings.Fields(src))
	return eval(tree)
}

//cell

func main() {
	fmt.Println(calc("+ 1 * 2 3"))
	fmt.Println(calc("- * 4 + 1 1 3"))
	fmt.Println(calc("+ 1 * 2 - 7"))
}
