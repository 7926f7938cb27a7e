//go:build ignore

// Order validation: errors.Join of a custom error type wrapping
// sentinels, errors.Is and As through the join, a Filter2 and Values2
// over maps.All, multi-key SortFunc with cmp.Or, a right-aligned
// tabwriter report, sums by a named string key.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

type SKU string

type Line struct {
	SKU   SKU
	Qty   int
	Price float64
}

type Order struct {
	ID       int
	Customer string
	Lines    []Line
	Placed   time.Duration
}

func (o Order) Total() float64 {
	t := 0.0
	for _, l := range o.Lines {
		t += float64(l.Qty) * l.Price
	}
	return t
}

type FieldError struct {
	Order int
	Field string
	Err   error
}

func (e *FieldError) Error() string { return fmt.Sprintf("order %d: %s: %v", e.Order, e.Field, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

var (
	ErrEmpty    = errors.New("empty")
	ErrNegative = errors.New("negative")
)

func Validate(o Order) error {
	var errs []error
	if o.Customer == "" {
		errs = append(errs, &FieldError{o.ID, "customer", ErrEmpty})
	}
	if len(o.Lines) == 0 {
		errs = append(errs, &FieldError{o.ID, "lines", ErrEmpty})
	}
	for i, l := range o.Lines {
		if l.Qty < 0 {
			errs = append(errs, &FieldError{o.ID, fmt.Sprintf("lines[%d].qty", i), ErrNegative})
		}
	}
	return errors.Join(errs...)
}

func Filter2[K, V any](seq iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Values2[K, V any](seq iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range seq {
			if !yield(v) {
				return
			}
		}
	}
}

var orders = []Order{
	{1, "ann", []Line{{"pen", 3, 1.5}, {"ink", 1, 12}}, 90 * time.Minute},
	{2, "", []Line{{"pad", -1, 4}}, 3 * time.Hour},
	{3, "bo", nil, 45 * time.Second},
	{4, "cy", []Line{{"pen", 10, 1.4}}, 26 * time.Hour},
	{5, "ann", []Line{{"pad", 2, 4}, {"pen", 1, 1.5}}, 2*time.Hour + 30*time.Minute},
}

//cell

var valid = map[int]Order{}

func step1() {
	var bad []error
	for _, o := range orders {
		if err := Validate(o); err != nil {
			bad = append(bad, err)
			continue
		}
		valid[o.ID] = o
	}
	all := errors.Join(bad...)
	fmt.Println(all)
	fmt.Println(errors.Is(all, ErrEmpty), errors.Is(all, ErrNegative))
	var fe *FieldError
	if errors.As(all, &fe) {
		fmt.Println("first:", fe.Order, fe.Field, fe.Err == ErrEmpty)
	}
	fmt.Println(len(all.(interface{ Unwrap() []error }).Unwrap()))
}

//cell

func step2() {
	big := Filter2(maps.All(valid), func(_ int, o Order) bool { return o.Total() > 10 })
	ids := slices.Sorted(func(yield func(int) bool) {
		for id := range big {
			if !yield(id) {
				return
			}
		}
	})
	fmt.Println(ids)
	list := slices.Collect(Values2(maps.All(valid)))
	slices.SortFunc(list, func(a, b Order) int {
		return cmp.Or(strings.Compare(a.Customer, b.Customer), cmp.Compare(b.Total(), a.Total()))
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "id\tcustomer\ttotal\tplaced\t")
	for _, o := range list {
		fmt.Fprintf(tw, "%d\t%s\t%.2f\t%v\t\n", o.ID, o.Customer, o.Total(), o.Placed)
	}
	tw.Flush()
	perSKU := map[SKU]int{}
	for _, o := range list {
		for _, l := range o.Lines {
			perSKU[l.SKU] += l.Qty
		}
	}
	for _, k := range slices.Sorted(maps.Keys(perSKU)) {
		fmt.Printf("%s=%d ", k, perSKU[k])
	}
	fmt.Println()
	byCust := map[string][]int{}
	for _, o := range list {
		byCust[o.Customer] = append(byCust[o.Customer], o.ID)
	}
	fmt.Println(byCust, max(list[0].Placed, list[1].Placed).Round(time.Hour))
}

//cell

func main() {
	step1()
	step2()
}
