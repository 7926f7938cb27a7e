//go:build ignore

// A tiny bank: Account with pointer-receiver Deposit/Withdraw returning a
// *TxError that unwraps to a sentinel, errors.As and errors.Is, a value
// String method printing cents, a Bank of accounts in a map with
// Transfer wrapping with %w, a table of balances and errors.Join.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Owner   string
	balance int64
	history []string
}

type TxError struct {
	Op     string
	Amount int64
	Err    error
}

func (e *TxError) Error() string { return fmt.Sprintf("%s %d: %v", e.Op, e.Amount, e.Err) }
func (e *TxError) Unwrap() error { return e.Err }

func (a *Account) Deposit(n int64) error {
	if n <= 0 {
		return &TxError{"deposit", n, errors.New("non-positive amount")}
	}
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
	return nil
}

func (a *Account) Withdraw(n int64) error {
	if n > a.balance {
		return &TxError{"withdraw", n, ErrInsufficient}
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a Account) Balance() int64 { return a.balance }

func (a Account) String() string {
	return fmt.Sprintf("%s: %d.%02d", a.Owner, a.balance/100, a.balance%100)
}

//cell

type Bank struct {
	accounts map[string]*Account
}

func (b *Bank) Open(name string) *Account {
	if b.accounts == nil {
		b.accounts = map[string]*Account{}
	}
	a := &Account{Owner: name}
	b.accounts[name] = a
	return a
}

func (b *Bank) Transfer(from, to string, n int64) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	return dst.Deposit(n)
}

//cell

func main() {
	acct := &Account{Owner: "ann"}
	fmt.Println(acct.Deposit(10050), acct.Withdraw(2525))
	err := acct.Withdraw(1_000_000)
	fmt.Println(err)
	var te *TxError
	if errors.As(err, &te) {
		fmt.Println("op:", te.Op, errors.Is(err, ErrInsufficient), te.Amount)
	}
	fmt.Println(acct, *acct, acct.history)
	if err := acct.Deposit(-5); err != nil {
		fmt.Printf("%v | %T | %q\n", err, err, err.Error())
	}

	var bank Bank
	bank.Open("ann").Deposit(5000)
	bank.Open("bob").Deposit(120)
	bank.accounts["cy"] = acct
	errs := []error{
		bank.Transfer("ann", "bob", 1999),
		bank.Transfer("bob", "ann", 99999),
		bank.Transfer("dan", "ann", 1),
		bank.Transfer("cy", "bob", 75),
	}
	for i, e := range errs {
		fmt.Printf("%d: %v (insufficient=%t)\n", i, e, errors.Is(e, ErrInsufficient))
	}
	names := make([]string, 0)
	for n := range bank.accounts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		a := bank.accounts[n]
		fmt.Printf("%-4s %8d %s\n", n, a.Balance(), strings.Join(a.history, ","))
	}
	joined := errors.Join(errs...)
	fmt.Println(strings.Count(joined.Error(), "\n"), errors.Is(joined, ErrInsufficient))
}
