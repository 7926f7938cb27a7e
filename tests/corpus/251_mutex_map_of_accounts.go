//go:build ignore

// A store of accounts (a cell type) in a map guarded by a sync.RWMutex:
// concurrent deposits and transfers, errors for unknown accounts and
// overdrafts collected per goroutine, and a final report sorted with
// the slices and maps packages.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
)

type Account struct {
	Owner   string
	Balance int
	History []string
}

type Store struct {
	mu       sync.RWMutex
	accounts map[string]*Account
}

var (
	ErrUnknown   = errors.New("unknown account")
	ErrOverdraft = errors.New("insufficient funds")
)

//cell

func (s *Store) Open(owner string, initial int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.accounts == nil {
		s.accounts = map[string]*Account{}
	}
	s.accounts[owner] = &Account{Owner: owner, Balance: initial}
}

func (s *Store) Deposit(owner string, amount int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, ok := s.accounts[owner]
	if !ok {
		return fmt.Errorf("deposit to %s: %w", owner, ErrUnknown)
	}
	a.Balance += amount
	a.History = append(a.History, fmt.Sprintf("+%d", amount))
	return nil
}

func (s *Store) Transfer(from, to string, amount int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	src, ok1 := s.accounts[from]
	dst, ok2 := s.accounts[to]
	switch {
	case !ok1 || !ok2:
		return fmt.Errorf("transfer %s->%s: %w", from, to, ErrUnknown)
	case src.Balance < amount:
		return fmt.Errorf("transfer %s->%s of %d: %w", from, to, amount, ErrOverdraft)
	}
	src.Balance -= amount
	dst.Balance += amount
	return nil
}

func (s *Store) Snapshot() map[string]Account {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]Account, len(s.accounts))
	for k, v := range s.accounts {
		out[k] = *v
	}
	return out
}

//cell

func main() {
	var st Store
	for _, o := range []string{"ann", "bob", "cid"} {
		st.Open(o, 100)
	}
	var wg sync.WaitGroup
	errsBy := make([][]error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 5 {
				if err := st.Deposit([]string{"ann", "bob", "cid", "dan"}[(g+i)%4], 10); err != nil {
					errsBy[g] = append(errsBy[g], err)
				}
			}
		}()
	}
	wg.Wait()
	for _, t := range []struct {
		from, to string
		amount   int
	}{{"ann", "bob", 50}, {"bob", "eve", 1}, {"cid", "ann", 500}, {"cid", "ann", 120}} {
		if err := st.Transfer(t.from, t.to, t.amount); err != nil {
			fmt.Println("error:", err, "| unknown:", errors.Is(err, ErrUnknown), "overdraft:", errors.Is(err, ErrOverdraft))
		}
	}
	unknown := 0
	for _, errs := range errsBy {
		for _, err := range errs {
			if errors.Is(err, ErrUnknown) {
				unknown++
			}
		}
	}
	fmt.Println("unknown deposits:", unknown)
	snap := st.Snapshot()
	for _, name := range slices.Sorted(maps.Keys(snap)) {
		a := snap[name]
		fmt.Printf("%-4s %4d deposits=%d\n", a.Owner, a.Balance, len(a.History))
	}
	richest := slices.MaxFunc(slices.Collect(maps.Values(snap)), func(a, b Account) int { return a.Balance - b.Balance })
	fmt.Println("richest:", strings.ToUpper(richest.Owner))
}
