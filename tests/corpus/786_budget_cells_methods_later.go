//go:build ignore

// A household budget grown over cells: transactions parsed from text
// into a package-level slice in the first cell, a Category type whose
// methods are declared two cells later, a Budget map of limits, a
// func-typed Rule with method values of a Matcher chosen at run time,
// month-by-month sums with time.Month keys, and an over-budget error
// list joined with errors.Join.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

//cell

const raw = `2025-01-03|groceries|54.20|market
2025-01-07|rent|900|landlord
2025-01-15|fun|32.50|cinema
2025-01-21|groceries|71.05|market
2025-02-02|groceries|48.90|corner shop
2025-02-03|rent|900|landlord
2025-02-14|fun|120.00|dinner
2025-02-20|transport|45.00|train pass
2025-03-01|rent|925|landlord
2025-03-09|groceries|88.10|market
2025-03-17|fun|15.75|museum`

type Category string

type Tx struct {
	When  time.Time
	Cat   Category
	Amt   float64
	Payee string
}

var txs = mustParse(raw)

func mustParse(s string) []Tx {
	var out []Tx
	for _, l := range strings.Split(s, "\n") {
		f := strings.Split(l, "|")
		t, _ := time.Parse(time.DateOnly, f[0])
		a, _ := strconv.ParseFloat(f[2], 64)
		out = append(out, Tx{t, Category(f[1]), a, f[3]})
	}
	return out
}

//cell

var limits = map[Category]float64{"groceries": 150, "rent": 910, "fun": 100, "transport": 40}

type Rule func(Tx) bool

type Matcher struct{ Sub string }

func (m Matcher) Payee(t Tx) bool { return strings.Contains(t.Payee, m.Sub) }

func (m Matcher) Cat(t Tx) bool { return strings.Contains(string(t.Cat), m.Sub) }

//cell

func (c Category) Title() string { return strings.ToUpper(string(c[:1])) + string(c[1:]) }

func (c Category) Limit() float64 { return limits[c] }

type OverBudget struct {
	Month time.Month
	Cat   Category
	By    float64
}

func (o OverBudget) Error() string {
	return fmt.Sprintf("%s %s over by %.2f", o.Month, o.Cat.Title(), o.By)
}

//cell

func main() {
	fmt.Println(len(txs), txs[0].When.Format("Jan 2"), txs[len(txs)-1].Cat.Title())
	sums := map[time.Month]map[Category]float64{}
	for _, t := range txs {
		m := t.When.Month()
		if sums[m] == nil {
			sums[m] = map[Category]float64{}
		}
		sums[m][t.Cat] += t.Amt
	}
	cats := []Category{"groceries", "rent", "fun", "transport"}
	fmt.Printf("%-9s", "month")
	for _, c := range cats {
		fmt.Printf("%11s", c.Title())
	}
	fmt.Println()
	var errs []error
	for m := time.January; m <= time.March; m++ {
		fmt.Printf("%-9s", m)
		for _, c := range cats {
			v := sums[m][c]
			fmt.Printf("%11.2f", v)
			if v > c.Limit() {
				errs = append(errs, OverBudget{m, c, v - c.Limit()})
			}
		}
		fmt.Println()
	}
	err := errors.Join(errs...)
	fmt.Println(err)
	var ob OverBudget
	fmt.Println(errors.As(err, &ob), ob.Month, ob.By)

	rules := map[string]Rule{
		"market": Matcher{"market"}.Payee,
		"fun":    Matcher{"fun"}.Cat,
		"big":    func(t Tx) bool { return t.Amt >= 100 },
	}
	names := slices.Sorted(func(y func(string) bool) {
		for k := range rules {
			if !y(k) {
				return
			}
		}
	})
	for _, n := range names {
		var hits []string
		total := 0.0
		for _, t := range txs {
			if rules[n](t) {
				hits = append(hits, t.When.Format("01/02"))
				total += t.Amt
			}
		}
		fmt.Printf("%-7s %d %8.2f %v\n", n, len(hits), total, hits)
	}
}
