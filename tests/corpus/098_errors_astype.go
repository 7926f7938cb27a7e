//go:build ignore

// errors.AsType (Go 1.26): a generic, type-safe errors.As.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

//cell

func check(name string) error {
	if name == "" {
		return fmt.Errorf("check: %w", &ValidationError{"name"})
	}
	_, err := os.Stat("/no/such/" + name)
	return err
}

//cell

func main() {
	if ve, ok := errors.AsType[*ValidationError](check("")); ok {
		fmt.Println("validation:", ve.Field)
	}
	err := check("file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("path error:", pe.Op, pe.Path)
	}
	_, ok := errors.AsType[*ValidationError](err)
	fmt.Println(ok)
}
