//go:build ignore

// The Go blog's "Defer, Panic, and Recover": a deferred call's arguments
// are evaluated when the defer runs (prints 0), deferred calls run last
// in first out (3210), deferred functions may read and assign named
// results (c returns 2); a copyFile with deferred Close on in-memory
// files; the f/g example that panics at depth 4 and recovers in f,
// with deferred prints unwinding; re-panicking; recover outside a panic
// returning nil; and a package-style API turning internal panics into
// errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

//cell

var trail []string

func a() {
	i := 0
	defer fmt.Println(i)
	i++
	trail = append(trail, "a returns with i="+strconv.Itoa(i))
}

func b() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i)
	}
}

func c() (i int) {
	defer func() { i++ }()
	return 1
}

//cell

type file struct {
	name   string
	data   string
	closed bool
	log    *[]string
}

func (f *file) Close() error {
	f.closed = true
	*f.log = append(*f.log, "close "+f.name)
	return nil
}

func open(name string, log *[]string) (*file, error) {
	if strings.HasPrefix(name, "missing") {
		return nil, errors.New("open " + name + ": no such file")
	}
	*log = append(*log, "open "+name)
	return &file{name: name, data: "contents of " + name, log: log}, nil
}

func copyFile(dstName, srcName string, log *[]string) (written int, err error) {
	src, err := open(srcName, log)
	if err != nil {
		return
	}
	defer src.Close()
	dst, err := open(dstName, log)
	if err != nil {
		return
	}
	defer dst.Close()
	dst.data = src.data
	return len(dst.data), nil
}

//cell

func f() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("Recovered in f", r)
		}
	}()
	fmt.Println("Calling g.")
	g(0)
	fmt.Println("Returned normally from g.")
}

func g(i int) {
	if i > 3 {
		fmt.Println("Panicking!")
		panic(fmt.Sprintf("%v", i))
	}
	defer fmt.Println("Defer in g", i)
	fmt.Println("Printing in g", i)
	g(i + 1)
}

type parseError struct{ pos int }

func parseAll(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(parseError)
			if !ok {
				panic(r)
			}
			err = fmt.Errorf("bad digit at %d", pe.pos)
		}
	}()
	for i, ch := range s {
		if ch < '0' || ch > '9' {
			panic(parseError{i})
		}
		n = n*10 + int(ch-'0')
	}
	return n, nil
}

//cell

func main() {
	a()
	b()
	fmt.Println()
	fmt.Println(c(), trail)

	var log []string
	n, err := copyFile("dst.txt", "src.txt", &log)
	fmt.Println(n, err, log)
	log = nil
	n, err = copyFile("missing-dst", "src.txt", &log)
	fmt.Println(n, err, log)

	f()
	fmt.Println("Returned normally from f.")

	fmt.Println(recover())
	fmt.Println(parseAll("1234"))
	fmt.Println(parseAll("12x4"))
	func() {
		defer func() { fmt.Println("outer got:", recover()) }()
		var m map[string]int
		defer func() {
			r := recover()
			fmt.Println("inner got:", r)
			panic(fmt.Sprint("again: ", r))
		}()
		m["x"]++
	}()
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		var arr []int
		_ = arr[5]
	}()
}
