//go:build ignore

// Constant errors (type Err string with an Error method), compared with
// ==, in switches with several cases and with errors.Is; enums in
// switches on an any; a map keyed by an enum decoded from JSON through
// the key type's UnmarshalText.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

//cell

type Err string

func (e Err) Error() string { return string(e) }

const (
	ErrNotFound     = Err("not found")
	ErrGone     Err = "gone"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func get(k string) error {
	switch k {
	case "a":
		return ErrNotFound
	case "b":
		return ErrGone
	case "c":
		return Code(7)
	case "d":
		return io.EOF
	case "e":
		return fmt.Errorf("get %s: %w", k, ErrGone)
	}
	return nil
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) MarshalText() ([]byte, error) {
	return []byte([]string{"red", "green", "blue"}[c]), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	for i, n := range []string{"red", "green", "blue"} {
		if n == string(b) {
			*c = Color(i)
			return nil
		}
	}
	return fmt.Errorf("bad color %q", b)
}

//cell

func main() {
	for _, k := range []string{"a", "b", "c", "d", "e", "f"} {
		err := get(k)
		fmt.Printf("%s: %T %v %v %v\n", k, err, err == ErrGone, errors.Is(err, ErrGone), err == nil)
		switch err {
		case ErrNotFound, ErrGone:
			fmt.Println("  missing:", err)
		case Code(7), io.EOF:
			fmt.Println("  code or eof:", err)
		case nil:
			fmt.Println("  ok")
		default:
			fmt.Println("  other:", err)
		}
		switch e := errors.Unwrap(err); e {
		case ErrGone:
			fmt.Println("  wrapped gone")
		}
	}

	for _, c := range []Color{Red, Green, Blue} {
		var x any = c
		switch x {
		case Red, Green:
			fmt.Println("warm", int(c))
		default:
			fmt.Println("cold", int(c))
		}
	}

	b, err := json.Marshal(map[Color][]Color{Red: {Green, Blue}, Blue: nil})
	fmt.Println(string(b), err)
	var back map[Color][]Color
	fmt.Println(json.Unmarshal(b, &back), len(back), back[Red], back[Blue] == nil)
	fmt.Println(json.Unmarshal([]byte(`{"pink":[]}`), &back))
}
