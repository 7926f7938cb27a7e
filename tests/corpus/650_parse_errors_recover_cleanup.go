//go:build ignore

// Parsing with panics turned into typed errors by a deferred recover,
// runtime errors recovered and classified, and deferred cleanups that
// run in order when a panic is recovered.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

func (e *ParseError) Unwrap() error { return e.Err }

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func parseLines(lines []string) (sum int, err error) {
	i := 0
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = &ParseError{i + 1, e}
				return
			}
			err = fmt.Errorf("line %d: %v", i+1, r)
		}
	}()
	for i = range lines {
		if lines[i] == "" {
			panic("empty line")
		}
		if lines[i] == "idx" {
			_ = lines[len(lines)+1]
		}
		sum += mustAtoi(lines[i])
	}
	return sum, nil
}

func step1() {
	for _, in := range [][]string{{"1", "2"}, {"1", "x"}, {"3", ""}, {"idx"}} {
		s, err := parseLines(in)
		var pe *ParseError
		var ne *strconv.NumError
		fmt.Println(s, err, errors.As(err, &pe), errors.As(err, &ne))
		if ne != nil {
			fmt.Println("  num error:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
		}
	}
}

//cell

func safe(f func()) (err error) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
		case error:
			err = fmt.Errorf("recovered error: %w", v)
		default:
			err = fmt.Errorf("recovered %T: %v", v, v)
		}
	}()
	f()
	return nil
}

var m map[string]int

var p *ParseError

var arr []int

var iface any = "str"

func step2() {
	zero := 0
	fmt.Println(safe(func() { m["a"] = 1 }))
	fmt.Println(safe(func() { _ = p.Line }))
	fmt.Println(safe(func() { _ = arr[3] }))
	fmt.Println(safe(func() { _ = iface.(int) }))
	fmt.Println(safe(func() { _ = 10 / zero }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("custom %d", 7)) }))
	fmt.Println(safe(func() {}))
	err := safe(func() { _ = arr[5] })
	var re interface{ RuntimeError() }
	fmt.Println(errors.As(err, &re))
}

//cell

func cleanup(name string, log *[]string) func() {
	return func() { *log = append(*log, "close "+name) }
}

func process(fail bool) (log []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			log = append(log, fmt.Sprint("recovered: ", r))
			err = errors.New("process failed")
		}
	}()
	defer cleanup("db", &log)()
	defer cleanup("file", &log)()
	log = append(log, "work")
	if fail {
		panic("disk full")
	}
	return log, nil
}

func step3() {
	fmt.Println(process(false))
	fmt.Println(process(true))
}

//cell

func main() {
	step1()
	step2()
	step3()
}
