//go:build ignore

// time: durations, arithmetic on fixed dates, formatting and parsing (no wall clock).
package main

import (
	"fmt"
	"time"
)

//cell

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), time.Duration(1500)*time.Millisecond)
	fmt.Println(time.Second*2+time.Millisecond*300, time.Duration(0), 1500*time.Microsecond, 42*time.Nanosecond)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Seconds(), pd.Round(time.Minute), pd.Truncate(time.Hour))
	t := time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	later := t.Add(36 * time.Hour)
	fmt.Println(later.Format(time.RFC3339), later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 3, 0).Format("2006-01-02 Mon"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 12:30")
	fmt.Println(p, err, p.Unix())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	fmt.Println(time.Unix(0, 0).UTC(), t.Truncate(24*time.Hour).Equal(time.Date(2009, 11, 10, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.March, time.Saturday, t.IsZero(), time.Time{}.IsZero())
}
