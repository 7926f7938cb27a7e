//go:build ignore

// time with fixed instants: Format with layouts, Parse and
// ParseInLocation with FixedZone, ParseDuration and its errors,
// Duration arithmetic, Round and Truncate, Sub, AddDate across month
// ends, Weekday and YearDay, Before/After/Equal and a cell type
// embedding time.Time.
package main

import (
	"fmt"
	"time"
)

//cell

type Event struct {
	Name string
	time.Time
	Length time.Duration
}

func (e Event) End() time.Time { return e.Add(e.Length) }

func (e Event) String() string {
	return fmt.Sprintf("%s %s-%s", e.Name, e.Format("Mon 15:04"), e.End().Format("15:04"))
}

var base = time.Date(2024, time.January, 31, 9, 30, 0, 0, time.UTC)

//cell

func main() {
	fmt.Println(base)
	fmt.Println(base.Format(time.RFC3339), base.Format(time.Kitchen), base.Format("2006-01-02 Mon Jan _2 03:04:05PM"))
	fmt.Println(base.AddDate(0, 1, 0).Format(time.DateOnly), base.AddDate(0, 0, 30).Format(time.DateOnly))
	fmt.Println(base.Weekday(), base.YearDay(), base.Month(), int(base.Month()))
	est := time.FixedZone("EST", -5*3600)
	t2, err := time.ParseInLocation("2006-01-02 15:04", "2024-02-29 18:45", est)
	fmt.Println(t2, err)
	fmt.Println(t2.UTC(), t2.Sub(base), t2.After(base), base.Before(t2))
	t3, err := time.Parse(time.RFC3339, "2024-02-29T23:45:00Z")
	fmt.Println(t3.Equal(t2), t3 == t2, t2.Equal(t3.In(est)))
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	for _, s := range []string{"1h30m", "90s", "1.5h", "-2m3.5s", "300ms", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, d.Seconds(), err)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Minutes(), d/time.Minute, d%time.Minute)
	fmt.Printf("%v %d %s %.1f\n", d, d, d, d.Hours())
	ev := Event{"standup", base, 15 * time.Minute}
	ev2 := Event{Name: "review", Time: base.Add(2 * time.Hour), Length: 90 * time.Minute}
	fmt.Println(ev)
	fmt.Println(ev2, ev2.End().Sub(ev.Time))
	fmt.Println(ev.Year(), ev2.Hour(), ev2.End().Minute())
	days := t2.Sub(base).Hours() / 24
	fmt.Printf("%.3f days\n", days)
	fmt.Println(base.Truncate(24*time.Hour).Format(time.DateTime), base.Unix(), time.Unix(1700000000, 0).UTC())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Year(), time.Duration(0), time.Duration(1))
	deadline := base.Add(36 * time.Hour)
	for t := base; t.Before(deadline); t = t.Add(12 * time.Hour) {
		fmt.Print(t.Format("Jan 2 15h"), "; ")
	}
	fmt.Println()
}
