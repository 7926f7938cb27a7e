//go:build ignore

// A bank ledger built up across cells: accounts and a journal made in
// package-level vars of early cells, methods added in later cells
// (Balance, Transfer with wrapped errors, a Statement), an overdraft
// error type found with errors.As, interest applied through a method
// value kept in a map of jobs, and a closing report with %-*s widths.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

//cell

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry struct {
	Seq    int
	Acct   string
	Amount Cents
	Memo   string
}

type Account struct {
	ID, Owner string
	Limit     Cents
}

var accounts = map[string]*Account{}
var journal []Entry

func open(id, owner string, limit Cents) *Account {
	a := &Account{ID: id, Owner: owner, Limit: limit}
	accounts[id] = a
	return a
}

var alice, bob, ops = open("A-1", "Alice", 0), open("B-2", "Bob", 5000), open("OPS", "Operations", 1_000_000)

//cell

func post(acct string, amt Cents, memo string) {
	journal = append(journal, Entry{len(journal) + 1, acct, amt, memo})
}

func (a *Account) Balance() Cents {
	var s Cents
	for _, e := range journal {
		if e.Acct == a.ID {
			s += e.Amount
		}
	}
	return s
}

var _ = func() int {
	post("OPS", 1_000_00, "seed")
	post("A-1", 250_00, "deposit")
	post("B-2", 40_00, "deposit")
	return len(journal)
}()

//cell

type OverdraftError struct {
	Acct      string
	Need, Has Cents
}

func (e *OverdraftError) Error() string {
	return fmt.Sprintf("%s: need %v, has %v", e.Acct, e.Need, e.Has)
}

var ErrNoAccount = errors.New("no such account")

func (a *Account) Transfer(toID string, amt Cents, memo string) error {
	to, ok := accounts[toID]
	if !ok {
		return fmt.Errorf("transfer %s->%s: %w", a.ID, toID, ErrNoAccount)
	}
	if a.Balance()+a.Limit < amt {
		return fmt.Errorf("transfer %s->%s: %w", a.ID, toID, &OverdraftError{a.ID, amt, a.Balance() + a.Limit})
	}
	post(a.ID, -amt, memo)
	post(to.ID, amt, memo)
	return nil
}

//cell

func (a *Account) Statement() string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s (%s) ==\n", a.Owner, a.ID)
	var run Cents
	for _, e := range journal {
		if e.Acct != a.ID {
			continue
		}
		run += e.Amount
		fmt.Fprintf(&b, "%3d %-12s %10v %10v\n", e.Seq, e.Memo, e.Amount, run)
	}
	return b.String()
}

func (a *Account) AddInterest(bp int) {
	if bal := a.Balance(); bal > 0 {
		post(a.ID, bal*Cents(bp)/10000, fmt.Sprintf("interest %dbp", bp))
	}
}

//cell

func main() {
	fmt.Println(len(accounts), len(journal), alice.Balance(), bob.Balance())
	errs := []error{
		alice.Transfer("B-2", 100_00, "rent"),
		bob.Transfer("A-1", 180_00, "loan"),
		bob.Transfer("A-1", 5_00, "coffee"),
		alice.Transfer("Z-9", 1, "typo"),
		ops.Transfer("A-1", 12_34, "refund"),
	}
	for i, err := range errs {
		var od *OverdraftError
		switch {
		case err == nil:
			fmt.Println(i, "ok")
		case errors.As(err, &od):
			fmt.Println(i, "overdraft:", od.Acct, od.Need-od.Has, "|", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println(i, "missing:", err)
		}
	}
	jobs := map[string]func(int){"A-1": alice.AddInterest, "B-2": bob.AddInterest}
	for _, id := range []string{"B-2", "A-1"} {
		jobs[id](125)
	}
	fmt.Print(alice.Statement(), bob.Statement())

	ids := slices.Sorted(func(yield func(string) bool) {
		for id := range accounts {
			if !yield(id) {
				return
			}
		}
	})
	w := 0
	for _, id := range ids {
		w = max(w, len(accounts[id].Owner))
	}
	var total Cents
	for _, id := range ids {
		a := accounts[id]
		total += a.Balance()
		fmt.Printf("%-*s|%12v|%v\n", w, a.Owner, a.Balance(), a.Balance() < 0)
	}
	fmt.Println("total", total, "entries", len(journal))
}
