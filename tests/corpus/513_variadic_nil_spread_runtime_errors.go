//go:build ignore

// Variadic helpers called with a nil spread (f(nil...), append(s,
// nil...), fmt.Println(nil...)) and with slices built in earlier cells;
// slice-to-array conversions, by value and to an array pointer, whose
// failures are Go's runtime errors; and a field promoted through a nil
// embedded pointer, a nil dereference that recover reads as a
// runtime.Error.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Option func(*Config)

type Limits struct {
	MaxConns int
	Burst    int
}

type Config struct {
	*Limits
	Name string
	Tags []string
}

//cell

func WithTag(t string) Option { return func(c *Config) { c.Tags = append(c.Tags, t) } }

func WithLimits(n, burst int) Option {
	return func(c *Config) { c.Limits = &Limits{MaxConns: n, Burst: burst} }
}

func New(name string, opts ...Option) *Config {
	c := &Config{Name: name}
	for _, o := range opts {
		o(c)
	}
	return c
}

func tagsLine(tags ...string) string {
	if tags == nil {
		return "no tags (nil)"
	}
	return fmt.Sprintf("%d tags: %s", len(tags), strings.Join(tags, ","))
}

//cell

var defaults []Option

func try(what string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, _ := r.(error)
		fmt.Printf("%s: %v (runtime.Error %v, error %v)\n", what, r, isRuntime, err != nil && errors.Unwrap(err) == nil)
	}()
	f()
}

//cell

func main() {
	a := New("a", nil...)
	b := New("b", defaults...)
	c := New("c", WithTag("x"), WithLimits(8, 2), WithTag("y"))
	fmt.Println(a.Name, a.Tags == nil, b.Name, len(b.Tags), c.Name, c.Tags, *c.Limits)
	fmt.Println(tagsLine(nil...), "|", tagsLine(), "|", tagsLine(c.Tags...))
	fmt.Println(len(append(c.Tags, nil...)), cap(append([]string(nil), nil...)))
	fmt.Println(nil...)
	fmt.Println("max conns", c.MaxConns, "burst", c.Burst)

	try("promoted field of nil *Limits", func() { fmt.Println(a.MaxConns) })
	try("assign through nil *Limits", func() { a.Burst = 3 })

	parts := strings.Split("10.0.0.1", ".")
	quad := [4]string(parts)
	first := (*[2]string)(parts)
	first[0] = "192"
	fmt.Println(quad, *first, parts)
	try("short slice to array", func() { _ = [5]string(parts) })
	try("short slice to array pointer", func() { _ = (*[6]string)(parts[:1]) })
	var none []string
	fmt.Println((*[0]string)(none) == nil, len([0]string(none)))
}
