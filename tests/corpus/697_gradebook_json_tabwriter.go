//go:build ignore

// A gradebook loaded from JSON: nested structs and maps of slices,
// weighted averages in methods with value and pointer receivers, ranks
// with sort.SliceStable on several keys, letter grades from a switch,
// ID generation by a closure, a tabwriter report, and a recover that
// turns a bad weight table into an error.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
)

const input = `{
  "course": "Data 101",
  "weights": {"hw": 0.3, "mid": 0.3, "final": 0.4},
  "students": [
    {"name": "Ana", "scores": {"hw": [90, 85, 100], "mid": [78], "final": [88]}},
    {"name": "Ben", "scores": {"hw": [70, 65], "mid": [82], "final": [91]}},
    {"name": "Caro", "scores": {"hw": [100, 100, 95], "mid": [95], "final": [79]}},
    {"name": "Dev", "scores": {"hw": [], "mid": [60], "final": [70]}, "audit": true}
  ]
}`

type Student struct {
	ID     string               `json:"id,omitempty"`
	Name   string               `json:"name"`
	Scores map[string][]float64 `json:"scores"`
	Audit  bool                 `json:"audit,omitempty"`
	final  float64
}

type Book struct {
	Course   string             `json:"course"`
	Weights  map[string]float64 `json:"weights"`
	Students []*Student         `json:"students"`
}

//cell

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func (s *Student) Grade(w map[string]float64) float64 {
	total := 0.0
	for _, part := range []string{"hw", "mid", "final"} {
		total += w[part] * mean(s.Scores[part])
	}
	s.final = total
	return total
}

func (s Student) Letter() string {
	switch g := s.final; {
	case g >= 90:
		return "A"
	case g >= 80:
		return "B"
	case g >= 70:
		return "C"
	default:
		return "F"
	}
}

func idGen(prefix string) func() string {
	n := 0
	return func() string {
		n++
		return fmt.Sprintf("%s-%03d", prefix, n)
	}
}

//cell

func checkWeights(w map[string]float64) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("weights: %v", r)
		}
	}()
	sum := 0.0
	for _, v := range w {
		if v < 0 {
			panic(errors.New("negative weight"))
		}
		sum += v
	}
	if sum < 0.999 || sum > 1.001 {
		panic(fmt.Sprintf("sum %.2f", sum))
	}
	return nil
}

//cell

func main() {
	var b Book
	if err := json.Unmarshal([]byte(input), &b); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(b.Course, len(b.Students), checkWeights(b.Weights))
	fmt.Println(checkWeights(map[string]float64{"a": 0.5}), checkWeights(map[string]float64{"a": -1}))
	next := idGen(strings.ToUpper(b.Course[:4]))
	for _, s := range b.Students {
		s.ID = next()
		s.Grade(b.Weights)
	}
	ranked := append([]*Student(nil), b.Students...)
	sort.SliceStable(ranked, func(i, j int) bool {
		if ranked[i].Audit != ranked[j].Audit {
			return !ranked[i].Audit
		}
		return ranked[i].final > ranked[j].final
	})
	tw := tabwriter.NewWriter(os.Stdout, 4, 0, 1, ' ', 0)
	fmt.Fprintln(tw, "rank\tid\tname\thw\tmid\tfinal\tgrade\t")
	for i, s := range ranked {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%.1f\t%.0f\t%.0f\t%6.2f %s\t\n", i+1, s.ID, s.Name,
			mean(s.Scores["hw"]), mean(s.Scores["mid"]), mean(s.Scores["final"]), s.final, s.Letter())
	}
	tw.Flush()
	fmt.Printf("%+v\n", *ranked[0])
	fmt.Printf("%v\n", ranked[3].Scores)
	letters := map[string][]string{}
	for _, s := range b.Students {
		letters[s.Letter()] = append(letters[s.Letter()], s.Name)
	}
	fmt.Println(letters, len(letters["A"]))
	out, _ := json.Marshal(ranked[:2])
	fmt.Println(string(out))
	grade := (*Student).Grade
	letter := Student.Letter
	extra := &Student{Name: "Eve", Scores: map[string][]float64{"hw": {95}, "mid": {95}, "final": {95}}}
	fmt.Printf("%.2f %s %s\n", grade(extra, b.Weights), letter(*extra), next())
}
