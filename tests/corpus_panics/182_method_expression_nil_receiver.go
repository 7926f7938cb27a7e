//go:build ignore

// A method expression applied to a nil *Account found missing in a map.
package main

import (
	"fmt"
)

//cell

type Account struct {
	Owner   string
	Balance int
}

func (a *Account) Deposit(n int) { a.Balance += n }

//cell

func applyAll(accts map[string]*Account, names []string, op func(*Account, int), n int) {
	for _, name := range names {
		op(accts[name], n)
	}
}

//cell

func main() {
	accts := map[string]*Account{"ann": {"ann", 10}, "bob": {"bob", 5}}
	applyAll(accts, []string{"ann", "bob"}, (*Account).Deposit, 3)
	fmt.Println(accts["ann"].Balance, accts["bob"].Balance)
	applyAll(accts, []string{"ann", "carl"}, (*Account).Deposit, 1)
}
