//go:build ignore

// The bank-transfer exercise: accounts each guarded by a mutex, transfers
// that lock the two accounts in ID order so goroutines cannot deadlock,
// typed errors for insufficient funds and frozen accounts, hundreds of
// concurrent transfers whose total is conserved, a ledger appended under
// its own lock and printed sorted, and an RWMutex-guarded registry read
// by many goroutines.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Owner   string
	balance int64
	frozen  bool
}

func (a *Account) Balance() int64 {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

type InsufficientFunds struct {
	Account int
	Need    int64
	Have    int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %d: need %d, have %d", e.Account, e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")
var ErrSameAccount = errors.New("transfer to the same account")

//cell

type Bank struct {
	regMu    sync.RWMutex
	accounts map[int]*Account
	logMu    sync.Mutex
	ledger   []Entry
}

type Entry struct {
	Seq      int
	From, To int
	Amount   int64
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}} }

func (b *Bank) Open(id int, owner string, initial int64) *Account {
	b.regMu.Lock()
	defer b.regMu.Unlock()
	a := &Account{ID: id, Owner: owner, balance: initial}
	b.accounts[id] = a
	return a
}

func (b *Bank) Get(id int) (*Account, bool) {
	b.regMu.RLock()
	defer b.regMu.RUnlock()
	a, ok := b.accounts[id]
	return a, ok
}

func (b *Bank) Transfer(seq, from, to int, amount int64) error {
	if from == to {
		return ErrSameAccount
	}
	src, ok1 := b.Get(from)
	dst, ok2 := b.Get(to)
	if !ok1 || !ok2 {
		return fmt.Errorf("transfer %d: unknown account", seq)
	}
	first, second := src, dst
	if second.ID < first.ID {
		first, second = second, first
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if src.frozen || dst.frozen {
		return fmt.Errorf("transfer %d: %w", seq, ErrFrozen)
	}
	if src.balance < amount {
		return fmt.Errorf("transfer %d: %w", seq, &InsufficientFunds{from, amount, src.balance})
	}
	src.balance -= amount
	dst.balance += amount
	b.logMu.Lock()
	b.ledger = append(b.ledger, Entry{seq, from, to, amount})
	b.logMu.Unlock()
	return nil
}

func (b *Bank) Total() int64 {
	b.regMu.RLock()
	defer b.regMu.RUnlock()
	var t int64
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

//cell

func main() {
	bank := NewBank()
	for i, name := range []string{"ann", "bob", "cy", "dee"} {
		bank.Open(i+1, name, 1000)
	}
	fmt.Println("total before:", bank.Total())

	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := map[string]int{}
	for seq := range 400 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			from, to := seq%4+1, (seq*7+1)%4+1
			err := bank.Transfer(seq, from, to, int64(seq%5+1))
			if err != nil {
				mu.Lock()
				failures[errors.Unwrap(err).Error()]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total after:", bank.Total(), "ledger entries:", len(bank.ledger))
	fmt.Println("failures:", failures)
	for id := 1; id <= 4; id++ {
		a, _ := bank.Get(id)
		fmt.Printf("  %d %-4s %d\n", a.ID, a.Owner, a.Balance())
	}

	sort.Slice(bank.ledger, func(i, j int) bool { return bank.ledger[i].Seq < bank.ledger[j].Seq })
	fmt.Printf("first entries: %+v %+v\n", bank.ledger[0], bank.ledger[1])

	err := bank.Transfer(1000, 1, 2, 1_000_000)
	var inf *InsufficientFunds
	fmt.Println(err, errors.As(err, &inf), inf.Need)
	a3, _ := bank.Get(3)
	a3.mu.Lock()
	a3.frozen = true
	a3.mu.Unlock()
	err = bank.Transfer(1001, 3, 4, 1)
	fmt.Println(err, errors.Is(err, ErrFrozen))
	fmt.Println(bank.Transfer(1002, 2, 2, 5))
	fmt.Println(bank.Transfer(1003, 2, 9, 5))

	var readers sync.WaitGroup
	seen := make([]int64, 8)
	for r := range 8 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			seen[r] = bank.Total()
		}()
	}
	readers.Wait()
	fmt.Println("readers saw:", seen)
}
