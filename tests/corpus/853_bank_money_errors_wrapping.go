//go:build ignore

// A bank account: a Money type with String, method values in a table of
// operations, errors wrapped with %w (twice in one Errorf), an error
// type with an Is method, errors.Join and errors.As through it, and
// fs.PathError and strconv.NumError from the standard library.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

//cell

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	ID      string
	Owner   *Person
	Balance Money
	History []Money
}

type Person struct {
	First, Last string
	Age         int
}

func (p *Person) String() string { return p.First + " " + p.Last }

func (a *Account) Deposit(m Money) error {
	if m <= 0 {
		return &AmountError{Op: "deposit", Amount: m}
	}
	a.Balance += m
	a.History = append(a.History, m)
	return nil
}

func (a *Account) Withdraw(m Money) error {
	if m > a.Balance {
		return fmt.Errorf("withdraw %v from %s: %w", m, a.ID, ErrInsufficient)
	}
	a.Balance -= m
	a.History = append(a.History, -m)
	return nil
}

var ErrInsufficient = errors.New("insufficient funds")

type AmountError struct {
	Op     string
	Amount Money
}

func (e *AmountError) Error() string { return e.Op + ": bad amount " + e.Amount.String() }

func (e *AmountError) Is(target error) bool { return target == ErrBadInput }

var ErrBadInput = errors.New("bad input")

//cell

func step1() {
	ann := &Person{"Ann", "Lee", 34}
	acct := &Account{ID: "A-1", Owner: ann}
	ops := []struct {
		name string
		f    func(Money) error
		amt  Money
	}{
		{"dep", acct.Deposit, 10000},
		{"wd", acct.Withdraw, 2550},
		{"dep", acct.Deposit, -5},
		{"wd", acct.Withdraw, 100000},
		{"dep", acct.Deposit, 1},
	}
	var errs []error
	for _, op := range ops {
		if err := op.f(op.amt); err != nil {
			errs = append(errs, fmt.Errorf("%s(%v): %w", op.name, op.amt, err))
		}
	}
	fmt.Println(acct.Balance, acct.History)
	joined := errors.Join(errs...)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrInsufficient), errors.Is(joined, ErrBadInput), errors.Is(joined, fs.ErrNotExist))
	var ae *AmountError
	if errors.As(joined, &ae) {
		fmt.Printf("as: %v %q %+v\n", ae.Amount, ae.Op, *ae)
	}
	fmt.Printf("%v | %+v | %s\n", acct.Owner, acct.Owner, ann)
	fmt.Printf("%v\n", *acct.Owner)
	fmt.Printf("%+v\n", Account{ID: "z", Balance: -1234})
	fmt.Printf("%#v\n", Money(5))
	fmt.Printf("%v %d %x %08.3f %s\n", Money(-705), Money(-705), Money(255), 3.14159, []Money{1, 22})
}

//cell

func step2() {
	multi := fmt.Errorf("both: %w and %w", ErrInsufficient, &AmountError{"x", 1})
	fmt.Println(multi, errors.Is(multi, ErrInsufficient), errors.Is(multi, ErrBadInput))
	fmt.Println(errors.Unwrap(multi) == nil)
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &AmountError{"deep", 3}))
	for e := error(wrapped); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	type temporary interface{ Temporary() bool }
	var tmp temporary
	fmt.Println(errors.As(wrapped, &tmp))
}

//cell

func parseKV(s string) (map[string]int, error) {
	out := map[string]int{}
	var errs []error
	for _, part := range strings.Split(s, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			errs = append(errs, fmt.Errorf("%q: missing '='", part))
			continue
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("key %s: %w", k, err))
			continue
		}
		out[k] = n
	}
	return out, errors.Join(errs...)
}

//cell

func step3() {
	m, err := parseKV("a=1; b=two; c; d=4")
	fmt.Println(m, err != nil)
	fmt.Printf("%q\n", err.Error())
	m, err = parseKV("x=1")
	fmt.Println(m, err, err == nil)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
