//go:build ignore

// A hot-reloadable configuration in a notebook: a Config struct and an
// atomic.Pointer[Config] holder with Load/Store/Swap/CompareAndSwap,
// lazily computed values with sync.OnceValue and sync.OnceValues (the
// loader runs once even from many goroutines, and an error is
// remembered), sync.OnceFunc, atomic.Int64 counters and atomic.Value,
// and a loader fixed in a later cell (a new OnceValues picks it up).
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Workers int
	Tags    []string
}

func (c *Config) String() string {
	if c == nil {
		return "<no config>"
	}
	return fmt.Sprintf("%s/%d%v", c.Name, c.Workers, c.Tags)
}

var current atomic.Pointer[Config]

var loads atomic.Int64

//cell

const source = "name=svc\nworkers=four\ntags=a,b"

// first version: fails on a non-numeric worker count
var load = func(src string) (*Config, error) {
	loads.Add(1)
	c := &Config{}
	for _, line := range strings.Split(src, "\n") {
		k, v, _ := strings.Cut(line, "=")
		switch k {
		case "name":
			c.Name = v
		case "workers":
			n, err := strconv.Atoi(v)
			if err != nil {
				return nil, fmt.Errorf("workers: %w", err)
			}
			c.Workers = n
		case "tags":
			c.Tags = strings.Split(v, ",")
		}
	}
	return c, nil
}

func lazy() func() (*Config, error) {
	return sync.OnceValues(func() (*Config, error) { return load(source) })
}

//cell

var words = map[string]int{"one": 1, "two": 2, "four": 4}

var expensive = sync.OnceValue(func() int {
	fmt.Println("computing once")
	s := 0
	for i := 1; i <= 1000; i++ {
		s += i * i
	}
	return s
})

//cell

func main() {
	fmt.Println(current.Load())
	get := lazy()
	var wg sync.WaitGroup
	var fails atomic.Int32
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := get(); err != nil {
				fails.Add(1)
			}
		}()
	}
	wg.Wait()
	c, err := get()
	fmt.Println(c, err, fails.Load(), loads.Load(), errors.Is(err, strconv.ErrSyntax))

	load = func(src string) (*Config, error) {
		loads.Add(1)
		c := &Config{}
		for _, line := range strings.Split(src, "\n") {
			k, v, _ := strings.Cut(line, "=")
			switch k {
			case "name":
				c.Name = v
			case "workers":
				n, err := strconv.Atoi(v)
				if err != nil {
					w, ok := words[v]
					if !ok {
						return nil, fmt.Errorf("workers: %w", err)
					}
					n = w
				}
				c.Workers = n
			case "tags":
				c.Tags = strings.Split(v, ",")
			}
		}
		return c, nil
	}
	c, err = get()
	fmt.Println("same once:", c, err, loads.Load())
	get = lazy()
	c, err = get()
	fmt.Println("new once:", c, err, loads.Load())

	current.Store(c)
	old := current.Swap(&Config{Name: "v2", Workers: 8})
	fmt.Println(old, current.Load())
	fmt.Println(current.CompareAndSwap(old, &Config{Name: "v3"}), current.Load())
	now := current.Load()
	fmt.Println(current.CompareAndSwap(now, &Config{Name: "v3", Workers: 1}), current.Load())

	var hits atomic.Int64
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 250; j++ {
				hits.Add(1)
				for {
					p := current.Load()
					n := *p
					n.Workers++
					if current.CompareAndSwap(p, &n) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println(hits.Load(), current.Load().Workers)

	fmt.Println(expensive(), expensive())
	ping := sync.OnceFunc(func() { fmt.Println("ping once") })
	ping()
	ping()
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store("x")
	fmt.Println(v.Load().(string), v.CompareAndSwap("no", "yes"), v.CompareAndSwap("x", "y"), v.Load())
	var flag atomic.Bool
	fmt.Println(flag.Swap(true), flag.Load())
	var u atomic.Uint32
	u.Store(10)
	fmt.Println(u.Add(^uint32(0)), u.CompareAndSwap(9, 1), u.Load())

	boom := sync.OnceValue(func() int { panic("once panics") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			boom()
		}()
	}
}
