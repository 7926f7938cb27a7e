//go:build ignore

// An embedded CSV read with encoding/csv into structs, grouped by team
// into a map of slices, sorted with sort.Slice and slices.SortFunc, and
// printed through text/tabwriter and fmt width verbs.
package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `name,team,score,hours
alice,red,91.5,12
bob,blue,78.25,9
carol,red,85,14
dave,green,66.75,7
erin,blue,92,11
frank,green,70.5,8
gina,red,59,3
`

type Row struct {
	Name  string
	Team  string
	Score float64
	Hours int
}

type Summary struct {
	Team   string
	N      int
	Mean   float64
	Best   *Row
	Scores []float64
}

//cell

func load(s string) ([]Row, error) {
	r := csv.NewReader(strings.NewReader(s))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	var rows []Row
	for _, rec := range recs[1:] {
		sc, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			return nil, fmt.Errorf("score %q: %w", rec[2], err)
		}
		h, _ := strconv.Atoi(rec[3])
		rows = append(rows, Row{rec[0], rec[1], sc, h})
	}
	return rows, nil
}

//cell

func summarize(rows []Row) []Summary {
	groups := map[string][]Row{}
	for _, r := range rows {
		groups[r.Team] = append(groups[r.Team], r)
	}
	var out []Summary
	for team, rs := range groups {
		s := Summary{Team: team, N: len(rs)}
		for i := range rs {
			s.Mean += rs[i].Score
			s.Scores = append(s.Scores, rs[i].Score)
			if s.Best == nil || rs[i].Score > s.Best.Score {
				s.Best = &rs[i]
			}
		}
		s.Mean /= float64(len(rs))
		sort.Float64s(s.Scores)
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Mean > out[j].Mean })
	return out
}

//cell

func main() {
	rows, err := load(data)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(len(rows), rows[0])
	fmt.Printf("%+v\n", rows[1])
	fmt.Printf("%#v\n", rows[2])
	sums := summarize(rows)
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "team\tn\tmean\tbest\t")
	for _, s := range sums {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\t\n", s.Team, s.N, s.Mean, s.Best.Name)
	}
	w.Flush()
	for _, s := range sums {
		fmt.Printf("%-6s|%3d|%8.3f|%v|%+v\n", s.Team, s.N, s.Mean, s.Scores, *s.Best)
	}
	slices.SortFunc(rows, func(a, b Row) int {
		return cmp.Or(cmp.Compare(a.Team, b.Team), cmp.Compare(b.Hours, a.Hours))
	})
	for _, r := range rows {
		fmt.Printf("%-8q %5s %6.1f %03d %x\n", r.Name, r.Team, r.Score, r.Hours, r.Name)
	}
	_, err = load("a,b,c,d\nx,y,z,1\n")
	fmt.Println(err)
	_, err = load("a,b\n\"x,y\n")
	fmt.Println(err)
	var pe *csv.ParseError
	fmt.Println(errorsAs(err, &pe))
}

func errorsAs(err error, pe **csv.ParseError) bool {
	e, ok := err.(*csv.ParseError)
	if ok {
		*pe = e
		fmt.Println(e.Line, e.Column, e.Err)
	}
	return ok
}
