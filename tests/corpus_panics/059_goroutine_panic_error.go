//go:build ignore

// A goroutine panics with an error value of a cell's type; the goroutine
// was started from a notebook function, not main.
package main

import (
	"fmt"
	"time"
)

//cell

type stageError struct {
	stage string
	code  int
}

func (e *stageError) Error() string {
	return fmt.Sprintf("stage %s failed with code %d", e.stage, e.code)
}

//cell

func runStage(name string, code int) {
	if code != 0 {
		panic(&stageError{name, code})
	}
	fmt.Println("stage", name, "ok")
}

func pipeline(stop <-chan bool) {
	go func() {
		for i, name := range []string{"fetch", "parse"} {
			runStage(name, i*3)
		}
	}()
	<-stop
}

//cell

func main() {
	stop := make(chan bool)
	go func() {
		time.Sleep(time.Minute)
		close(stop)
	}()
	pipeline(stop)
	fmt.Println("not printed")
}
