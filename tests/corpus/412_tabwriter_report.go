//go:build ignore

// text/tabwriter formatting a report of cell structs: alignment flags,
// padding characters, right alignment, Debug separators and a Stringer
// field printed through Fprintf into the writer.
package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

//cell

type Status int

const (
	Active Status = iota
	Paused
	Retired
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Paused:
		return "paused"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Row struct {
	Name   string
	Qty    int
	Price  float64
	Status Status
}

var rows = []Row{
	{"widget", 3, 2.5, Active},
	{"gizmo-extra-long", 12, 10.125, Paused},
	{"nut", 1000, 0.01, Retired},
	{"bolt", 7, 0.2, 7},
}

//cell

func table(flags uint, pad byte) {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, pad, flags)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\tSTATUS\t")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%v\t\n", r.Name, r.Qty, r.Price, r.Status)
	}
	w.Flush()
}

func main() {
	table(0, ' ')
	table(tabwriter.AlignRight, ' ')
	table(tabwriter.Debug, '.')
	w := tabwriter.NewWriter(os.Stdout, 6, 4, 2, '-', tabwriter.Debug|tabwriter.AlignRight)
	for i, r := range rows {
		fmt.Fprintf(w, "%d\t%+v\t\n", i, r)
	}
	w.Flush()
	var total float64
	for _, r := range rows {
		total += float64(r.Qty) * r.Price
	}
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 3, ' ', 0)
	fmt.Fprintf(w, "total\t%8.3f\n", total)
	fmt.Fprintf(w, "count\t%d\n", len(rows))
	w.Flush()
}
