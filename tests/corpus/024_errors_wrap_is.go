//go:build ignore

// Error wrapping: %w, errors.Unwrap, errors.Is through several layers.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

//cell

func load(key string) error {
	if err := find(key); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

//cell

func main() {
	err := load("config")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound))
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	two := fmt.Errorf("both: %w and %w", ErrNotFound, fs.ErrPermission)
	fmt.Println(two, errors.Is(two, ErrNotFound), errors.Is(two, fs.ErrPermission))
}
