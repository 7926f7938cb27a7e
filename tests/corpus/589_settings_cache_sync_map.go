//go:build ignore

// A settings cache on sync.Map whose values are a notebook interface
// (Setting) stored through an "any": loads in a loop kept in a slice,
// LoadOrStore and LoadAndDelete results kept, an atomic.Value holding
// the current profile swapped in a loop with each load kept, and a
// Range over the cache collected and sorted.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Setting interface {
	Key() string
	Render() string
}

type Flag struct {
	Name string
	On   bool
}

func (f Flag) Key() string    { return f.Name }
func (f Flag) Render() string { return fmt.Sprintf("%s=%t", f.Name, f.On) }

type Limit struct {
	Name string
	Max  int
}

func (l *Limit) Key() string    { return l.Name }
func (l *Limit) Render() string { return fmt.Sprintf("%s<=%d", l.Name, l.Max) }

type Profile struct {
	Name  string
	Debug bool
}

func (p Profile) Key() string    { return "profile" }
func (p Profile) Render() string { return fmt.Sprintf("%s(debug=%t)", p.Name, p.Debug) }

//cell

type Cache struct {
	m    sync.Map
	hits atomic.Int64
}

func (c *Cache) Put(s Setting) { c.m.Store(s.Key(), s) }

// Seed stores the defaults as they come, through an "any".
func (c *Cache) Seed(defaults []Setting) {
	for _, d := range defaults {
		var v any = d
		c.m.Store(d.Key(), v)
	}
}

func (c *Cache) All(keys []string) []any {
	var out []any
	for _, k := range keys {
		if v, ok := c.m.Load(k); ok {
			c.hits.Add(1)
			out = append(out, v)
		} else {
			out = append(out, nil)
		}
	}
	return out
}

//cell

func main() {
	c := &Cache{}
	c.Seed([]Setting{Flag{"dark-mode", true}, &Limit{"uploads", 10}})
	c.Put(Flag{"beta", false})
	got := c.All([]string{"beta", "uploads", "missing", "dark-mode"})
	for _, v := range got {
		if s, ok := v.(Setting); ok {
			fmt.Println("got", s.Render())
		} else {
			fmt.Println("got nothing:", v)
		}
	}
	fmt.Println("hits", c.hits.Load())

	var loaded []any
	for _, s := range []Setting{Flag{"beta", true}, &Limit{"rate", 5}} {
		var v any = s
		var actual any
		var had bool
		actual, had = c.m.LoadOrStore(s.Key(), v)
		loaded = append(loaded, actual.(Setting).Render(), had)
	}
	fmt.Println(loaded...)

	var gone []any
	for _, k := range []string{"rate", "nope"} {
		v, ok := c.m.LoadAndDelete(k)
		gone = append(gone, v, ok)
	}
	fmt.Println(len(gone), gone[1], gone[3], gone[0].(Setting).Key())

	var keys []string
	c.m.Range(func(k, v any) bool {
		keys = append(keys, k.(string)+":"+v.(Setting).Render())
		return true
	})
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, ", "))

	// the current profile, swapped as a Setting
	var current atomic.Value
	var history []any
	profiles := []Setting{Profile{"dev", true}, Profile{"staging", false}, Profile{"prod", false}}
	for _, p := range profiles {
		var v any = p
		current.Store(v)
		history = append(history, current.Load())
	}
	for _, h := range history {
		p := h.(Profile)
		fmt.Printf("%s debug=%t %s\n", p.Name, p.Debug, h.(Setting).Render())
	}
}
