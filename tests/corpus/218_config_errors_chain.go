//go:build ignore

// Loading a configuration with errors wrapped at each layer: a sentinel,
// a field error with a pointer receiver, a line error wrapping it, a file
// error wrapping that, errors.Is and errors.As finding each layer through
// fmt.Errorf("%w"), errors.Join of several, and a custom Is method.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var (
	ErrMissing = errors.New("missing value")
	ErrRange   = errors.New("out of range")
)

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return "field " + e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type LineError struct {
	Line int
	Err  error
}

func (e LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e LineError) Unwrap() error { return e.Err }

//cell

type CodeError struct{ Code int }

func (e CodeError) Error() string { return "code " + strconv.Itoa(e.Code) }

func (e CodeError) Is(target error) bool {
	t, ok := target.(CodeError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func parseField(line string) (string, int, error) {
	key, val, ok := strings.Cut(line, "=")
	key = strings.TrimSpace(key)
	if !ok || strings.TrimSpace(val) == "" {
		return key, 0, &FieldError{key, ErrMissing}
	}
	n, err := strconv.Atoi(strings.TrimSpace(val))
	if err != nil {
		return key, 0, &FieldError{key, fmt.Errorf("not a number: %w", err)}
	}
	if n < 0 || n > 100 {
		return key, n, &FieldError{key, fmt.Errorf("%d: %w", n, ErrRange)}
	}
	if n == 42 {
		return key, n, &FieldError{key, CodeError{42}}
	}
	return key, n, nil
}

//cell

func load(name, text string) (map[string]int, error) {
	cfg := map[string]int{}
	var errs []error
	for i, line := range strings.Split(text, "\n") {
		k, v, err := parseField(line)
		if err != nil {
			errs = append(errs, LineError{i + 1, err})
			continue
		}
		cfg[k] = v
	}
	if len(errs) > 0 {
		return cfg, fmt.Errorf("load %s: %w", name, errors.Join(errs...))
	}
	return cfg, nil
}

//cell

func main() {
	cfg, err := load("app.conf", "port=80\nretries=\nlimit=200\nname=abc\nanswer=42\nok=7")
	fmt.Println(len(cfg), cfg["port"], cfg["ok"])
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrMissing), errors.Is(err, ErrRange), errors.Is(err, strconv.ErrSyntax))
	fmt.Println(errors.Is(err, CodeError{42}), errors.Is(err, CodeError{}), errors.Is(err, CodeError{7}))
	var fe *FieldError
	if errors.As(err, &fe) {
		fmt.Printf("first field error: %s (%T)\n", fe.Field, fe.Err)
	}
	var le LineError
	if errors.As(err, &le) {
		fmt.Println("first line error at", le.Line)
	}
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("num error:", ne.Func, ne.Num)
	}
	var ce CodeError
	fmt.Println(errors.As(err, &ce), ce.Code)

	if joined, ok := errors.Unwrap(err).(interface{ Unwrap() []error }); ok {
		for _, e := range joined.Unwrap() {
			var f *FieldError
			errors.As(e, &f)
			fmt.Printf("  %-40v field=%-8s missing=%-5v range=%v\n", e, f.Field, errors.Is(e, ErrMissing), errors.Is(e, ErrRange))
		}
	}
	_, err2 := load("empty.conf", "a=1")
	fmt.Println(err2 == nil, errors.Is(err2, ErrMissing))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", LineError{9, &FieldError{"z", ErrRange}}))
	fmt.Println(wrapped)
	fmt.Printf("%v | %T | %T\n", errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)), errors.Unwrap(errors.Unwrap(errors.Unwrap(wrapped))))
}
