//go:build ignore

// Validation walks a config through three levels of calls and panics
// with a formatted message at the bottom.
package main

import (
	"fmt"
	"strings"
)

//cell

type Field struct {
	Name string
	Min  int
	Val  int
}

func checkField(section string, f Field) {
	if f.Val < f.Min {
		panic(fmt.Sprintf("config: %s.%s = %d, want >= %d", section, f.Name, f.Val, f.Min))
	}
}

func checkSection(name string, fields []Field) {
	for _, f := range fields {
		checkField(name, f)
	}
}

//cell

func checkConfig(cfg map[string][]Field, order []string) {
	for _, s := range order {
		checkSection(strings.ToUpper(s), cfg[s])
		fmt.Println("ok", s)
	}
}

//cell

func main() {
	cfg := map[string][]Field{
		"server": {{"port", 1, 8080}, {"workers", 1, 4}},
		"cache":  {{"size", 16, 8}},
	}
	checkConfig(cfg, []string{"server", "cache"})
}
