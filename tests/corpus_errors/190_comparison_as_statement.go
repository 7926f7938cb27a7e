//go:build ignore

// A comparison written where an assignment was meant.
package main

import "fmt"

//cell

type Config struct {
	Retries int
	Verbose bool
}

//cell

func defaults(c *Config) {
	if c.Retries == 0 {
		c.Retries == 3
	}
}

//cell

func main() {
	c := Config{}
	defaults(&c)
	fmt.Println(c)
}
