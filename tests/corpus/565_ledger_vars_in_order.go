//go:build ignore

// A small ledger: entries posted one by one, with variables declared
// where a reader of main would expect them, after the statements that
// prepare their values (var after statements, var groups, a var of two
// results, a var read by a closure declared before it changes).
package main

import (
	"fmt"
	"sort"
	"strings"
)

// Entry is one posting: an account, an amount in cents, a memo.
type Entry struct {
	Account string
	Cents   int
	Memo    string
}

var journal []Entry

// post appends an entry to the journal.
func post(account string, cents int, memo string) {
	journal = append(journal, Entry{account, cents, memo})
}

//cell

// balances sums the journal by account.
func balances() map[string]int {
	out := map[string]int{}
	for _, e := range journal {
		out[e.Account] += e.Cents
	}
	return out
}

// extremes returns the accounts with the lowest and highest balance.
func extremes(b map[string]int) (string, string) {
	names := make([]string, 0, len(b))
	for n := range b {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if b[names[i]] != b[names[j]] {
			return b[names[i]] < b[names[j]]
		}
		return names[i] < names[j]
	})
	return names[0], names[len(names)-1]
}

func cents(n int) string { return fmt.Sprintf("%d.%02d", n/100, n%100) }

//cell

func main() {
	post("cash", 120000, "opening")
	post("rent", 0, "account opened")
	var opening any = balances()["cash"]
	post("cash", -45000, "rent paid")
	post("rent", 45000, "rent paid")
	var afterRent = balances()
	fmt.Println("opening cash:", opening, "after rent:", cents(afterRent["cash"]))

	var (
		count   = len(journal)
		memos   []string
		largest Entry
	)
	for _, e := range journal {
		memos = append(memos, e.Memo)
		if e.Cents > largest.Cents {
			largest = e
		}
	}
	report := func() string {
		return fmt.Sprintf("%d entries, largest %s %s", count, largest.Account, cents(largest.Cents))
	}
	fmt.Println(report())
	post("food", 3250, "groceries")
	post("cash", -3250, "groceries")
	count = len(journal)
	fmt.Println(report())

	var low, high = extremes(balances())
	fmt.Println("lowest:", low, "highest:", high)
	var seen map[string]bool
	fmt.Println("seen is nil:", seen == nil, "memos:", strings.Join(memos, "; "))
	seen = map[string]bool{}
	for _, e := range journal {
		seen[e.Account] = true
	}
	var accounts = len(seen)
	fmt.Println("accounts:", accounts, "final cash:", cents(balances()["cash"]))
}
