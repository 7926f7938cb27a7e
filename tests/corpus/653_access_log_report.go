//go:build ignore

// An access log parsed with a regexp and fixed times, requests grouped by
// method and route with percentiles in a tabwriter table, a histogram per
// minute and a template listing the failures.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"
	"text/template"
	"time"
)

const logs = `2024-05-01T10:00:01Z GET /api/users 200 12ms
2024-05-01T10:00:02Z POST /api/users 201 40ms
2024-05-01T10:00:02Z GET /api/items 500 120ms
2024-05-01T10:01:10Z GET /api/users 200 9ms
garbage line
2024-05-01T10:02:00Z DELETE /api/items/7 404 3ms
2024-05-01T10:02:30Z GET /api/items 200 15ms
2024-05-01T10:03:00Z GET /api/users 503 250ms
`

type Entry struct {
	At      time.Time
	Method  string
	Path    string
	Status  int
	Latency time.Duration
}

func (e Entry) Failed() bool { return e.Status >= 500 }

var lineRE = regexp.MustCompile(`^(\S+) (GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms$`)

func parse(line string) (Entry, error) {
	m := lineRE.FindStringSubmatch(line)
	if m == nil {
		return Entry{}, fmt.Errorf("no match: %q", line)
	}
	at, err := time.Parse(time.RFC3339, m[1])
	if err != nil {
		return Entry{}, err
	}
	var st, ms int
	fmt.Sscan(m[4], &st)
	fmt.Sscan(m[5], &ms)
	return Entry{at, m[2], m[3], st, time.Duration(ms) * time.Millisecond}, nil
}

var entries []Entry

func step1() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		e, err := parse(sc.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		entries = append(entries, e)
	}
	fmt.Println(len(entries), "entries", entries[0].At.Format(time.Kitchen), entries[len(entries)-1].Latency)
}

//cell

type key struct {
	Method, Route string
}

type stats struct {
	N, Fail int
	Lat     []time.Duration
}

func step2() {
	route := func(p string) string {
		parts := strings.Split(strings.Trim(p, "/"), "/")
		if len(parts) > 2 {
			parts = parts[:2]
			parts = append(parts, ":id")
		}
		return "/" + strings.Join(parts, "/")
	}

	agg := map[key]*stats{}
	for _, e := range entries {
		k := key{e.Method, route(e.Path)}
		if agg[k] == nil {
			agg[k] = &stats{}
		}
		s := agg[k]
		s.N++
		if e.Failed() {
			s.Fail++
		}
		s.Lat = append(s.Lat, e.Latency)
	}
	keys := make([]key, 0, len(agg))
	for k := range agg {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].Route != keys[j].Route {
			return keys[i].Route < keys[j].Route
		}
		return keys[i].Method < keys[j].Method
	})
	percentile := func(ds []time.Duration, p float64) time.Duration {
		s := append([]time.Duration(nil), ds...)
		sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
		idx := int(math.Ceil(p/100*float64(len(s)))) - 1
		return s[max(idx, 0)]
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "METHOD\tROUTE\tN\tFAIL%\tP50\tP90")
	for _, k := range keys {
		s := agg[k]
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.0f%%\t%v\t%v\n", k.Method, k.Route, s.N, 100*float64(s.Fail)/float64(s.N), percentile(s.Lat, 50), percentile(s.Lat, 90))
	}
	tw.Flush()
}

//cell

func step3() {
	byMinute := map[time.Time]int{}
	for _, e := range entries {
		byMinute[e.At.Truncate(time.Minute)]++
	}
	mins := make([]time.Time, 0, len(byMinute))
	for t := range byMinute {
		mins = append(mins, t)
	}
	sort.Slice(mins, func(i, j int) bool { return mins[i].Before(mins[j]) })
	for _, m := range mins {
		fmt.Printf("%s %-5s %d\n", m.Format("15:04"), strings.Repeat("#", byMinute[m]), byMinute[m])
	}
	report := template.Must(template.New("r").Funcs(template.FuncMap{
		"ms": func(d time.Duration) string { return fmt.Sprintf("%dms", d.Milliseconds()) },
	}).Parse(`{{len .}} requests{{range .}}{{if .Failed}}
	  FAILED {{.Method}} {{.Path}} -> {{.Status}} in {{ms .Latency}} at {{.At.Format "15:04:05"}}{{end}}{{end}}
	`))
	if err := report.Execute(os.Stdout, entries); err != nil {
		fmt.Println(err)
	}
}

//cell

func main() {
	step1()
	step2()
	step3()
}
