//go:build ignore

// A panic with errors.Join of two errors.
package main

import (
	"errors"
	"fmt"
)

//cell

func validate(name string, age int) error {
	var errs []error
	if name == "" {
		errs = append(errs, errors.New("name is empty"))
	}
	if age < 0 {
		errs = append(errs, fmt.Errorf("age %d is negative", age))
	}
	return errors.Join(errs...)
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

//cell

func main() {
	must(validate("ann", 3))
	fmt.Println("ok")
	must(validate("", -1))
}
