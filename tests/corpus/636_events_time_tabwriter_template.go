//go:build ignore

// Events at fixed times formatted and added to, a right-aligned tabwriter
// table with borders, and a text/template with functions and methods.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
	"text/template"
	"time"
)

type Event struct {
	Name  string
	At    time.Time
	Dur   time.Duration
	Tags  []string
	Price float64
}

func (e Event) End() time.Time { return e.At.Add(e.Dur) }

func (e *Event) Late() bool { return e.At.Hour() >= 18 }

var events []Event

func step1() {
	base := time.Date(2024, time.February, 28, 17, 30, 0, 0, time.UTC)
	events = []Event{
		{"standup", base, 15 * time.Minute, []string{"team"}, 0},
		{"dinner", base.Add(2 * time.Hour), 90 * time.Minute, []string{"food", "fun"}, 42.5},
		{"deploy", base.AddDate(0, 0, 2), 3*time.Hour + 5*time.Second, nil, 1e6},
	}
	for _, e := range events {
		fmt.Println(e.Name, e.At.Format("Mon Jan 2 15:04"), e.End().Format(time.Kitchen), e.Dur, e.At.Weekday(), e.At.YearDay())
	}
	fmt.Println(base.Format(time.RFC3339), base.Format("2006-01-02"), base.Unix())
	fmt.Println(events[2].At.Sub(base), events[2].At.Sub(base).Hours(), base.Truncate(time.Hour).Format(time.TimeOnly))
}

//cell

func step2() {
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "name\tstart\tminutes\tprice\t")
	for _, e := range events {
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.2f\t\n", e.Name, e.At.Format("15:04"), e.Dur.Minutes(), e.Price)
	}
	tw.Flush()
	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintln(tw2, "a\tbb\tccc")
	fmt.Fprintln(tw2, "dddd\te\tf")
	tw2.Flush()
}

//cell

const tpl = `{{range $i, $e := .}}{{if $i}}---
{{end}}{{$e.Name | upper}} at {{$e.At.Format "15:04"}} for {{$e.Dur}}{{if $e.Tags}} [{{join $e.Tags ", "}}]{{else}} (no tags){{end}}
late={{$e.Late}} end={{$e.End.Format "Jan 2"}} price={{printf "%08.2f" $e.Price}}
{{end}}`

func step3() {
	funcs := template.FuncMap{"upper": strings.ToUpper, "join": strings.Join}
	t := template.Must(template.New("ev").Funcs(funcs).Parse(tpl))
	ptrs := []*Event{&events[0], &events[1], &events[2]}
	if err := t.Execute(os.Stdout, ptrs); err != nil {
		fmt.Println("error:", err)
	}
	err := template.Must(template.New("x").Parse("{{.Missing}}")).Execute(os.Stdout, events[0])
	fmt.Println("\nerr:", err)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
