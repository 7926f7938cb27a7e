//go:build ignore

// A panic call in a method of the notebook's type.
package main

import "fmt"

type Account struct{ Balance int }

func (a *Account) Withdraw(n int) {
	if n > a.Balance {
		panic("insufficient funds")
	}
	a.Balance -= n
}

//cell

func main() {
	acct := &Account{Balance: 10}
	acct.Withdraw(4)
	fmt.Println("balance", acct.Balance)
	acct.Withdraw(7)
}
