//go:build ignore

// A nil pointer dereference recovered by a deferred function that panics
// anew with a message, in a method, after a recovered nil map write.
package main

import "fmt"

//cell

type Account struct {
	Owner *Person
}

type Person struct {
	Name string
}

func (a *Account) OwnerName() string {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("OwnerName: %v", r))
		}
	}()
	return a.Owner.Name
}

func tryStore(m map[string]int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	m["k"] = 1
	return true
}

//cell

func main() {
	fmt.Println(tryStore(nil))
	a := &Account{Owner: &Person{Name: "Ann"}}
	fmt.Println(a.OwnerName())
	fmt.Println((&Account{}).OwnerName())
}
