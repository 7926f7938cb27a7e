//go:build ignore

// Go 1.25 and 1.26 in cells: a generic constraint that refers to itself,
// reflect's iterators over a cell struct's fields (unexported ones named as
// declared), a compiled type's methods and a func's parameters,
// errors.AsType with cell and compiled error types, new(expr),
// bytes.Buffer.Peek, slog.NewMultiHandler logging a cell struct as text
// and json.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"reflect"
)

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type Ver struct{ Major, Minor int }

func (v Ver) Less(o Ver) bool { return v.Major < o.Major || v.Major == o.Major && v.Minor < o.Minor }

func Min[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Conf struct {
	Host string `env:"HOST"`
	port int
	Tags []string
}

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

func find(n string) error { return fmt.Errorf("lookup: %w", &NotFound{n}) }

//cell

func main() {
	fmt.Println(Min(Ver{1, 2}, Ver{0, 9}, Ver{1, 0}))
	t := reflect.TypeOf(Conf{})
	for f := range t.Fields() {
		fmt.Println(f.Name, f.Type, f.Tag.Get("env"), f.IsExported())
	}
	for m := range reflect.TypeOf(&bytes.Buffer{}).Methods() {
		if m.Name == "Len" {
			fmt.Println("method", m.Name)
		}
	}
	ft := reflect.TypeOf(find)
	for in := range ft.Ins() {
		fmt.Println("in", in)
	}
	if nf, ok := errors.AsType[*NotFound](find("x")); ok {
		fmt.Println("as type:", nf.Name)
	}
	_, err := os.Open("/nope")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path)
	}
	p := new(42)
	s := new("hi")
	fmt.Println(*p, *s)
	var b bytes.Buffer
	b.WriteString("hello")
	pk, _ := b.Peek(3)
	fmt.Println(string(pk), b.Len())
	var o1, o2 bytes.Buffer
	h := slog.NewMultiHandler(slog.NewTextHandler(&o1, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}), slog.NewJSONHandler(&o2, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	slog.New(h).Info("hi", "conf", Conf{Host: "h"})
	fmt.Print(o1.String(), o2.String())
}
