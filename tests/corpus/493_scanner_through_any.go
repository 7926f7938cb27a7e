//go:build ignore

// Pointers to the notebook's types with pointer methods reached through
// an any, a fmt.Scanner among them: a helper declared before the types
// hands its ...any operands on to fmt.Sscan, and a pointer kept in an
// any is scanned into.
package main

import "fmt"

func scanInto(line string, dst ...any) error {
	n, err := fmt.Sscan(line, dst...)
	if err != nil {
		return fmt.Errorf("scanned %d of %d: %w", n, len(dst), err)
	}
	return nil
}

//cell

type Percent float64

func (p *Percent) Scan(st fmt.ScanState, verb rune) error {
	var f float64
	if _, err := fmt.Fscanf(st, "%g%%", &f); err != nil {
		return err
	}
	*p = Percent(f / 100)
	return nil
}

type Stock int

func (s *Stock) Take(n int) { *s -= Stock(n) }

//cell

func main() {
	var tax, tip Percent
	var label string
	err := scanInto("dinner 8% 12.5%", &label, &tax, &tip)
	fmt.Println(label, tax, tip, err)
	var slot any = &tip
	n, err := fmt.Sscan("20%", slot)
	fmt.Println(n, err, tip)
	var pens Stock
	err = scanInto("40", &pens)
	pens.Take(3)
	fmt.Println(pens, err)
}
