//go:build ignore

// A sprint plan: tasks in a map of pointers reported through an
// io.Writer (os.Stdout and a strings.Builder), sort.SliceStable by time
// then name, method values, and time.Date arithmetic (AddDate, ISOWeek,
// Truncate, FixedZone, normalised dates, negative durations).
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

//cell

type Task struct {
	Name     string
	Start    time.Time
	Duration time.Duration
	Tags     []string
	Done     bool
}

func (t Task) End() time.Time { return t.Start.Add(t.Duration) }

func (t *Task) Finish() { t.Done = true }

type Plan struct {
	Title string
	Tasks map[string]*Task
}

func report(w io.Writer, p Plan) {
	names := make([]string, 0, len(p.Tasks))
	for n := range p.Tasks {
		names = append(names, n)
	}
	sort.SliceStable(names, func(i, j int) bool {
		a, b := p.Tasks[names[i]], p.Tasks[names[j]]
		if !a.Start.Equal(b.Start) {
			return a.Start.Before(b.Start)
		}
		return a.Name < b.Name
	})
	fmt.Fprintf(w, "== %s (%d tasks) ==\n", p.Title, len(names))
	for _, n := range names {
		t := p.Tasks[n]
		mark := " "
		if t.Done {
			mark = "x"
		}
		fmt.Fprintf(w, "[%s] %-8s %s → %s (%v) %s\n", mark, t.Name, t.Start.Format("Mon 02 Jan 15:04"), t.End().Format("15:04"), t.Duration, strings.Join(t.Tags, "/"))
	}
}

//cell

var (
	base time.Time
	plan Plan
)

func step1() {
	base = time.Date(2024, time.January, 31, 9, 0, 0, 0, time.UTC)
	plan = Plan{"Sprint", map[string]*Task{}}
	add := func(name string, offset, dur time.Duration, tags ...string) {
		plan.Tasks[name] = &Task{Name: name, Start: base.Add(offset), Duration: dur, Tags: tags}
	}
	add("design", 0, 2*time.Hour+30*time.Minute, "arch")
	add("review", 0, 45*time.Minute)
	add("code", 3*time.Hour, 4*time.Hour, "dev", "go")
	add("deploy", 26*time.Hour, 15*time.Minute, "ops")
	plan.Tasks["review"].Finish()
	finish := plan.Tasks["design"].Finish
	finish()
	report(os.Stdout, plan)
	var sb strings.Builder
	report(&sb, Plan{"Empty", nil})
	fmt.Print(sb.String())
}

//cell

func step2() {
	fmt.Println(base.AddDate(0, 1, 0).Format("2006-01-02"), base.AddDate(0, 0, 30).Format(time.DateOnly))
	y, w := base.ISOWeek()
	fmt.Println(y, w, base.Weekday(), base.YearDay(), base.Truncate(24*time.Hour).Format(time.DateTime))
	neg := -90 * time.Second
	fmt.Println(neg, neg.Abs(), time.Duration(0), time.Duration(1), 1500*time.Microsecond, 3*time.Millisecond+2*time.Nanosecond)
	var total time.Duration
	for _, t := range plan.Tasks {
		total += t.Duration
	}
	fmt.Printf("total %v = %.2fh = %dm\n", total, total.Hours(), int(total.Minutes()))
	loc := time.FixedZone("CET", 3600)
	fmt.Println(base.In(loc).Format(time.RFC1123Z), base.In(loc).Format(time.Kitchen))
	d1 := time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC)
	d2 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(int(d2.Sub(d1).Hours()/24), "days", d2.Sub(d1))
	fmt.Println(time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC))
	fmt.Printf("%v|%s|%d\n", base.Month(), base.Month(), base.Month())
	fmt.Println(base.Unix(), base.Format("Jan _2 '06 3:04PM .000"), base.UnixMilli()%1000)
	ts := []time.Time{d2, base, d1}
	sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
	for _, t := range ts {
		fmt.Print(t.Format("02/01/06 "), " ")
	}
	fmt.Println()
	fmt.Printf("%v\n", plan.Tasks["code"].Start)
	fmt.Printf("%+v\n", *plan.Tasks["deploy"])
}

//cell

func main() {
	step1()
	step2()
}
