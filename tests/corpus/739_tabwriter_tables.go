//go:build ignore

// text/tabwriter tables from notebook types: a Table type with columns
// and rows rendered through a function taking io.Writer, right
// alignment, padding characters, Debug column separators, cells with
// Stringer values, multi-byte text, trailing tab handling and Flush
// between sections.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
)

type Money int

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	Owner   string
	Kind    string
	Balance Money
	Flags   []string
}

type Table struct {
	Header []string
	Rows   [][]any
}

func (t *Table) Add(cells ...any) { t.Rows = append(t.Rows, cells) }

func (t *Table) Render(w io.Writer, flags uint, pad byte) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, pad, flags)
	fmt.Fprintln(tw, strings.Join(t.Header, "\t")+"\t")
	for _, r := range t.Rows {
		for _, c := range r {
			fmt.Fprintf(tw, "%v\t", c)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

//cell

func main() {
	accts := []Account{
		{"Ada Lovelace", "checking", 123456, []string{"vip"}},
		{"Bob", "savings", -705, nil},
		{"Zoë Ünïcode", "brokerage", 9, []string{"new", "2fa"}},
	}
	t := &Table{Header: []string{"OWNER", "KIND", "BALANCE", "FLAGS"}}
	var total Money
	for _, a := range accts {
		t.Add(a.Owner, a.Kind, a.Balance, strings.Join(a.Flags, ","))
		total += a.Balance
	}
	t.Add("", "", total, "")
	t.Render(os.Stdout, 0, ' ')
	fmt.Println("---")
	t.Render(os.Stdout, tabwriter.AlignRight|tabwriter.Debug, ' ')
	fmt.Println("---")
	t.Render(os.Stdout, 0, '.')

	var sb strings.Builder
	tw := tabwriter.NewWriter(&sb, 6, 8, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintln(tw, "a\tb\tc")
	fmt.Fprintln(tw, "aaaaaaa\tbbb\tc")
	fmt.Fprintln(tw, "\tindented\t")
	tw.Flush()
	fmt.Printf("%q\n", sb.String())

	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.DiscardEmptyColumns)
	fmt.Fprintln(tw, "x\t\ty")
	fmt.Fprintln(tw, "xx\t\tyy")
	tw.Flush()

	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 1, '-', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(tw, "<b>bold</b>\t&amp;\tend")
	fmt.Fprintln(tw, "\xffa\tb\xff\tc\t")
	fmt.Fprintln(tw, "plain\tz\t")
	tw.Flush()

	tw = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for i, sec := range [][]string{{"k", "value"}, {"longer key", "v"}} {
		fmt.Fprintf(tw, "%d\t%s\t%s\n", i, sec[0], sec[1])
		if i == 0 {
			fmt.Fprintln(tw, "")
		}
	}
	tw.Flush()
}
