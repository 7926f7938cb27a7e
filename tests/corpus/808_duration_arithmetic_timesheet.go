//go:build ignore

// A timesheet in a notebook, with no wall clock: Shift entries whose
// start times come from time.Date in a fixed zone, Durations summed,
// rounded and truncated, printed with String (h/m/s/ms/µs/ns units and
// negative values), Hours/Minutes as floats, ParseDuration of user
// input (fractions, mixed units, errors), Duration division and
// multiplication with integers, Sub/Add/AddDate across month ends and
// DST-free zones, and an overtime rule fixed in a later cell.
package main

import (
	"fmt"
	"strings"
	"time"
)

var zone = time.FixedZone("CET", 3600)

type Shift struct {
	Who        string
	Start, End time.Time
	Break      time.Duration
}

func (s Shift) Worked() time.Duration { return s.End.Sub(s.Start) - s.Break }

func at(d, h, m int) time.Time { return time.Date(2025, time.January, d, h, m, 0, 0, zone) }

var shifts = []Shift{
	{"ann", at(30, 8, 0), at(30, 16, 15), 45 * time.Minute},
	{"bo", at(30, 22, 0), at(31, 6, 30), 30 * time.Minute},
	{"ann", at(31, 9, 15), at(31, 19, 5), time.Hour},
	{"bo", at(31, 23, 50), at(32, 8, 20), 20 * time.Minute},
}

//cell

// first version: overtime beyond 8h, but counts a short day as negative
var overtime = func(d time.Duration) time.Duration { return d - 8*time.Hour }

func totals() map[string]time.Duration {
	m := map[string]time.Duration{}
	for _, s := range shifts {
		m[s.Who] += s.Worked()
	}
	return m
}

//cell

func main() {
	for _, s := range shifts {
		w := s.Worked()
		fmt.Printf("%-4s %s → %s %v %.2fh %.0fm ot=%v\n", s.Who, s.Start.Format("Mon 02 15:04"), s.End.Format("Jan 2 15:04 MST"), w, w.Hours(), w.Minutes(), overtime(w))
	}
	overtime = func(d time.Duration) time.Duration { return max(0, d-8*time.Hour) }
	var ot time.Duration
	for _, s := range shifts {
		ot += overtime(s.Worked())
	}
	t := totals()
	fmt.Println(t["ann"], t["bo"], ot, (t["ann"]+t["bo"])/time.Duration(len(shifts)))

	for _, d := range []time.Duration{0, 1, 999, 1500 * time.Nanosecond, 2*time.Millisecond + 5*time.Microsecond, 90 * time.Second, -(26*time.Hour + 3*time.Second), 1<<63 - 1, -1 << 63} {
		fmt.Printf("%v | %s | %d | %v %v | %v\n", d, d.Round(time.Millisecond), d.Milliseconds(), d.Truncate(time.Second), d.Abs(), d.Seconds())
	}
	d := 7*time.Hour + 29*time.Minute + 31*time.Second
	fmt.Println(d.Round(time.Hour), d.Round(15*time.Minute), d.Truncate(15*time.Minute), d/time.Minute, d%time.Hour, d.Round(0), d.Truncate(-1))
	for _, in := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1µs", "2us", "1d", "", "+0", "3", "1h-2m", "9223372036854775808ns"} {
		p, err := time.ParseDuration(in)
		fmt.Printf("%q %v %v\n", in, p, err)
	}

	base := time.Date(2024, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(base.AddDate(0, 1, 0).Format(time.DateOnly), base.AddDate(0, 0, 29).Weekday(), base.Add(-36*time.Hour).Format(time.Kitchen))
	leap := time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.Add(48*time.Hour).Format("2006-01-02"), leap.YearDay(), leap.Sub(base), base.Sub(leap).Hours())
	in := shifts[0].Start.In(time.UTC)
	fmt.Println(in, in.Equal(shifts[0].Start), in == shifts[0].Start, shifts[1].End.Sub(shifts[0].Start).String())
	y, w := shifts[3].End.ISOWeek()
	fmt.Println(shifts[3].End.Format(time.RFC3339), y, w, shifts[3].End.Truncate(24*time.Hour).Format(time.RFC822Z))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, time.Unix(1700000000, 0).UTC(), time.UnixMilli(-1).UTC().Format(time.StampMilli))
	fmt.Println(strings.Repeat("=", 3), time.Duration(1.5*float64(time.Second)), time.Hour*3/2, time.Since(time.Now()) < time.Minute)
}
