//go:build ignore

// A service's configuration with Go 1.26's new(expr) for optional fields
// (new(3), new(float64(answer())/100), new("hello")) and encoding/json's
// omitzero (Go 1.24) calling a type's IsZero; errors.AsType (1.26) to
// a notebook error and to *fs.PathError; sync.WaitGroup.Go (1.25); a
// three-clause loop's closures, addresses and goroutines each with
// their iteration's variable, also when the body changes it; range over
// a named integer type, an untyped constant and a uint8; cmp.Or,
// slices.BinarySearchFunc; math/rand/v2 from fixed seeds; unique.Make;
// log/slog's text and JSON handlers on stdout without the time.
package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"unique"
)

type Config struct {
	Name    string   `json:"name"`
	Retries *int     `json:"retries,omitempty"`
	Ratio   *float64 `json:"ratio,omitzero"`
	Tags    []string `json:"tags,omitzero"`
	When    Stamp    `json:"when,omitzero"`
}

type Stamp struct{ Day, Month int }

func (s Stamp) IsZero() bool { return s.Day == 0 }

func answer() int { return 42 }

//cell

func step1() {
	c := Config{Name: "svc", Retries: new(3), Ratio: new(float64(answer()) / 100)}
	fmt.Println(c.Name, *c.Retries, *c.Ratio)
	p := new(answer())
	*p++
	fmt.Println(*p, answer())
	s := new("hello")
	fmt.Println(*s, len(*s))
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	c.When = Stamp{0, 5}
	c.Tags = []string{}
	b, _ = json.Marshal(c)
	fmt.Println(string(b))
	c.When = Stamp{3, 5}
	b, _ = json.Marshal(c)
	fmt.Println(string(b))
}

//cell

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func lookup(k string) error {
	if k == "x" {
		return fmt.Errorf("lookup: %w", &NotFound{k})
	}
	return fmt.Errorf("wrapped: %w", &fs.PathError{Op: "open", Path: k, Err: fs.ErrNotExist})
}

func step2() {
	if nf, ok := errors.AsType[*NotFound](lookup("x")); ok {
		fmt.Println("as type:", nf.Key)
	}
	if _, ok := errors.AsType[*NotFound](lookup("y")); !ok {
		fmt.Println("not a NotFound")
	}
	if pe, ok := errors.AsType[*fs.PathError](lookup("y")); ok {
		fmt.Println("path error:", pe.Path, errors.Is(pe, fs.ErrNotExist))
	}
}

//cell

func step3() {
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range 5 {
		wg.Go(func() { results[i] = i * i })
	}
	wg.Wait()
	fmt.Println(results)
	var fns []func() int
	for i := 0; i < 6; i++ {
		fns = append(fns, func() int { return i })
		i++
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var wg2 sync.WaitGroup
	out := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); out[i] = i * 10 }()
	}
	wg2.Wait()
	fmt.Println(out)
}

//cell

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

const N = 3

func step4() {
	for d := range Weekday(3) {
		fmt.Printf("%v(%T) ", d, d)
	}
	fmt.Println()
	for i := range N {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	var n uint8 = 4
	for i := range n {
		fmt.Printf("%d:%T ", i, i)
	}
	fmt.Println()
	fmt.Println(cmp.Or("", "", "dflt"), cmp.Or(0, 7, 9), cmp.Or[string]())
	type person struct {
		name string
		age  int
	}
	people := []person{{"al", 30}, {"bo", 25}, {"cy", 41}}
	slices.SortFunc(people, func(a, b person) int { return cmp.Or(cmp.Compare(a.age, b.age), strings.Compare(a.name, b.name)) })
	i, found := slices.BinarySearchFunc(people, 30, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(people, i, found)
	i, found = slices.BinarySearchFunc(people, 35, func(p person, age int) int { return cmp.Compare(p.age, age) })
	fmt.Println(i, found)
}

//cell

func step5() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1, r.Perm(5))
	r2 := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(r2.Uint64(), rand.N[int64](1))
	a := unique.Make("hello")
	b := unique.Make(strings.Repeat("hel", 1) + "lo")
	fmt.Println(a == b, a.Value())
	type key struct{ x, y int }
	k1, k2 := unique.Make(key{1, 2}), unique.Make(key{1, 2})
	fmt.Println(k1 == k2, k1.Value().y)
}

//cell

func step6() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	})
	log := slog.New(h).With("svc", "api")
	log.Info("start", "port", 8080, slog.Group("db", "host", "h", "pool", 4))
	log.Debug("debug", "ok", true)
	jh := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}))
	jh.Warn("slow", "ms", 250, "err", errors.New("timeout"))
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
	step5()
	step6()
}
