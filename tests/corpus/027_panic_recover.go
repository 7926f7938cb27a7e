//go:build ignore

// Panic and recover: recovering values, re-panicking, runtime errors.
package main

import (
	"errors"
	"fmt"
)

func mayPanic(kind int) {
	switch kind {
	case 0:
		panic("a problem")
	case 1:
		panic(errors.New("an error value"))
	case 2:
		panic(fmt.Sprintf("formatted %d", 42))
	}
}

//cell

func safe(kind int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	mayPanic(kind)
	return nil
}

func nested() (out string) {
	defer func() {
		r := recover()
		out = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("inner")
	}()
	return "unreachable"
}

//cell

func main() {
	for k := 0; k < 4; k++ {
		fmt.Println(k, safe(k))
	}
	fmt.Println(nested())
	fmt.Println(recover())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is error:", ok, err != nil)
		}()
		var m map[string]int
		m["x"] = 1
	}()
}
