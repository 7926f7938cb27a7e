//go:build ignore

// A log-parsing notebook written with what Go 1.24 to 1.26 added:
// bytes.Lines, strings.SplitSeq and FieldsSeq, sync.WaitGroup.Go,
// new(expr) for optional fields, errors.AsType, a generic type alias,
// and json's omitzero on a report struct.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

const raw = `2026-01-02 GET /api/items 200 12ms
2026-01-02 POST /api/items 201 40ms
2026-01-02 GET /api/items/7 404 3ms
bad line
2026-01-03 GET /api/users 500 250ms
2026-01-03 DELETE /api/items/7 204 9ms
`

type Entry struct {
	Day     string
	Method  string
	Path    string
	Status  int
	Latency time.Duration
}

type ParseError struct {
	Line int
	Text string
	Err  error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d %q: %v", e.Line, e.Text, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var errFields = errors.New("wrong number of fields")

//cell

func parse(n int, line string) (Entry, error) {
	var f []string
	for w := range strings.FieldsSeq(line) {
		f = append(f, w)
	}
	if len(f) != 5 {
		return Entry{}, &ParseError{n, line, errFields}
	}
	status, err := strconv.Atoi(f[3])
	if err != nil {
		return Entry{}, &ParseError{n, line, err}
	}
	lat, err := time.ParseDuration(f[4])
	if err != nil {
		return Entry{}, &ParseError{n, line, err}
	}
	return Entry{f[0], f[1], f[2], status, lat}, nil
}

type Set[K comparable] = map[K]struct{}

type Counts[K comparable] = map[K]int

//cell

type Report struct {
	Requests  int            `json:"requests"`
	Errors    int            `json:"errors,omitzero"`
	Slowest   time.Duration  `json:"slowest_ns"`
	Since     time.Time      `json:"since,omitzero"`
	ByStatus  Counts[string] `json:"by_status,omitempty"`
	Note      *string        `json:"note,omitempty"`
	Threshold *int           `json:"threshold,omitempty"`
}

//cell

func main() {
	var entries []Entry
	var errs []error
	n := 0
	for line := range bytes.Lines([]byte(raw)) {
		n++
		e, err := parse(n, string(bytes.TrimRight(line, "\n")))
		if err != nil {
			errs = append(errs, fmt.Errorf("parse: %w", err))
			continue
		}
		entries = append(entries, e)
	}
	fmt.Println(len(entries), "entries,", len(errs), "errors")
	for _, err := range errs {
		if pe, ok := errors.AsType[*ParseError](err); ok {
			fmt.Println("line", pe.Line, errors.Is(err, errFields), pe)
		}
	}

	segments := Set[string]{}
	for _, e := range entries {
		for seg := range strings.SplitSeq(strings.Trim(e.Path, "/"), "/") {
			segments[seg] = struct{}{}
		}
	}
	var segs []string
	for s := range segments {
		segs = append(segs, s)
	}
	slices.Sort(segs)
	fmt.Println(segs)

	var mu sync.Mutex
	var wg sync.WaitGroup
	byStatus := Counts[string]{}
	var slowest time.Duration
	for _, e := range entries {
		wg.Go(func() {
			mu.Lock()
			defer mu.Unlock()
			byStatus[strconv.Itoa(e.Status/100)+"xx"]++
			slowest = max(slowest, e.Latency)
		})
	}
	wg.Wait()
	fmt.Println(byStatus["2xx"], byStatus["4xx"], byStatus["5xx"], slowest)

	r := Report{Requests: len(entries), Slowest: slowest, ByStatus: byStatus}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	r2 := Report{Requests: 0, Errors: len(errs), Note: new("partial: " + strconv.Itoa(len(errs)) + " bad lines"), Threshold: new(100)}
	b, err = json.Marshal(r2)
	fmt.Println(string(b), err)
	fmt.Println(*r2.Note, *r2.Threshold+1)

	var words []string
	for line := range strings.Lines("a b\nc\n\nd e f") {
		for w := range strings.FieldsSeq(line) {
			words = append(words, w)
		}
	}
	fmt.Println(words, len(words))
	for part := range strings.SplitSeq("x,,y", ",") {
		fmt.Printf("%q ", part)
	}
	fmt.Println()
}
