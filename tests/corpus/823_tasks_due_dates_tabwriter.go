//go:build ignore

// A to-do list in a notebook: tasks with due times built from a fixed
// base with Add and AddDate, estimates as Durations summed by a method
// with a named result, pending ones sorted with Time.Compare and printed
// through text/tabwriter, IndexFunc for an overdue one, ParseDuration
// and time.Parse (and their errors), Format layouts, a week's start, and
// hours per tag as percentages over a range-over-func sorted key list.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

type Task struct {
	Title    string
	Due      time.Time
	Estimate time.Duration
	Done     bool
	Tags     []string
}

type Tasks []Task

func (ts Tasks) Pending() Tasks {
	var out Tasks
	for _, t := range ts {
		if !t.Done {
			out = append(out, t)
		}
	}
	return out
}

func (ts Tasks) Total() (d time.Duration) {
	for _, t := range ts {
		d += t.Estimate
	}
	return
}

var base = time.Date(2025, 3, 28, 9, 0, 0, 0, time.UTC)

//cell

func main() {
	tasks := Tasks{
		{"write report", base.Add(48 * time.Hour), 3*time.Hour + 30*time.Minute, false, []string{"work"}},
		{"dentist", base.AddDate(0, 0, 5), 90 * time.Minute, false, nil},
		{"taxes", base.AddDate(0, 1, 3), 5 * time.Hour, true, []string{"home", "money"}},
		{"groceries", base.Add(-6 * time.Hour), 45 * time.Minute, false, []string{"home"}},
	}
	p := tasks.Pending()
	fmt.Println(len(p), p.Total(), tasks.Total(), p.Total().Hours())
	slices.SortFunc(p, func(a, b Task) int { return a.Due.Compare(b.Due) })
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "title\tdue\tin\test\ttags")
	for _, t := range p {
		fmt.Fprintf(tw, "%s\t%s\t%v\t%v\t%s\n", t.Title, t.Due.Format("Mon 02 Jan 15:04"), t.Due.Sub(base), t.Estimate, strings.Join(t.Tags, ","))
	}
	tw.Flush()

	overdue := slices.IndexFunc(p, func(t Task) bool { return t.Due.Before(base) })
	fmt.Println(overdue, p[overdue].Title, base.Sub(p[overdue].Due).String())
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds(), d.Round(time.Minute), d.Truncate(time.Minute))
	_, err = time.ParseDuration("3 hours")
	fmt.Println(err)
	t, err := time.Parse("2006-01-02 15:04", "2025-04-01 18:30")
	fmt.Println(t, err, t.Sub(base), t.After(base), t.Month(), t.Day(), int(t.Weekday()))
	fmt.Println(base.Format(time.Kitchen), base.Format("2006-01-02T15:04:05Z07:00"), base.Unix(), base.YearDay())
	week := base.Truncate(24*time.Hour).AddDate(0, 0, -int(base.Weekday()))
	fmt.Println(week.Format("Jan 2"), time.Duration(0), time.Duration(1), 2*time.Millisecond+500*time.Microsecond)

	byTag := map[string]time.Duration{}
	for _, t := range tasks {
		for _, tag := range t.Tags {
			byTag[tag] += t.Estimate
		}
	}
	fmt.Println(byTag)
	tags := slices.Sorted(func(yield func(string) bool) {
		for k := range byTag {
			if !yield(k) {
				return
			}
		}
	})
	for _, k := range tags {
		fmt.Printf("%-6s %8v %5.1f%%\n", k, byTag[k], 100*byTag[k].Hours()/tasks.Total().Hours())
	}
	tasks[1].Done = true
	fmt.Println(len(tasks.Pending()), tasks[1].Done, p[0].Title)
}
