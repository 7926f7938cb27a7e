//go:build ignore

// A ledger that validates transfers: custom error types with pointer
// receivers, an Is method, errors.Join of several failures, errors.As
// into a pointer and into an interface, %w twice in one Errorf, and
// panics turned into errors by a deferred recover with a named result.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrNoFunds = errors.New("insufficient funds")
var ErrFrozen = errors.New("account frozen")

type AccountError struct {
	Acct string
	Op   string
	Err  error
}

func (e *AccountError) Error() string { return e.Op + " " + e.Acct + ": " + e.Err.Error() }
func (e *AccountError) Unwrap() error { return e.Err }

type LimitError struct {
	Limit, Got int
}

func (e LimitError) Error() string {
	return fmt.Sprintf("limit %d exceeded by %d", e.Limit, e.Got-e.Limit)
}
func (e LimitError) Is(target error) bool {
	t, ok := target.(LimitError)
	return ok && t.Limit == e.Limit
}

type Temporary interface{ Temporary() bool }

type busyError struct{ tries int }

func (b *busyError) Error() string   { return fmt.Sprintf("busy after %d tries", b.tries) }
func (b *busyError) Temporary() bool { return b.tries < 3 }

//cell

type Ledger struct {
	bal    map[string]int
	frozen map[string]bool
	log    []string
}

func NewLedger() *Ledger {
	return &Ledger{bal: map[string]int{"a": 100, "b": 20, "c": 0}, frozen: map[string]bool{"c": true}}
}

func (l *Ledger) Transfer(from, to string, amt int) error {
	var errs []error
	if l.frozen[from] {
		errs = append(errs, &AccountError{from, "debit", ErrFrozen})
	}
	if l.frozen[to] {
		errs = append(errs, &AccountError{to, "credit", ErrFrozen})
	}
	if amt > 50 {
		errs = append(errs, LimitError{50, amt})
	}
	if l.bal[from] < amt {
		errs = append(errs, &AccountError{from, "debit", fmt.Errorf("need %d: %w", amt-l.bal[from], ErrNoFunds)})
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	l.bal[from] -= amt
	l.bal[to] += amt
	l.log = append(l.log, fmt.Sprintf("%s->%s %d", from, to, amt))
	return nil
}

//cell

func (l *Ledger) Apply(script string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("line %d: recovered: %v", n+1, r)
		}
	}()
	for _, line := range strings.Split(script, ";") {
		var from, to string
		var amt int
		if _, e := fmt.Sscan(line, &from, &to, &amt); e != nil {
			panic(fmt.Sprintf("bad line %q", strings.TrimSpace(line)))
		}
		if e := l.Transfer(from, to, amt); e != nil {
			return n, fmt.Errorf("apply: %w", e)
		}
		n++
	}
	return n, nil
}

func retry(f func(int) error) (err error) {
	for i := 1; ; i++ {
		err = f(i)
		var t Temporary
		if errors.As(err, &t) && t.Temporary() {
			fmt.Println("  retry:", err)
			continue
		}
		return err
	}
}

//cell

func main() {
	l := NewLedger()
	cases := [][3]any{{"a", "b", 30}, {"b", "a", 60}, {"c", "a", 1}, {"b", "c", 10}, {"a", "b", 80}}
	for _, c := range cases {
		err := l.Transfer(c[0].(string), c[1].(string), c[2].(int))
		fmt.Println(err)
		if err == nil {
			continue
		}
		var ae *AccountError
		if errors.As(err, &ae) {
			fmt.Printf("  as: %q %q %v\n", ae.Acct, ae.Op, ae.Err)
		}
		fmt.Println("  is:", errors.Is(err, ErrNoFunds), errors.Is(err, ErrFrozen), errors.Is(err, LimitError{Limit: 50}), errors.Is(err, LimitError{Limit: 10}))
		if j, ok := errors.Unwrap(err).(interface{ Unwrap() []error }); ok {
			fmt.Println("  joined:", len(j.Unwrap()))
		}
	}
	keys := make([]string, 0)
	for k := range l.bal {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s:%4d\n", k, l.bal[k])
	}
	n, err := l.Apply("a b 5; b a 3 ;a b")
	fmt.Println(n, err)
	n, err = l.Apply("a b 5; b c 3")
	fmt.Println(n, err)
	fmt.Println(l.log)
	err = retry(func(i int) error {
		if i < 5 {
			return fmt.Errorf("call %d: %w", i, &busyError{i})
		}
		return nil
	})
	fmt.Println("final:", err)
	e1 := fmt.Errorf("both: %w and %w", ErrNoFunds, LimitError{1, 2})
	fmt.Println(e1, errors.Is(e1, ErrNoFunds), errors.Is(e1, LimitError{Limit: 1}), errors.Unwrap(e1) == nil)
	var le LimitError
	fmt.Println(errors.As(e1, &le), le.Got, le)
	fmt.Printf("%v|%s|%+v|%T\n", le, le, le, le)
	var ae *AccountError
	fmt.Printf("%T %v\n", ae, ae == nil)
}
