//go:build ignore

// A bank account guarded by a mutex that can be closed: operations on a
// closed account fail with a sentinel error, overdrafts with a custom
// error type carrying the shortfall, and concurrent deposits are summed
// with a WaitGroup before the balance is printed.
package main

import (
	"errors"
	"fmt"
	"sync"
)

// ErrClosed is returned by every operation on a closed account.
var ErrClosed = errors.New("account closed")

// InsufficientFunds reports a withdrawal larger than the balance.
type InsufficientFunds struct {
	Want, Have int64
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("insufficient funds: want %d, have %d", e.Want, e.Have)
}

// Account is a balance that is safe for concurrent use.
type Account struct {
	mu      sync.Mutex
	balance int64
	open    bool
}

//cell

// Open creates an account with an initial deposit; negative deposits fail.
func Open(initial int64) (*Account, error) {
	if initial < 0 {
		return nil, fmt.Errorf("open with %d: %w", initial, errors.ErrUnsupported)
	}
	return &Account{balance: initial, open: true}, nil
}

func (a *Account) Balance() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	return a.balance, nil
}

func (a *Account) Deposit(amount int64) (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, fmt.Errorf("deposit %d: %w", amount, ErrClosed)
	}
	if amount < 0 && -amount > a.balance {
		return a.balance, fmt.Errorf("withdraw %d: %w", -amount, &InsufficientFunds{Want: -amount, Have: a.balance})
	}
	a.balance += amount
	return a.balance, nil
}

func (a *Account) Close() (int64, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.open {
		return 0, ErrClosed
	}
	a.open = false
	left := a.balance
	a.balance = 0
	return left, nil
}

//cell

func report(label string, v int64, err error) {
	var inf *InsufficientFunds
	switch {
	case err == nil:
		fmt.Printf("%-10s ok %d\n", label, v)
	case errors.Is(err, ErrClosed):
		fmt.Printf("%-10s closed: %v\n", label, err)
	case errors.As(err, &inf):
		fmt.Printf("%-10s short by %d: %v\n", label, inf.Want-inf.Have, err)
	default:
		fmt.Printf("%-10s error: %v (unsupported=%t)\n", label, err, errors.Is(err, errors.ErrUnsupported))
	}
}

func main() {
	_, err := Open(-5)
	report("open -5", 0, err)
	acct, _ := Open(100)
	v, err := acct.Deposit(50)
	report("deposit", v, err)
	v, err = acct.Deposit(-500)
	report("withdraw", v, err)
	var wg sync.WaitGroup
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func(n int64) {
			defer wg.Done()
			acct.Deposit(n)
			acct.Deposit(-1)
		}(int64(i))
	}
	wg.Wait()
	v, err = acct.Balance()
	report("balance", v, err)
	v, err = acct.Close()
	report("close", v, err)
	v, err = acct.Close()
	report("close 2", v, err)
	v, err = acct.Deposit(10)
	report("deposit", v, err)
	v, err = acct.Balance()
	report("balance", v, err)
}
