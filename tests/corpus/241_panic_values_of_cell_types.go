//go:build ignore

// Panics with values of the notebook's own types: a struct, a pointer to
// one, a named int with a String method, and an error type. A layer of
// functions recovers, inspects the value with a type switch, and panics
// again with more context; the outermost caller recovers the final value.
package main

import (
	"errors"
	"fmt"
)

type Abort struct {
	Stage string
	Code  int
}

type Level int

const (
	Low Level = iota + 1
	High
)

func (l Level) String() string {
	if l == High {
		return "HIGH"
	}
	return "low"
}

type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string { return e.Stage + ": " + e.Err.Error() }
func (e *StageError) Unwrap() error { return e.Err }

var ErrBudget = errors.New("budget exhausted")

//cell

func describe(r any) string {
	switch v := r.(type) {
	case nil:
		return "nothing"
	case Abort:
		return fmt.Sprintf("Abort value %+v", v)
	case *Abort:
		return fmt.Sprintf("Abort pointer at stage %s", v.Stage)
	case Level:
		return fmt.Sprintf("Level %v (%d)", v, int(v))
	case error:
		return fmt.Sprintf("error %q is budget: %t", v.Error(), errors.Is(v, ErrBudget))
	default:
		return fmt.Sprintf("other %T %v", v, v)
	}
}

func stage(name string, what int) {
	switch what {
	case 1:
		panic(Abort{name, 7})
	case 2:
		panic(&Abort{Stage: name})
	case 3:
		panic(High)
	case 4:
		panic(&StageError{name, ErrBudget})
	case 5:
		panic(fmt.Errorf("stage %s: %w", name, ErrBudget))
	case 6:
		panic([]int{what})
	}
}

//cell

func middle(name string, what int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("  middle saw %s\n", describe(r))
			if what%2 == 0 {
				panic(fmt.Sprintf("again after %v", r))
			}
			panic(r)
		}
	}()
	stage(name, what)
	fmt.Println("  middle: no panic")
}

func outer(name string, what int) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = "outer recovered " + describe(r)
		}
	}()
	middle(name, what)
	return "outer: clean"
}

//cell

func main() {
	names := []string{"parse", "plan", "build", "test", "ship", "tag", "done"}
	for i, n := range names {
		fmt.Printf("%d %s\n", i+1, n)
		fmt.Println(" ", outer(n, i+1))
	}
	var l any = Low
	fmt.Printf("%v %T %d\n", l, l, l)
	fmt.Printf("%v|%+v|%T\n", Abort{"x", 1}, &Abort{"y", 2}, Abort{})
}
