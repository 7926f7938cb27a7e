//go:build ignore

// A struct field called as if it were a method.
package main

import (
	"fmt"
	"time"
)

//cell

type Config struct {
	Timeout time.Duration
}

//cell

func main() {
	cfg := Config{Timeout: 2 * time.Second}
	fmt.Println(cfg.Timeout())
}
