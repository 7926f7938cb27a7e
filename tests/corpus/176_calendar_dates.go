//go:build ignore

// A booking calendar with fixed dates: time.Date arithmetic across
// months and years, Format layouts, weekdays, Duration printing and
// rounding, and bookings sorted stably by several keys.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Booking struct {
	Room  string
	Guest string
	Start time.Time
	Dur   time.Duration
}

func (b Booking) End() time.Time { return b.Start.Add(b.Dur) }

//cell

func (b Booking) String() string {
	return fmt.Sprintf("%s %-5s %s–%s (%v)", b.Room, b.Guest, b.Start.Format("Mon Jan 2 15:04"), b.End().Format("15:04"), b.Dur)
}

func overlaps(a, b Booking) bool {
	return a.Room == b.Room && a.Start.Before(b.End()) && b.Start.Before(a.End())
}

var base = time.Date(2024, time.February, 27, 9, 0, 0, 0, time.UTC)

//cell

func day(n int, h, m int) time.Time {
	d := base.AddDate(0, 0, n)
	return time.Date(d.Year(), d.Month(), d.Day(), h, m, 0, 0, time.UTC)
}

//cell

func main() {
	fmt.Println(base, base.Weekday(), base.YearDay())
	fmt.Println(base.AddDate(0, 0, 2).Format("2006-01-02"), base.AddDate(0, 1, 3).Format(time.RFC3339))
	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("Jan 2, 2006"), time.Date(2024, 2, 30, 0, 0, 0, 0, time.UTC).Format("02/01/06"))
	fmt.Println(time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC).Add(time.Second).Format("Monday, 02-Jan-06 15:04:05 MST"))

	bs := []Booking{
		{"B", "kim", day(0, 14, 0), 90 * time.Minute},
		{"A", "lee", day(1, 9, 30), 2 * time.Hour},
		{"A", "ann", day(0, 10, 0), 45 * time.Minute},
		{"B", "bo", day(0, 15, 0), time.Hour},
		{"A", "cy", day(0, 10, 0), 30 * time.Minute},
		{"C", "dee", day(3, 8, 15), 3*time.Hour + 20*time.Minute},
	}
	sort.SliceStable(bs, func(i, j int) bool {
		if !bs[i].Start.Equal(bs[j].Start) {
			return bs[i].Start.Before(bs[j].Start)
		}
		return bs[i].Room < bs[j].Room
	})
	for _, b := range bs {
		fmt.Println(b)
	}
	sort.SliceStable(bs, func(i, j int) bool { return bs[i].Room < bs[j].Room })
	var names []string
	for _, b := range bs {
		names = append(names, b.Room+":"+b.Guest)
	}
	fmt.Println(strings.Join(names, " "))
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			if overlaps(bs[i], bs[j]) {
				fmt.Printf("clash: %s/%s in %s\n", bs[i].Guest, bs[j].Guest, bs[i].Room)
			}
		}
	}

	var total time.Duration
	perDay := map[string]time.Duration{}
	for _, b := range bs {
		total += b.Dur
		perDay[b.Start.Format("01-02")] += b.Dur
	}
	days := make([]string, 0, len(perDay))
	for d := range perDay {
		days = append(days, d)
	}
	sort.Strings(days)
	for _, d := range days {
		fmt.Printf("%s %8v %5.2fh\n", d, perDay[d], perDay[d].Hours())
	}
	fmt.Println(total, total.Minutes(), total.Round(time.Hour), total.Truncate(time.Hour), total/3)
	fmt.Println(time.Duration(1500)*time.Microsecond, time.Duration(0), -90*time.Second, 36*time.Hour+1, time.Duration(999))
	last := bs[len(bs)-1]
	gap := last.Start.Sub(base)
	fmt.Println(gap, int(gap.Hours()/24), last.End().After(last.Start), last.Start.Month(), last.Start.Day())
	t, err := time.Parse("2006-01-02 15:04", "2024-03-01 18:45")
	fmt.Println(t, err, t.Sub(base).String(), t.Unix())
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err, d.Seconds())
	y, w := base.ISOWeek()
	fmt.Printf("week %d-%02d, %s is a %s\n", y, w, base.Format("Jan 2"), base.AddDate(0, 0, 2).Weekday())
}
