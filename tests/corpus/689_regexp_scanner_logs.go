//go:build ignore

// Log lines read with bufio.Scanner over a strings.Reader, fields taken
// with a regexp's named groups into structs, counted per level in a
// map, and reported with padded fmt verbs and %q.
package main

import (
	"bufio"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var lineRE = regexp.MustCompile(`^(?P<time>\d{2}:\d{2}:\d{2}) \[(?P<level>[A-Z]+)\] (?P<svc>[\w-]+): (?P<msg>.*?)(?: took=(?P<ms>\d+)ms)?$`)

type Entry struct {
	Time, Level, Svc, Msg string
	MS                    int
}

//cell

const logText = `10:00:01 [INFO] api: started took=12ms
10:00:02 [WARN] db-pool: slow query took=340ms
garbage here
10:00:03 [INFO] api: GET /users took=8ms
10:00:04 [ERROR] api: upstream "auth" failed
10:00:05 [INFO] worker: job 17 done took=1200ms
10:00:06 [WARN] api: retrying`

func parse(text string) (entries []Entry, bad []int) {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		m := lineRE.FindStringSubmatch(sc.Text())
		if m == nil {
			bad = append(bad, n)
			continue
		}
		e := Entry{}
		for i, name := range lineRE.SubexpNames() {
			switch name {
			case "time":
				e.Time = m[i]
			case "level":
				e.Level = m[i]
			case "svc":
				e.Svc = m[i]
			case "msg":
				e.Msg = m[i]
			case "ms":
				if m[i] != "" {
					e.MS, _ = strconv.Atoi(m[i])
				}
			}
		}
		entries = append(entries, e)
	}
	return
}

//cell

func main() {
	es, bad := parse(logText)
	fmt.Println(len(es), bad, lineRE.NumSubexp(), lineRE.SubexpIndex("svc"))
	counts := map[string]int{}
	slow := map[string]int{}
	for _, e := range es {
		counts[e.Level]++
		slow[e.Svc] += e.MS
		fmt.Printf("%s %-5s %-8s %q %5d\n", e.Time, e.Level, e.Svc, e.Msg, e.MS)
	}
	levels := []string{}
	for l := range counts {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		fmt.Printf("%-6s%3d %s\n", l, counts[l], strings.Repeat("*", counts[l]))
	}
	fmt.Println(slow)
	fmt.Printf("%+v\n", es[1])
	fmt.Printf("%v\n", es[3:])
	re := regexp.MustCompile(`(\w+)=(\d+)`)
	fmt.Println(re.ReplaceAllString("a=1 b=22 c=x", "$2:$1"))
	fmt.Println(re.FindAllStringSubmatchIndex("a=1 b=22", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("x , y,z ,  w", -1))
	tmpl := lineRE.ExpandString(nil, "$svc/$level", es[0].Time+" ["+es[0].Level+"] "+es[0].Svc+": x", lineRE.FindStringSubmatchIndex(es[0].Time+" ["+es[0].Level+"] "+es[0].Svc+": x"))
	fmt.Println(string(tmpl))
}
