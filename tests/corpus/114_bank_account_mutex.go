//go:build ignore

// A bank with accounts guarded by a mutex, typed errors, and concurrent transfers.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type InsufficientFunds struct {
	Need, Have int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: need %d, have %d", e.Need, e.Have)
}

var ErrNoAccount = errors.New("no such account")

//cell

type Bank struct {
	mu       sync.Mutex
	balances map[string]int
}

func (b *Bank) Transfer(from, to string, amount int) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	have, ok := b.balances[from]
	if !ok {
		return fmt.Errorf("transfer from %q: %w", from, ErrNoAccount)
	}
	if _, ok := b.balances[to]; !ok {
		return fmt.Errorf("transfer to %q: %w", to, ErrNoAccount)
	}
	if have < amount {
		return fmt.Errorf("transfer %d: %w", amount, &InsufficientFunds{amount, have})
	}
	b.balances[from] -= amount
	b.balances[to] += amount
	return nil
}

//cell

func main() {
	b := &Bank{balances: map[string]int{"alice": 1000, "bob": 1000}}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); b.Transfer("alice", "bob", 3) }()
		go func() { defer wg.Done(); b.Transfer("bob", "alice", 2) }()
	}
	wg.Wait()
	fmt.Println(b.balances["alice"], b.balances["bob"], b.balances["alice"]+b.balances["bob"])
	err := b.Transfer("alice", "carol", 1)
	fmt.Println(err, errors.Is(err, ErrNoAccount))
	err = b.Transfer("alice", "bob", 5000)
	var inf *InsufficientFunds
	fmt.Println(err, errors.As(err, &inf))
	if inf != nil {
		fmt.Println("short by", inf.Need-inf.Have)
	}
}
