//go:build ignore

// Parsing a multi-line log with strings.Lines, SplitSeq and FieldsSeq
// (Go 1.24) into cell types, hosts interned with unique.Make, and a
// method returning an iter.Seq2 over parsed entries.
package main

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unique"
)

//cell

const raw = `# access log
web-1 GET /index.html 200 12ms user=ana,role=admin
web-2 GET /api/items 200 45ms user=bo
web-1 POST /api/items 201 80ms user=ana,role=admin,trace=on
web-3 GET /missing 404 3ms

web-2 GET /api/items?page=2 500 120ms user=cy,role=guest
web-1 DELETE /api/items/7 204 33ms user=ana
`

type Host = unique.Handle[string]

type Entry struct {
	Host   Host
	Method string
	Path   string
	Status int
	MS     int
	Tags   map[string]string
}

func (e Entry) String() string {
	return fmt.Sprintf("%s %s %s -> %d (%dms)", e.Host.Value(), e.Method, e.Path, e.Status, e.MS)
}

type Log struct{ text string }

func (l Log) Entries() iter.Seq2[int, Entry] {
	return func(yield func(int, Entry) bool) {
		n := 0
		for line := range strings.Lines(l.text) {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			var fields []string
			for f := range strings.FieldsSeq(line) {
				fields = append(fields, f)
			}
			if len(fields) < 5 {
				continue
			}
			st, _ := strconv.Atoi(fields[3])
			ms, _ := strconv.Atoi(strings.TrimSuffix(fields[4], "ms"))
			e := Entry{Host: unique.Make(fields[0]), Method: fields[1], Path: fields[2], Status: st, MS: ms, Tags: map[string]string{}}
			if len(fields) > 5 {
				for kv := range strings.SplitSeq(fields[5], ",") {
					k, v, _ := strings.Cut(kv, "=")
					e.Tags[k] = v
				}
			}
			if !yield(n, e) {
				return
			}
			n++
		}
	}
}

//cell

func main() {
	log := Log{raw}
	var slow []Entry
	perHost := map[Host]int{}
	for i, e := range log.Entries() {
		fmt.Println(i, e)
		perHost[e.Host]++
		if e.MS >= 40 {
			slow = append(slow, e)
		}
	}
	web1 := unique.Make("web-" + strconv.Itoa(1))
	fmt.Println("web-1 requests:", perHost[web1], web1 == unique.Make("web-1"))
	hosts := make([]string, 0, len(perHost))
	for h, n := range perHost {
		hosts = append(hosts, fmt.Sprintf("%s=%d", h.Value(), n))
	}
	slices.Sort(hosts)
	fmt.Println(strings.Join(hosts, " "))

	slices.SortFunc(slow, func(a, b Entry) int { return b.MS - a.MS })
	for _, e := range slow {
		keys := make([]string, 0, len(e.Tags))
		for k := range e.Tags {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Println("slow:", e.Path, keys, e.Tags["user"])
	}

	var segs []string
	for s := range strings.SplitSeq("/api/items/7", "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	fmt.Printf("%q\n", segs)
	for i, e := range log.Entries() {
		if e.Status >= 400 {
			fmt.Println("first error at", i, e.Status)
			break
		}
	}
	count := 0
	for range strings.Lines("a\nb\nc") {
		count++
	}
	fmt.Println("lines", count)
}
