//go:build ignore

// A notebook's JSON helpers take `any`, as everyday code does: a loader
// decoding into whatever pointer it is given (a config with an embedded
// struct and an unexported field, a slice of records, a map of them),
// the type errors it reports, and a map[string]any of settings whose
// entries are swapped and filled from a function's results.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Meta struct {
	Owner   string `json:"owner"`
	Version int    `json:"version"`
}

type Config struct {
	Meta
	Name    string            `json:"name"`
	Workers int               `json:"workers"`
	Labels  map[string]string `json:"labels,omitempty"`
	secret  string
}

type Record struct {
	ID    int     `json:"id"`
	Score float64 `json:"score"`
}

//cell

func load(data string, v any) error {
	if err := json.Unmarshal([]byte(data), v); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	return nil
}

func explain(err error) string {
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		return fmt.Sprintf("field %q wants %s, got %s (offset %d)", ute.Field, ute.Type, ute.Value, ute.Offset)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("syntax error at offset %d", se.Offset)
	}
	return "ok"
}

//cell

func settings() map[string]any {
	s := map[string]any{"mode": "fast", "retries": 3}
	s["mode"], s["retries"] = s["retries"], s["mode"]
	s["port"], s["err"] = strconv.Atoi("8080")
	k := "level"
	k, s[k] = "other", strings.ToUpper("debug")
	fmt.Println(k)
	return s
}

//cell

func main() {
	var cfg Config
	err := load(`{"owner":"ops","version":3,"name":"ingest","workers":4,"secret":"x","labels":{"tier":"gold"}}`, &cfg)
	fmt.Printf("%v %+v\n", err, cfg)

	var recs []Record
	err = load(`[{"id":1,"score":0.5},{"id":2,"score":1.25}]`, &recs)
	fmt.Println(err, len(recs), recs[1].Score)

	byName := map[string]Record{}
	err = load(`{"b":{"id":2},"a":{"id":1,"score":3}}`, &byName)
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(err, names, byName["a"].Score)

	for _, bad := range []string{
		`{"workers":"four"}`,
		`{"version":"3"}`,
		`{"labels":["x"]}`,
		`[1,2]`,
		`{"name": }`,
	} {
		var c Config
		err := load(bad, &c)
		fmt.Println(err)
		fmt.Println("  ", explain(err))
	}

	err = load(`[{"id":1},{"id":"two"}]`, &recs)
	fmt.Println(err)
	fmt.Println("  ", explain(err))
	err = load(`{"x":{"id":"1"}}`, &byName)
	fmt.Println(err)

	s := settings()
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%v (%T)\n", k, s[k], s[k])
	}
}
