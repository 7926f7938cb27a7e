//go:build ignore

// syscall.Exit is os.Exit without its hooks: the program ends there with
// the code, running no deferred call. Errors compare with syscall's
// errnos as they do in a program.
package main

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

func open(path string) error {
	_, err := os.Open(path)
	return err
}

//cell

func main() {
	defer fmt.Println("main done: not printed")
	err := open("/nonexistent/file")
	fmt.Println(errors.Is(err, syscall.ENOENT), errors.Is(err, syscall.EACCES))
	var errno syscall.Errno
	fmt.Println(errors.As(err, &errno), errno == syscall.ENOENT, int(errno))
	syscall.Exit(5)
	fmt.Println("after: not printed")
}
