//go:build ignore

// text/tabwriter: aligned columns.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	count int
	price float64
}

//cell

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tCOUNT\tPRICE\t")
	for _, r := range []row{{"apple", 3, 0.5}, {"watermelon", 12, 3.25}, {"fig", 100, 12}} {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.count, r.price)
	}
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbbbbbb\tc")
	w.Flush()
}
