//go:build ignore

// Time values that do not depend on the clock: dates in a fixed zone,
// Format and Parse with custom layouts, AddDate across month ends,
// Truncate and Round of durations, Sub and Weekday, and a cell type
// holding a time.Duration with its own String.
package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func (s Shift) String() string {
	return s.Start.Format("Mon 02 Jan 15:04") + "–" + s.End().Format("15:04")
}

var zone = time.FixedZone("UTC+2", 2*60*60)

//cell

var shifts = []Shift{
	{time.Date(2024, 2, 28, 22, 0, 0, 0, zone), 8 * time.Hour},
	{time.Date(2024, 3, 31, 6, 30, 0, 0, zone), 7*time.Hour + 45*time.Minute},
}

func init() {
	for _, s := range shifts {
		fmt.Println(s, s.End().Weekday(), s.End().YearDay())
	}
	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly), jan31.AddDate(1, 1, 0).Format("2006-01-02"))
}

//cell

func parseAll(layout string, vals ...string) {
	for _, v := range vals {
		t, err := time.Parse(layout, v)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(t.Format(time.RFC3339), t.Unix())
	}
}

func init() {
	parseAll("2006-01-02 15:04:05 -0700", "2024-06-01 12:00:00 +0200", "2024-13-01 00:00:00 +0000")
	parseAll(time.Kitchen, "3:04PM", "25:00PM")
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
}

//cell

type Lap time.Duration

func (l Lap) String() string {
	d := time.Duration(l)
	return fmt.Sprintf("%d:%02d.%03d", int(d.Minutes()), int(d.Seconds())%60, d.Milliseconds()%1000)
}

func main() {
	a := shifts[0]
	b := shifts[1]
	gap := b.Start.Sub(a.End())
	fmt.Println(gap, gap.Hours(), b.Start.After(a.End()), a.End().Equal(a.End().In(time.UTC)))
	laps := []Lap{Lap(83*time.Second + 250*time.Millisecond), Lap(59 * time.Second)}
	fmt.Println(laps, laps[0]+laps[1])
	fmt.Printf("%v %s %d\n", laps[1], time.Duration(laps[1]), laps[1])
	t := time.Date(2024, 12, 31, 23, 59, 59, 999_000_000, time.UTC)
	fmt.Println(t.Add(time.Millisecond), t.Truncate(24*time.Hour).Format(time.ANSIC))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), int(t.Month()), t.Format("Jan _2 '06 .000"))
	fmt.Println(time.Unix(1_700_000_000, 0).UTC(), time.Duration(1500)*time.Microsecond)
}
