//go:build ignore

// A deferred cleanup panics while the function is already panicking;
// Go prints both panics.
package main

import "fmt"

//cell

type Conn struct {
	open bool
}

func (c *Conn) Close() {
	if !c.open {
		panic("close: connection not open")
	}
	c.open = false
}

//cell

func query(c *Conn, rows []string, i int) string {
	defer c.Close()
	return rows[i]
}

//cell

func main() {
	c := &Conn{open: true}
	fmt.Println(query(c, []string{"r0", "r1"}, 1))
	fmt.Println(query(c, []string{"r0"}, 2))
}
