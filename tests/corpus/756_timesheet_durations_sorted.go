//go:build ignore

// A weekly timesheet with fixed dates (no wall clock): time.Duration
// arithmetic, Round/Truncate, ParseDuration, formatting layouts, time
// values compared with Compare and sorted with slices.SortFunc, overtime
// computed per weekday, a Stringer on a cell duration type, rows of a
// local type alias sorted.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

//cell

type Shift struct {
	Who   string
	Start time.Time
	End   time.Time
	Break time.Duration
}

func (s Shift) Worked() time.Duration { return s.End.Sub(s.Start) - s.Break }

type Hours time.Duration

func (h Hours) String() string {
	d := time.Duration(h)
	return fmt.Sprintf("%dh%02dm", int(d.Hours()), int(d.Minutes())%60)
}

var week0 = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC) // a Monday

func at(day int, clock string) time.Time {
	t, err := time.Parse("15:04", clock)
	if err != nil {
		panic(err)
	}
	return week0.AddDate(0, 0, day).Add(time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute)
}

//cell

var shifts = []Shift{
	{"ana", at(0, "08:30"), at(0, "17:10"), 45 * time.Minute},
	{"bo", at(0, "09:00"), at(0, "18:30"), time.Hour},
	{"ana", at(1, "08:00"), at(1, "19:45"), 30 * time.Minute},
	{"cy", at(2, "22:00"), at(3, "06:15"), 20 * time.Minute},
	{"bo", at(3, "10:00"), at(3, "14:00"), 0},
	{"ana", at(4, "07:45"), at(4, "16:00"), 45 * time.Minute},
	{"cy", at(5, "12:00"), at(5, "20:30"), time.Hour},
}

const normalDay = 8 * time.Hour

func overtime(s Shift) time.Duration { return max(0, s.Worked()-normalDay) }

//cell

func main() {
	perPerson := map[string]time.Duration{}
	perDay := map[time.Weekday]time.Duration{}
	for _, s := range shifts {
		perPerson[s.Who] += s.Worked()
		perDay[s.Start.Weekday()] += s.Worked()
		fmt.Printf("%-4s %s %s-%s %v ot=%v\n", s.Who, s.Start.Format("Mon 02 Jan"), s.Start.Format("15:04"), s.End.Format("15:04"), Hours(s.Worked()), overtime(s))
	}
	for _, who := range slices.Sorted(maps.Keys(perPerson)) {
		d := perPerson[who]
		fmt.Printf("%s total %v (%.2fh) rounded %v truncated %v\n", who, Hours(d), d.Hours(), d.Round(time.Hour), d.Truncate(30*time.Minute))
	}
	days := slices.Collect(maps.Keys(perDay))
	slices.Sort(days)
	var parts []string
	for _, d := range days {
		parts = append(parts, fmt.Sprintf("%s=%v", d.String()[:3], perDay[d]))
	}
	fmt.Println(strings.Join(parts, " "))

	byEnd := slices.Clone(shifts)
	slices.SortFunc(byEnd, func(a, b Shift) int {
		return cmp.Or(b.End.Compare(a.End), strings.Compare(a.Who, b.Who))
	})
	fmt.Println("last to leave:", byEnd[0].Who, byEnd[0].End.Format(time.RFC3339))
	longest := slices.MaxFunc(shifts, func(a, b Shift) int { return cmp.Compare(a.Worked(), b.Worked()) })
	fmt.Println("longest:", longest.Who, longest.Worked(), longest.End.Sub(longest.Start).Minutes())

	budget, _ := time.ParseDuration("2h30m")
	var total time.Duration
	for _, s := range shifts {
		total += overtime(s)
	}
	fmt.Println("overtime", total, "over budget:", total > budget, "left", budget-total, (budget - total).Abs())
	type row = struct {
		Who string
		OT  time.Duration
	}
	type rows = []row
	var ot rows
	for _, s := range shifts {
		if d := overtime(s); d > 0 {
			ot = append(ot, row{s.Who, d})
		}
	}
	slices.SortFunc(ot, func(a, b row) int { return cmp.Compare(b.OT, a.OT) })
	fmt.Printf("%v %+v %d\n", ot, ot[0], len(rows(nil)))
	gap := shifts[3].Start.Sub(shifts[2].End)
	fmt.Println("gap", gap, gap.Hours() > 24, shifts[3].End.Day()-shifts[3].Start.Day(), shifts[3].End.After(shifts[4].Start))
	fmt.Println(week0.Format("2006-01-02 Monday"), week0.YearDay(), week0.Add(36*time.Hour).Format(time.Kitchen))
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(1500)*time.Microsecond, -d.Round(time.Minute))
}
