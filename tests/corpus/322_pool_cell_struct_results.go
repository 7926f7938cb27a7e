//go:build ignore

// Pricing a basket of orders on a thread pool: the tasks are functions
// declared in cells, their arguments and results are cell struct types,
// and the futures' results are asserted back to those types (and printed
// through their String methods) in input order.
package main

import (
	"fmt"
	"strings"

	"github.com/gofutures/gofutures/executor"
)

// Order is one line of a basket.
type Order struct {
	SKU   string
	Qty   int
	Cents int
}

// Invoice is the priced order.
type Invoice struct {
	SKU      string
	Subtotal int
	Discount int
}

// Total is what the customer pays for the line.
func (i Invoice) Total() int { return i.Subtotal - i.Discount }

func (i Invoice) String() string {
	return fmt.Sprintf("%s: %d.%02d", i.SKU, i.Total()/100, i.Total()%100)
}

//cell

// price applies a 10% discount on lines of ten items or more.
func price(o Order) Invoice {
	sub := o.Qty * o.Cents
	disc := 0
	if o.Qty >= 10 {
		disc = sub / 10
	}
	return Invoice{SKU: strings.ToUpper(o.SKU), Subtotal: sub, Discount: disc}
}

// priceAll prices two orders in one task and returns a pointer.
func priceAll(a, b Order) *Invoice {
	x, y := price(a), price(b)
	return &Invoice{SKU: x.SKU + "+" + y.SKU, Subtotal: x.Subtotal + y.Subtotal, Discount: x.Discount + y.Discount}
}

var basket = []Order{
	{"apple", 12, 45},
	{"bread", 1, 310},
	{"cheese", 3, 799},
	{"dates", 10, 120},
}

//cell

func main() {
	pool := executor.NewThreadPool(3)
	defer pool.Close()

	// One future per order, results asserted back to Invoice.
	var futures []*executor.Future
	for _, o := range basket {
		futures = append(futures, pool.Submit(price, o))
	}
	sum := 0
	for i, f := range futures {
		v, err := f.Result()
		inv, ok := v.(Invoice)
		fmt.Printf("%d %v %t %v\n", i, inv, ok, err)
		sum += inv.Total()
	}
	fmt.Printf("total %d.%02d\n", sum/100, sum%100)

	// Map keeps input order; the []any holds Invoices.
	res, err := pool.Map(price, basket)
	fmt.Println(len(res), err)
	fmt.Println(res)
	for _, r := range res {
		inv := r.(Invoice)
		fmt.Printf("%+v total=%d\n", inv, inv.Total())
	}

	// Two iterables zip like Python's map; a pointer result.
	pairs, err := pool.Map(priceAll, basket[:2], basket[2:])
	fmt.Println(err)
	for _, p := range pairs {
		inv := p.(*Invoice)
		fmt.Println(inv.SKU, inv.Total(), *inv)
	}

	// A closure over a cell variable, returning a map of cell values.
	byQty := pool.Submit(func() map[int]Invoice {
		m := map[int]Invoice{}
		for _, o := range basket {
			m[o.Qty] = price(o)
		}
		return m
	})
	m, _ := byQty.Result()
	fmt.Println(m.(map[int]Invoice)[10], len(m.(map[int]Invoice)))
	fmt.Println(m)
}
