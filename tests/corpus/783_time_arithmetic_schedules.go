//go:build ignore

// Time arithmetic with fixed dates only: a schedule of shifts parsed
// with time.Parse in UTC, durations summed and rounded, AddDate across
// month ends and a leap day, weekday counting between two dates, ISO
// weeks, Truncate to the hour, and a week-by-week report built with
// strings.Builder and Format layouts.
package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

//cell

const shifts = `2024-02-26 08:30 17:15 ana
2024-02-27 09:00 12:45 bo
2024-02-28 22:00 06:30 ana
2024-02-29 07:45 16:00 cy
2024-03-01 10:10 18:40 bo
2024-03-04 08:00 16:30 ana
2024-03-05 13:00 21:20 cy`

type Shift struct {
	Who        string
	Start, End time.Time
}

func (s Shift) Dur() time.Duration { return s.End.Sub(s.Start) }

func parseShifts(text string) ([]Shift, error) {
	var out []Shift
	for _, line := range strings.Split(text, "\n") {
		f := strings.Fields(line)
		start, err := time.Parse("2006-01-02 15:04", f[0]+" "+f[1])
		if err != nil {
			return nil, fmt.Errorf("shift %q: %w", line, err)
		}
		end, err := time.Parse("2006-01-02 15:04", f[0]+" "+f[2])
		if err != nil {
			return nil, fmt.Errorf("shift %q: %w", line, err)
		}
		if !end.After(start) {
			end = end.AddDate(0, 0, 1)
		}
		out = append(out, Shift{f[3], start, end})
	}
	return out, nil
}

func weekdaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

//cell

func main() {
	ss, err := parseShifts(shifts)
	fmt.Println(len(ss), err)
	totals := map[string]time.Duration{}
	for _, s := range ss {
		totals[s.Who] += s.Dur()
		fmt.Printf("%s %-3s %s-%s %6v %s\n", s.Start.Format("Mon Jan _2"), s.Who,
			s.Start.Format("15:04"), s.End.Format("15:04 Jan 2"), s.Dur(), s.Start.Truncate(time.Hour).Format(time.Kitchen))
	}
	for _, who := range slices.Sorted(func(yield func(string) bool) {
		for k := range totals {
			if !yield(k) {
				return
			}
		}
	}) {
		d := totals[who]
		fmt.Printf("%-3s %8v %5.2fh %v\n", who, d, d.Hours(), d.Round(time.Hour))
	}

	jan31 := time.Date(2024, 1, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly), jan31.AddDate(0, 0, 29).Format(time.DateOnly))
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("2006-01-02"), leap.YearDay(), leap.AddDate(0, 0, 1).Month())
	y, w := leap.ISOWeek()
	fmt.Println(y, w, leap.Weekday())

	a := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(weekdaysBetween(a, b), b.Sub(a), b.Sub(a).Hours()/24)

	var rep strings.Builder
	first := ss[0].Start
	for _, s := range ss {
		wk := int(s.Start.Sub(first).Hours()/24) / 7
		fmt.Fprintf(&rep, "week %d | %s | %-3s | %s\n", wk+1, s.Start.Format("2006-01-02"), s.Who, s.Dur().String())
	}
	fmt.Print(rep.String())

	_, err = parseShifts("2024-13-01 08:00 09:00 zed")
	fmt.Println(err)
	dl := time.Date(2024, 12, 24, 17, 0, 0, 0, time.UTC)
	left := dl.Sub(time.Date(2024, 12, 1, 9, 30, 0, 0, time.UTC))
	fmt.Printf("%v %d days %.1f hours\n", left, int(left.Hours())/24, left.Hours()-float64(int(left.Hours())/24*24))
}
