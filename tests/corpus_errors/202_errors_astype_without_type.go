//go:build ignore

// errors.AsType called without the error type to look for.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

//cell

func open(name string) error {
	_, err := os.Open(name)
	return err
}

//cell

func missingPath(err error) string {
	if pe, ok := errors.AsType(err); ok {
		return pe.Path
	}
	return ""
}

var _ = fs.ErrNotExist

//cell

func main() {
	fmt.Println(missingPath(open("/nonexistent")))
}
