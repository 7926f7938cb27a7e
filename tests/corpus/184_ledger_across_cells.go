//go:build ignore

// A ledger built up across cells as a notebook does: a type in one cell,
// its methods in later ones, a package variable set in one cell and
// changed by the init of the next, a table of categories filled by
// several inits, and a function value in a variable swapped later.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Cents int64

type Txn struct {
	ID       int
	Account  string
	Amount   Cents
	Category string
	Memo     string
}

type Ledger struct {
	txns     []Txn
	balances map[string]Cents
	nextID   int
}

//cell

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

var categories = map[string]string{}

func init() {
	categories["rent"] = "housing"
	categories["coffee"] = "food"
}

//cell

func NewLedger() *Ledger { return &Ledger{balances: map[string]Cents{}, nextID: 1} }

func (l *Ledger) Post(account string, amount Cents, memo string) Txn {
	cat := "other"
	for word, c := range categories {
		if strings.Contains(strings.ToLower(memo), word) {
			cat = c
		}
	}
	t := Txn{l.nextID, account, amount, cat, memo}
	l.nextID++
	l.txns = append(l.txns, t)
	l.balances[account] += amount
	return t
}

var book = NewLedger()

var fee = func(c Cents) Cents { return 0 }

func init() {
	categories["salary"] = "income"
	book.Post("checking", 250000, "Salary November")
}

//cell

func (l *Ledger) Transfer(from, to string, amount Cents) error {
	if l.balances[from] < amount+fee(amount) {
		return fmt.Errorf("transfer %v from %s: balance %v too low", amount, from, l.balances[from])
	}
	l.Post(from, -amount-fee(amount), "transfer to "+to)
	l.Post(to, amount, "transfer from "+from)
	return nil
}

func (l *Ledger) ByCategory() []string {
	sum := map[string]Cents{}
	for _, t := range l.txns {
		sum[t.Category] += t.Amount
	}
	var out []string
	for c, v := range sum {
		out = append(out, fmt.Sprintf("%s=%v", c, v))
	}
	sort.Strings(out)
	return out
}

func (l *Ledger) Accounts() []string {
	var names []string
	for n := range l.balances {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

//cell

func main() {
	book.Post("checking", -120000, "Rent December")
	book.Post("checking", -450, "Coffee & cake")
	fmt.Println(book.Transfer("checking", "savings", 50000))
	fee = func(c Cents) Cents { return c / 100 }
	fmt.Println(book.Transfer("savings", "checking", 49800))
	fmt.Println(book.Transfer("savings", "checking", 10000))
	for _, a := range book.Accounts() {
		fmt.Printf("%-9s %10v\n", a, book.balances[a])
	}
	fmt.Println(book.ByCategory())
	for _, t := range book.txns {
		fmt.Printf("%2d %-8s %10v %-8s %q\n", t.ID, t.Account, t.Amount, t.Category, t.Memo)
	}
	last := book.txns[len(book.txns)-1]
	last.Amount = 0
	fmt.Println(book.txns[len(book.txns)-1].Amount, last.Amount, Cents(-5), Cents(0), []Cents{1, -199})
	fmt.Printf("%v %d %s|%8v|%-8v|\n", Cents(12345), Cents(12345), Cents(-1), Cents(99), Cents(100))
}
