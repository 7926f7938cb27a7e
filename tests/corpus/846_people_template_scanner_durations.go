//go:build ignore

// People in a text/template with a FuncMap and a method on a pointer,
// fixed dates formatted and aged, words counted by bufio.Scanner over a
// strings.Reader, and time.Duration arithmetic and parsing.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"text/template"
	"time"
)

//cell

type Person struct {
	Name  string
	Born  time.Time
	Tags  []string
	Score map[string]int
}

func (p Person) Age(at time.Time) int {
	y := at.Year() - p.Born.Year()
	if at.YearDay() < p.Born.YearDay() {
		y--
	}
	return y
}

func (p *Person) Initials() string {
	var b strings.Builder
	for _, f := range strings.Fields(p.Name) {
		b.WriteByte(f[0])
	}
	return b.String()
}

//cell

var (
	now    time.Time
	people []Person
)

func step1() {
	now = time.Date(2024, time.March, 15, 10, 30, 0, 0, time.UTC)
	people = []Person{
		{Name: "Ada Lovelace", Born: time.Date(1815, 12, 10, 0, 0, 0, 0, time.UTC), Tags: []string{"math", "poetry"}, Score: map[string]int{"b": 2, "a": 1}},
		{Name: "Alan Mathison Turing", Born: time.Date(1912, 6, 23, 0, 0, 0, 0, time.UTC), Tags: nil},
	}
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"age":   func(p Person) int { return p.Age(now) },
	}
	tmpl := template.Must(template.New("t").Funcs(funcs).Parse("{{range $i, $p := .}}{{$i}}: {{upper $p.Name}} ({{age $p}}) born {{$p.Born.Format \"Jan 2, 2006\"}}\n" +
		"{{- if $p.Tags}} tags={{join $p.Tags \",\"}}{{else}} no tags{{end}}\n" +
		"{{- range $k, $v := $p.Score}} {{$k}}={{$v}}{{end}}\n{{end}}"))
	if err := tmpl.Execute(os.Stdout, people); err != nil {
		fmt.Println("err:", err)
	}
}

//cell

func step2() {
	t2 := template.Must(template.New("x").Parse("{{.Initials}} {{len .Tags}}\n"))
	for i := range people {
		t2.Execute(os.Stdout, &people[i])
	}
}

//cell

func step3() {
	text := "alpha beta\n\ngamma  delta epsilon\n# comment\nzeta\n"
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	words := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ws := bufio.NewScanner(strings.NewReader(line))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			words++
			fmt.Printf("%d:%q ", lineNo, ws.Text())
		}
	}
	fmt.Println()
	fmt.Println(lineNo, words, sc.Err())
}

//cell

func step4() {
	d := 90*time.Minute + 45*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	end := now.Add(d)
	fmt.Println(end.Format(time.RFC3339), end.Format("15:04:05 Mon Jan _2"), end.Sub(now) == d)
	fmt.Println(end.Weekday(), end.YearDay(), now.AddDate(0, 1, 20).Format("2006-01-02"))
	deadline := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	left := deadline.Sub(now)
	fmt.Printf("%v %.1f days %s\n", left, left.Hours()/24, left.String())
	fmt.Printf("%v %d %T\n", time.Duration(1500)*time.Millisecond, time.Second, d)
	pd, err := time.ParseDuration("1h2m3.5s")
	fmt.Println(pd, err, pd.Seconds())
	_, err = time.ParseDuration("bogus")
	fmt.Println(err)
	tt, err := time.Parse("2006-01-02 15:04", "2024-02-29 23:59")
	fmt.Println(tt, err, tt.Add(time.Minute).Month())
	fmt.Println(now.Before(end), end.After(now), now.Equal(now.UTC()))
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
