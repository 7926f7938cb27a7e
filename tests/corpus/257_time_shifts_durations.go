//go:build ignore

// Work shifts from a timesheet with fixed dates: time.Parse with layouts
// and a fixed zone, formatting, durations summed and rounded per worker
// and per weekday, overtime computed with Truncate and Sub, and sorted
// output. No wall clock is read.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

const timesheet = `
ana  2024-03-04 08:00 16:30
bo   2024-03-04 22:00 06:15
ana  2024-03-05 09:10 17:05
cy   2024-03-06 07:45 12:00
bo   2024-03-07 13:00 23:40
cy   2024-03-08 08:00 18:20
ana  2024-03-09 10:00 14:00
`

type Shift struct {
	Who        string
	Start, End time.Time
}

func (s Shift) Length() time.Duration { return s.End.Sub(s.Start) }

var zone = time.FixedZone("CET", 3600)

func parseShift(line string) (Shift, error) {
	f := strings.Fields(line)
	start, err := time.ParseInLocation("2006-01-02 15:04", f[1]+" "+f[2], zone)
	if err != nil {
		return Shift{}, err
	}
	end, err := time.ParseInLocation("2006-01-02 15:04", f[1]+" "+f[3], zone)
	if err != nil {
		return Shift{}, err
	}
	if !end.After(start) {
		end = end.AddDate(0, 0, 1) // past midnight
	}
	return Shift{f[0], start, end}, nil
}

var shifts []Shift

func init() {
	for _, line := range strings.Split(strings.TrimSpace(timesheet), "\n") {
		s, err := parseShift(line)
		if err != nil {
			fmt.Println(err)
			continue
		}
		shifts = append(shifts, s)
	}
	for _, s := range shifts {
		fmt.Printf("%-3s %s -> %s %v\n", s.Who, s.Start.Format("Mon Jan 2 15:04"), s.End.Format(time.Kitchen), s.Length())
	}
}

//cell

type Totals struct {
	Worked   time.Duration
	Overtime time.Duration
	Shifts   int
}

const normalDay = 8 * time.Hour

func overtime(s Shift) time.Duration {
	return max(0, s.Length()-normalDay)
}

func totals(ss []Shift) map[string]Totals {
	out := map[string]Totals{}
	for _, s := range ss {
		t := out[s.Who]
		t.Worked += s.Length()
		t.Overtime += overtime(s)
		t.Shifts++
		out[s.Who] = t
	}
	return out
}

func init() {
	per := totals(shifts)
	for _, who := range slices.Sorted(maps.Keys(per)) {
		t := per[who]
		fmt.Printf("%s: %d shifts, %v worked (%.2fh), overtime %v\n", who, t.Shifts, t.Worked, t.Worked.Hours(), t.Overtime.Round(time.Minute))
	}
}

//cell

func byWeekday(ss []Shift) map[time.Weekday]time.Duration {
	m := map[time.Weekday]time.Duration{}
	for _, s := range ss {
		m[s.Start.Weekday()] += s.Length()
	}
	return m
}

func main() {
	wd := byWeekday(shifts)
	days := slices.Sorted(maps.Keys(wd))
	for _, d := range days {
		fmt.Printf("%-9s %6.2f %s\n", d, wd[d].Hours(), strings.Repeat("|", int(wd[d].Hours())))
	}
	sorted := slices.Clone(shifts)
	slices.SortStableFunc(sorted, func(a, b Shift) int {
		return cmp.Or(cmp.Compare(b.Length(), a.Length()), a.Start.Compare(b.Start))
	})
	fmt.Println("longest:", sorted[0].Who, sorted[0].Length(), "shortest:", sorted[len(sorted)-1].Who)

	week := shifts[0].Start.Truncate(24 * time.Hour)
	fmt.Println("week starts", week.UTC().Format(time.RFC3339), week.In(zone).Format("2006-01-02 MST"))
	last := shifts[len(shifts)-1].End
	fmt.Println("span:", last.Sub(shifts[0].Start), "days:", int(last.Sub(shifts[0].Start).Hours()/24))
	d, _ := time.ParseDuration("7h45m30s")
	fmt.Println(d, d.Truncate(time.Hour), d.Round(15*time.Minute), d.Minutes())
	y, wk := shifts[0].Start.ISOWeek()
	fmt.Println(y, wk, shifts[0].Start.YearDay(), shifts[0].Start.Unix())
	deadline := time.Date(2024, time.March, 31, 23, 59, 0, 0, time.UTC)
	fmt.Println(deadline.Sub(last).Round(time.Hour), deadline.Format(time.DateOnly), deadline.Month(), deadline.AddDate(0, 1, 1).Format(time.RFC1123))
	_, err := time.Parse("2006-01-02", "2024-02-30")
	fmt.Println("err:", err)
}
