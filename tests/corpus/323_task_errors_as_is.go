//go:build ignore

// A small account service run on a pool: tasks return errors of cell
// types (a struct with a pointer receiver, a named string type, a type
// with its own Is method) and wrapped sentinels; the caller matches the
// futures' errors with errors.As and errors.Is, also through Map's
// "map item" wrapping and errors.Join.
package main

import (
	"errors"
	"fmt"

	"github.com/gofutures/gofutures/executor"
)

// ErrNoAccount is the sentinel for an unknown account.
var ErrNoAccount = errors.New("no such account")

// LimitError reports a transfer over the daily limit.
type LimitError struct {
	Account string
	Over    int
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("account %s: over the limit by %d", e.Account, e.Over)
}

// Code is an error that is just a code.
type Code string

func (c Code) Error() string { return "code " + string(c) }

// Frozen matches ErrNoAccount too: a frozen account is as good as none.
type Frozen struct{ Account string }

func (f Frozen) Error() string { return "account " + f.Account + " is frozen" }

func (f Frozen) Is(target error) bool { return target == ErrNoAccount }

//cell

var balances = map[string]int{"ann": 100, "bob": 20, "cy": 0}

const limit = 50

// transfer checks a transfer and returns the new balance.
func transfer(from string, amount int) (int, error) {
	if from == "cy" {
		return 0, Frozen{from}
	}
	b, ok := balances[from]
	if !ok {
		return 0, fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	if amount > limit {
		return 0, fmt.Errorf("transfer %d: %w", amount, &LimitError{from, amount - limit})
	}
	if amount > b {
		return 0, Code("E42")
	}
	return b - amount, nil
}

func describe(err error) string {
	var le *LimitError
	var c Code
	var fr Frozen
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &le):
		return fmt.Sprintf("limit(%s, %d)", le.Account, le.Over)
	case errors.As(err, &fr):
		return fmt.Sprintf("frozen(%s) is-none=%t", fr.Account, errors.Is(err, ErrNoAccount))
	case errors.Is(err, ErrNoAccount):
		return "unknown"
	case errors.As(err, &c):
		return "code " + string(c)
	}
	return "other: " + err.Error()
}

//cell

func main() {
	pool := executor.NewThreadPool(2)
	defer pool.Close()

	type req struct {
		from   string
		amount int
	}
	reqs := []req{{"ann", 30}, {"bob", 30}, {"dan", 5}, {"ann", 80}, {"cy", 1}}
	var fs []*executor.Future
	for _, r := range reqs {
		fs = append(fs, pool.Submit(transfer, r.from, r.amount))
	}
	var all []error
	for i, f := range fs {
		v, err := f.Result()
		fmt.Printf("%d %v %s\n", i, v, describe(err))
		if err != nil {
			fmt.Println("  ", err)
			all = append(all, err)
		}
	}

	joined := errors.Join(all...)
	var le *LimitError
	fmt.Println(errors.As(joined, &le), le.Over, errors.Is(joined, ErrNoAccount))

	// Map stops at the first failing item and wraps its error.
	res, err := pool.Map(transfer, []string{"ann", "ann", "bob"}, []int{10, 20, 45})
	fmt.Println(res, err)
	fmt.Println(describe(err), errors.As(err, new(Code)))

	// A task returning only an error.
	check := func(name string) error {
		if _, ok := balances[name]; !ok {
			return &LimitError{name, 0}
		}
		return nil
	}
	fmt.Println(pool.Submit(check, "ann").Err())
	e := pool.Submit(check, "zed").Err()
	fmt.Println(e, describe(e))
	if errors.As(e, &le) {
		fmt.Println("pointer fields:", le.Account, le.Over)
	}
}
