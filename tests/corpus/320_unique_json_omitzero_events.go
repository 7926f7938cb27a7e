//go:build ignore

// An event export: tags interned with unique.Make (Go 1.23), handles
// compared by pointer, JSON written with the omitzero option (Go 1.24),
// which leaves out zero times, zero structs and values whose IsZero
// method (of the type or of its pointer) says so, next to omitempty;
// times formatted from fixed dates.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	"unique"
)

type Tag = unique.Handle[string]

type Interner struct {
	seen map[Tag]int
}

func (in *Interner) Intern(s string) Tag {
	h := unique.Make(strings.ToLower(strings.TrimSpace(s)))
	in.seen[h]++
	return h
}

//cell

type Money struct {
	Cents    int64
	Currency string
}

// IsZero makes a Money with no currency count as zero for omitzero.
func (m Money) IsZero() bool { return m.Currency == "" }

// Venue is zero, for omitzero, when it has no rooms (a pointer method).
type Venue struct {
	Rooms []string `json:"rooms"`
}

func (v *Venue) IsZero() bool { return v == nil || len(v.Rooms) == 0 }

type Place struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Event struct {
	Title    string    `json:"title"`
	Start    time.Time `json:"start"`
	End      time.Time `json:"end,omitzero"`
	Price    Money     `json:"price,omitzero"`
	Where    Place     `json:"where,omitzero"`
	Venue    *Venue    `json:"venue,omitzero"`
	Hall     Venue     `json:"hall,omitzero"`
	Seats    int       `json:"seats,omitzero"`
	Tags     []string  `json:"tags,omitempty"`
	Sponsors []string  `json:"sponsors,omitzero"`
	Note     string    `json:"-"`
	Private  *bool     `json:"private,omitempty"`
}

//cell

var base = time.Date(2026, time.February, 27, 9, 30, 0, 0, time.UTC)

func describeTimes(e Event) string {
	if e.End.IsZero() {
		return e.Start.Format("Mon Jan 2 15:04") + " (open end)"
	}
	d := e.End.Sub(e.Start)
	return fmt.Sprintf("%s – %s (%v)", e.Start.Format(time.DateTime), e.End.Format(time.Kitchen), d)
}

//cell

func main() {
	in := &Interner{seen: map[Tag]int{}}
	raw := []string{"Go", " go", "meetup", "GO ", "Workshop", "meetup"}
	var tags []Tag
	for _, r := range raw {
		tags = append(tags, in.Intern(r))
	}
	fmt.Println("distinct tags:", len(in.seen))
	fmt.Println("same handle:", tags[0] == tags[1], tags[0] == tags[3], tags[0] == tags[2])
	var names []string
	for h, n := range in.seen {
		names = append(names, fmt.Sprintf("%s×%d", h.Value(), n))
	}
	slices.Sort(names)
	fmt.Println(names)
	fmt.Println("value:", unique.Make("go").Value(), unique.Make(42) == unique.Make(40+2), unique.Make(Place{"Oslo", "NO"}) == unique.Make(Place{City: "Oslo", Country: "NO"}))

	yes := true
	events := []Event{
		{Title: "Go meetup", Start: base, End: base.Add(150 * time.Minute), Price: Money{500, "EUR"}, Where: Place{"Berlin", "DE"}, Seats: 40, Tags: []string{"go", "meetup"}},
		{Title: "Open office", Start: base.AddDate(0, 0, 3), Note: "hidden", Sponsors: []string{}, Price: Money{Cents: 250}, Venue: &Venue{}, Hall: Venue{Rooms: []string{"A"}}},
		{Title: "Workshop", Start: base.Add(-48 * time.Hour), Price: Money{0, "USD"}, Where: Place{City: "Lima"}, Tags: []string{}, Private: &yes, Venue: &Venue{[]string{"B", "C"}}, Hall: Venue{Rooms: []string{}}},
	}
	enc := json.NewEncoder(os.Stdout)
	for _, e := range events {
		if err := enc.Encode(e); err != nil {
			fmt.Println("error:", err)
		}
		fmt.Println("  ", describeTimes(e))
	}
	out, _ := json.MarshalIndent(struct {
		Count int       `json:"count"`
		At    time.Time `json:"at,omitzero"`
		Zero  time.Time `json:"zero,omitzero"`
		Empty time.Time `json:"empty,omitempty"`
	}{Count: len(events), At: base}, "", "  ")
	fmt.Println(string(out))

	// back from JSON: missing fields stay zero
	var e Event
	err := json.Unmarshal([]byte(`{"title":"Late","start":"2026-02-27T18:00:00+01:00","seats":12}`), &e)
	fmt.Println(err, e.Title, e.Seats, e.End.IsZero(), e.Price.IsZero(), e.Start.UTC().Format(time.RFC3339))

	// time formatting with fixed times
	t := time.Date(2026, 11, 30, 23, 59, 58, 123456789, time.FixedZone("CET", 3600))
	for _, layout := range []string{time.RFC3339, time.RFC3339Nano, time.RFC1123Z, time.DateOnly, time.TimeOnly, time.StampMilli, "2006-01-02T15:04:05.000Z07:00", "Jan _2 '06 3:04PM", "Monday, 2 January 2006 (day 002)"} {
		fmt.Println(t.Format(layout))
	}
	fmt.Println(t.UTC(), t.Add(2*time.Second).Year(), t.YearDay(), t.Weekday())
	next := t.AddDate(0, 1, 1)
	fmt.Println(next.Format(time.DateOnly), next.Sub(t).Hours(), t.Truncate(time.Hour).Format(time.TimeOnly))
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w, t.Compare(base), base.Compare(t), t.Equal(t.UTC()))
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
}
