//go:build ignore

// defer and recover: LIFO order with arguments evaluated at the defer,
// deferred closures changing named results, recover turning a panic into
// an error (runtime.Error, custom error values, errors.As on the
// recovered value), re-panicking with a wrapped value, panics inside
// deferred calls replacing the first, recover returning nil outside a
// panic, panic(nil) as *runtime.PanicNilError, and a deferred unlock.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

//cell

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("recovered: %w", re)
				return
			}
			panic(r)
		}
	}()
	return a / b, nil
}

func parseAll(lines []string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*ParseError)
			if !ok {
				panic(r)
			}
			err = pe
			total = -1
		}
	}()
	for i, l := range lines {
		n, e := strconv.Atoi(l)
		if e != nil {
			panic(&ParseError{i + 1, e})
		}
		total += n
	}
	return total, nil
}

//cell

func order() {
	for i := range 3 {
		defer fmt.Print("d", i, " ")
	}
	x := 10
	defer fmt.Println("arg evaluated early:", x)
	x = 20
	defer func() { fmt.Print("closure sees ", x, "; ") }()
	x = 30
}

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func layered() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func nested() (s string) {
	defer func() {
		s += fmt.Sprint("|outer:", recover())
	}()
	func() {
		defer func() {
			s += fmt.Sprint("inner:", recover())
		}()
		var m map[string]int
		m["x"] = 1
	}()
	s += "|after inner"
	return s
}

//cell

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Withdraw(n int) (err error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("withdraw %d: %v", n, r)
		}
	}()
	if n > a.balance {
		panic("insufficient funds")
	}
	a.balance -= n
	return nil
}

func rethrow() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rethrown: %v", r)
		}
	}()
	func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprintf("wrapped(%v)", r))
			}
		}()
		panic(errors.New("root cause"))
	}()
	return nil
}

func main() {
	order()
	fmt.Println(triple())
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), re)

	fmt.Println(parseAll([]string{"1", "2", "3"}))
	tot, err := parseAll([]string{"4", "x5", "6"})
	fmt.Println(tot, err)
	var pe *ParseError
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &pe), pe.Line, errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))

	fmt.Println(layered())
	fmt.Println(nested())
	fmt.Println(recover())

	acct := &Account{balance: 100}
	fmt.Println(acct.Withdraw(30), acct.Withdraw(500), acct.balance)
	acct.mu.Lock()
	fmt.Println("lock free again")
	acct.mu.Unlock()

	fmt.Println(rethrow())

	func() {
		defer func() {
			r := recover()
			_, isNil := r.(*runtime.PanicNilError)
			fmt.Println("panic(nil) recovered as", r, isNil)
		}()
		panic(nil)
	}()

	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
			var rerr runtime.Error
			fmt.Println(errors.As(err, &rerr))
		}()
		var arr []int
		idx := 5
		_ = arr[idx]
	}()

	func() {
		defer func() { fmt.Println("conversion:", recover()) }()
		var v any = "str"
		_ = v.(int)
	}()
	results := make([]string, 0)
	for _, f := range []func(){
		func() { panic(fmt.Errorf("err value")) },
		func() { panic(42) },
		func() {},
		func() { var p *Account; p.balance++ },
	} {
		func() {
			defer func() {
				results = append(results, fmt.Sprintf("%T:%v", recover(), recover()))
			}()
			f()
		}()
	}
	for _, r := range results {
		fmt.Println(r)
	}
}
