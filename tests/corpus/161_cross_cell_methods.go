//go:build ignore

// Types in one cell, their methods in later cells (a cell may use only
// what earlier cells declared, as in any notebook).
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

type Ledger []Account

func fee(n int) int { return n - n/100 }

//cell

func (a *Account) Deposit(n int) { a.Balance += fee(n) }

func (l Ledger) Total() (t int) {
	for _, a := range l {
		t += a.Balance
	}
	return t
}

//cell

var book = Ledger{{"ann", 100}, {"bob", 50}}

//cell

func main() {
	book[0].Deposit(1000)
	p := &book[1]
	p.Deposit(200)
	fmt.Println(book.Total(), book[0].Balance, book[1].Balance)
	var accts []*Account
	for i := range book {
		accts = append(accts, &book[i])
	}
	for _, a := range accts {
		a.Deposit(100)
	}
	fmt.Println(book.Total())
}
