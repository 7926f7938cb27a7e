//go:build ignore

// Shift logs with fixed times: parsing layouts, durations summed per
// person, Truncate/Round, weekday grouping, formatting with custom
// layouts, and a Stringer on a duration-based cell type.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Shift struct {
	Who        string
	Start, End time.Time
}

func (s Shift) Len() time.Duration { return s.End.Sub(s.Start) }

type Hours time.Duration

func (h Hours) String() string {
	d := time.Duration(h)
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}

const layout = "2006-01-02 15:04"

//cell

var logs = `ann 2026-03-02 08:15 2026-03-02 16:45
bo 2026-03-02 22:00 2026-03-03 06:30
ann 2026-03-04 09:00 2026-03-04 12:10
cy 2026-03-07 10:00 2026-03-07 18:20
bo 2026-03-08 07:45 2026-03-08 15:05`

func parseShifts(s string) []Shift {
	var out []Shift
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		st, err := time.Parse(layout, f[1]+" "+f[2])
		if err != nil {
			panic(err)
		}
		en, _ := time.Parse(layout, f[3]+" "+f[4])
		out = append(out, Shift{f[0], st, en})
	}
	return out
}

//cell

func main() {
	shifts := parseShifts(logs)
	total := map[string]time.Duration{}
	byDay := map[time.Weekday]int{}
	for _, s := range shifts {
		total[s.Who] += s.Len()
		byDay[s.Start.Weekday()]++
		fmt.Printf("%-4s %s -> %s %v %s\n", s.Who, s.Start.Format("Mon Jan 2 15:04"), s.End.Format(time.Kitchen), s.Len(), Hours(s.Len()))
	}
	names := make([]string, 0, len(total))
	for k := range total {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s=%v (%.2f h) %v\n", n, total[n], total[n].Hours(), Hours(total[n]))
	}
	days := []time.Weekday{}
	for d := range byDay {
		days = append(days, d)
	}
	sort.Slice(days, func(i, j int) bool { return days[i] < days[j] })
	for _, d := range days {
		fmt.Println(d, byDay[d])
	}
	d := 90*time.Minute + 37*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Minute), d.Seconds())
	t0 := time.Date(2026, time.February, 28, 23, 59, 59, 0, time.UTC)
	t1 := t0.Add(2 * time.Second)
	fmt.Println(t1, t1.YearDay(), t1.Format(time.RFC3339), t1.AddDate(0, 1, 0).Format("2006-01-02"))
	fmt.Printf("%v|%s|%d\n", Hours(d), Hours(25*time.Hour), time.Duration(Hours(d)))
	_, err := time.Parse(layout, "2026-13-01 10:00")
	fmt.Println(err)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Minutes())
	fmt.Printf("%+v\n", shifts[0].Start.Sub(shifts[1].Start))
	fmt.Println(t0.Before(t1), t1.Sub(t0), t0.Equal(t0.In(time.FixedZone("X", 3600))))
	fmt.Println(t0.In(time.FixedZone("CET", 3600)).Format(time.RFC1123Z))
}
