//go:build ignore

// The function context.AfterFunc runs when its context is done panics on
// the goroutine AfterFunc starts: the program dies of it while main
// waits, with that function's frames.
package main

import (
	"context"
	"fmt"
)

//cell

type cache struct{ entries map[string]int }

func (c *cache) flush(reason string) {
	c.entries[reason]++ // entries was never made: a nil map
}

//cell

func main() {
	c := &cache{}
	ctx, cancel := context.WithCancel(context.Background())
	context.AfterFunc(ctx, func() {
		c.flush("cancelled")
	})
	fmt.Println("cancelling")
	cancel()
	select {}
}
