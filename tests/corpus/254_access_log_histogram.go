//go:build ignore

// A web server's access log embedded as a raw string: parse each line with
// strings.Fields and strconv, keep per-path statistics in a map of structs
// and per-status lines in a map of slices, print a latency histogram with
// strings.Repeat and an aligned table with text/tabwriter.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

const accessLog = `
10.0.0.1 GET /index.html 200 12ms 5120
10.0.0.2 GET /api/users 200 48ms 830
10.0.0.1 POST /api/users 201 95ms 120
10.0.0.3 GET /missing 404 3ms 0
10.0.0.2 GET /api/users 500 230ms 64
10.0.0.4 GET /index.html 200 9ms 5120
10.0.0.1 GET /api/orders 200 61ms 2048
not a log line
10.0.0.3 DELETE /api/users/7 204 40ms 0
10.0.0.4 GET /api/orders 200 75ms 1990
10.0.0.2 GET /index.html 304 2ms 0
10.0.0.5 GET /api/orders 503 410ms 64
`

type Request struct {
	IP      string
	Method  string
	Path    string
	Status  int
	Millis  int
	Bytes   int
	LineNum int
}

func parseLine(n int, line string) (Request, error) {
	f := strings.Fields(line)
	if len(f) != 6 {
		return Request{}, fmt.Errorf("line %d: %d fields", n, len(f))
	}
	status, err := strconv.Atoi(f[3])
	if err != nil {
		return Request{}, fmt.Errorf("line %d: status: %w", n, err)
	}
	ms, err := strconv.Atoi(strings.TrimSuffix(f[4], "ms"))
	if err != nil {
		return Request{}, fmt.Errorf("line %d: latency: %w", n, err)
	}
	size, _ := strconv.Atoi(f[5])
	return Request{f[0], f[1], f[2], status, ms, size, n}, nil
}

var requests []Request

func init() {
	for i, line := range strings.Split(strings.TrimSpace(accessLog), "\n") {
		r, err := parseLine(i+1, line)
		if err != nil {
			fmt.Println("skipped:", err)
			continue
		}
		requests = append(requests, r)
	}
	fmt.Println(len(requests), "requests")
}

//cell

type PathStats struct {
	Count   int
	Errors  int
	TotalMs int
	MaxMs   int
	Bytes   int
}

func (p PathStats) AvgMs() float64 { return float64(p.TotalMs) / float64(p.Count) }

var byPath = map[string]PathStats{}
var byStatus = map[int][]Request{}

func init() {
	for _, r := range requests {
		st := byPath[r.Path]
		st.Count++
		st.TotalMs += r.Millis
		st.MaxMs = max(st.MaxMs, r.Millis)
		st.Bytes += r.Bytes
		if r.Status >= 500 {
			st.Errors++
		}
		byPath[r.Path] = st
		byStatus[r.Status] = append(byStatus[r.Status], r)
	}
	for _, code := range slices.Sorted(maps.Keys(byStatus)) {
		lines := []int{}
		for _, r := range byStatus[code] {
			lines = append(lines, r.LineNum)
		}
		fmt.Printf("%d: %v\n", code, lines)
	}
}

//cell

func bucket(ms int) string {
	switch {
	case ms < 10:
		return "<10ms"
	case ms < 50:
		return "<50ms"
	case ms < 100:
		return "<100ms"
	}
	return ">=100ms"
}

var bucketOrder = []string{"<10ms", "<50ms", "<100ms", ">=100ms"}

func histogram(rs []Request) {
	counts := map[string]int{}
	for _, r := range rs {
		counts[bucket(r.Millis)]++
	}
	for _, b := range bucketOrder {
		fmt.Printf("%8s | %-6s %d\n", b, strings.Repeat("#", counts[b]), counts[b])
	}
}

func init() { histogram(requests) }

//cell

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "path\tcount\terrors\tavg ms\tmax ms\tbytes\t")
	paths := slices.Collect(maps.Keys(byPath))
	slices.SortFunc(paths, func(a, b string) int {
		return cmp.Or(cmp.Compare(byPath[b].Count, byPath[a].Count), strings.Compare(a, b))
	})
	for _, p := range paths {
		s := byPath[p]
		fmt.Fprintf(w, "%s\t%d\t%d\t%.1f\t%d\t%d\t\n", p, s.Count, s.Errors, s.AvgMs(), s.MaxMs, s.Bytes)
	}
	w.Flush()

	perIP := map[string]int{}
	for _, r := range requests {
		perIP[r.IP] += r.Bytes
	}
	ips := slices.Sorted(maps.Keys(perIP))
	widest := slices.MaxFunc(ips, func(a, b string) int { return cmp.Compare(perIP[a], perIP[b]) })
	fmt.Println("most bytes:", widest, perIP[widest])
	for _, ip := range ips {
		fmt.Printf("%-9s %s\n", ip, strings.Repeat("=", perIP[ip]/500))
	}
	fmt.Printf("%v\n", byPath["/api/users"])
	fmt.Printf("%+v\n", byStatus[404])
}
