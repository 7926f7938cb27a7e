//go:build ignore

// Names across cells: package variables of cell types set in one cell and
// changed by inits and functions of later ones, locals that shadow them
// (in if, for and switch scopes, and := with an err), a function that
// shadows a package function's name with a local closure, and a type's
// method added in a later cell used on a variable made earlier.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Level int

const (
	Quiet Level = iota
	Normal
	Verbose
)

type Settings struct {
	Level Level
	Tags  []string
	Limit int
}

var settings = Settings{Level: Normal, Limit: 10}
var level = Quiet
var count int

//cell

func (l Level) String() string {
	return [...]string{"quiet", "normal", "verbose"}[l]
}

func init() {
	settings.Tags = append(settings.Tags, "init")
	count++
}

func describe() string {
	level := settings.Level // shadows the package variable
	if level := level + 1; level > Verbose {
		return "max"
	} else {
		return "next is " + level.String()
	}
}

//cell

func parseLimit(s string) (limit int, err error) {
	limit = settings.Limit
	if s == "" {
		return
	}
	if limit, err := strconv.Atoi(s); err == nil {
		_ = limit // the if's own limit: the result keeps the default
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return limit, fmt.Errorf("limit %q: %w", s, err)
	}
	limit = n
	return
}

func apply(args []string) {
	for _, a := range args {
		k, v, _ := strings.Cut(a, "=")
		switch k := strings.ToLower(k); k {
		case "level":
			for i, name := range []string{"quiet", "normal", "verbose"} {
				if name == v {
					level = Level(i)
					settings.Level = level
				}
			}
		case "tag":
			settings.Tags = append(settings.Tags, v)
		case "limit":
			if n, err := parseLimit(v); err != nil {
				fmt.Println("error:", err)
			} else {
				settings.Limit = n
			}
		default:
			fmt.Println("unknown", k)
		}
	}
}

func init() {
	count++
	settings.Tags = append(settings.Tags, "second")
}

//cell

func (s Settings) Summary() string {
	return fmt.Sprintf("%v limit=%d tags=%s", s.Level, s.Limit, strings.Join(s.Tags, ","))
}

func main() {
	fmt.Println(count, settings.Summary(), level, describe())
	saved := settings
	apply([]string{"LEVEL=verbose", "tag=x", "limit=25", "limit=abc", "color=red"})
	fmt.Println(settings.Summary(), "|", saved.Summary(), "|", level, describe())
	settings := Settings{Level: Quiet}
	settings.Tags = []string{"local"}
	fmt.Println(settings.Summary())
	count := func() int { return len(settings.Tags) }
	fmt.Println(count())
	for level := Quiet; level <= Verbose; level++ {
		fmt.Print(level, " ")
	}
	fmt.Println(level)
	x := 1
	{
		x := x + 1
		x *= 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	fmt.Printf("%v %+v\n", saved.Level, saved)
}
