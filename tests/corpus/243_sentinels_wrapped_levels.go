//go:build ignore

// Sentinel errors declared in the first cell and compared in later ones
// after being wrapped several levels deep with %w, a custom Is method
// that matches a family of codes, and an error type compared as a
// comparable struct value.
package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var (
	ErrNotFound = errors.New("not found")
	ErrDenied   = errors.New("denied")
)

type Code struct{ N int }

func (c Code) Error() string { return fmt.Sprintf("code %d", c.N) }

// Is makes every 4xx code match Code{400}.
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && t.N == 400 && c.N >= 400 && c.N < 500
}

//cell

func lookup(key string) error {
	switch key {
	case "", "?":
		return ErrNotFound
	case "root":
		return ErrDenied
	case "teapot":
		return Code{418}
	case "oops":
		return Code{500}
	case "file":
		return &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}
	}
	return nil
}

func service(key string) error {
	if err := lookup(key); err != nil {
		return fmt.Errorf("service(%q): %w", key, err)
	}
	return nil
}

func handler(key string) error {
	if err := service(key); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

//cell

func api(key string) error {
	err := handler(key)
	if err != nil {
		return fmt.Errorf("api [%w]", err)
	}
	return nil
}

//cell

func main() {
	for _, k := range []string{"x", "?", "root", "teapot", "oops", "file"} {
		err := api(k)
		fmt.Printf("%-7s %v\n", k, err)
		if err == nil {
			continue
		}
		var code Code
		var pe *fs.PathError
		fmt.Printf("        notfound=%t denied=%t 4xx=%t 418=%t exist=%t\n",
			errors.Is(err, ErrNotFound), errors.Is(err, ErrDenied),
			errors.Is(err, Code{400}), errors.Is(err, Code{418}), errors.Is(err, fs.ErrNotExist))
		if errors.As(err, &code) {
			fmt.Printf("        as Code: %d equal 418: %t\n", code.N, code == Code{418})
		}
		if errors.As(err, &pe) {
			fmt.Printf("        as PathError: %s %s\n", pe.Op, pe.Path)
		}
		depth := 0
		for e := err; e != nil; e = errors.Unwrap(e) {
			depth++
		}
		fmt.Println("        depth", depth, "innermost is sentinel:", errors.Unwrap(errors.Unwrap(errors.Unwrap(err))) == lookup(k))
	}
}
