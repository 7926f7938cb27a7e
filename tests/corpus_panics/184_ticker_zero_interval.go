//go:build ignore

// time.NewTicker given a zero interval computed from a rate of zero.
package main

import (
	"fmt"
	"time"
)

//cell

type Poller struct {
	PerSecond int
}

func (p Poller) interval() time.Duration {
	if p.PerSecond <= 0 {
		return 0
	}
	return time.Second / time.Duration(p.PerSecond)
}

func (p Poller) Start() *time.Ticker {
	return time.NewTicker(p.interval())
}

//cell

func main() {
	t := Poller{PerSecond: 1000}.Start()
	t.Stop()
	fmt.Println("first poller ok")
	Poller{}.Start()
}
