//go:build ignore

// A clock that wraps around midnight: minutes are normalized on every
// change, clocks compare with ==, print as HH:MM through String, and
// are kept in a map keyed by the clock value.
package main

import (
	"fmt"
	"sort"
)

const minutesPerDay = 24 * 60

// Clock is a time of day in minutes after midnight.
type Clock struct{ m int }

//cell

func normalize(m int) int {
	m %= minutesPerDay
	if m < 0 {
		m += minutesPerDay
	}
	return m
}

// New builds a clock from hours and minutes, both of which may be out of range.
func New(h, m int) Clock { return Clock{normalize(h*60 + m)} }

// Add moves the clock forward.
func (c Clock) Add(m int) Clock { return Clock{normalize(c.m + m)} }

// Subtract moves the clock back.
func (c Clock) Subtract(m int) Clock { return c.Add(-m) }

func (c Clock) String() string { return fmt.Sprintf("%02d:%02d", c.m/60, c.m%60) }

//cell

func main() {
	cases := []struct{ h, m int }{{8, 0}, {11, 9}, {24, 0}, {25, 160}, {-1, 15}, {-25, -160}, {201, 3001}, {0, -1441}}
	for _, c := range cases {
		fmt.Printf("New(%d, %d) = %v\n", c.h, c.m, New(c.h, c.m))
	}
	c := New(10, 3)
	fmt.Println(c.Add(-70), c.Subtract(3000), c.Add(1440*3+1))
	fmt.Println(New(15, 37) == New(-9, 37), New(17, 0) == New(17, 1), New(0, 0) == New(24, 0).Add(0))
	seen := map[Clock][]string{}
	for _, s := range []struct {
		name string
		c    Clock
	}{{"a", New(1, 0)}, {"b", New(25, 0)}, {"c", New(0, 60)}, {"d", New(2, 0)}} {
		seen[s.c] = append(seen[s.c], s.name)
	}
	keys := make([]Clock, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].m < keys[j].m })
	for _, k := range keys {
		fmt.Printf("%s -> %v\n", k, seen[k])
	}
	var s fmt.Stringer = New(23, 59).Add(2)
	fmt.Printf("%v %s %q %+v\n", s, s, s, struct{ At Clock }{New(6, 30)})
}
