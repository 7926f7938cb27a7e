//go:build ignore

// The address of a map element taken to update it through a pointer.
package main

import "fmt"

//cell

type Account struct {
	Owner   string
	Balance int
}

//cell

var accounts = map[string]Account{
	"ann": {"ann", 100},
	"bob": {"bob", 50},
}

//cell

func deposit(name string, amount int) {
	acc := &accounts[name]
	acc.Balance += amount
}

//cell

func main() {
	deposit("ann", 10)
	fmt.Println(accounts["ann"].Balance)
}
