//go:build ignore

// Parsing a fixed-width report: each line's columns are cut with
// lines[i][start:end] from a column spec, trimmed and converted; a
// ragged line short of a column is recovered with Go's slice message;
// the parsed table is sorted by a column with a hand-written
// swap-based sort and printed with aligned columns.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Column struct {
	Name       string
	Start, End int
}

var spec = []Column{{"code", 0, 4}, {"city", 4, 14}, {"temp", 14, 19}, {"rain", 19, 23}}

var report = []string{
	"OSL Oslo       -3.5  12",
	"BGO Bergen      4.1 210",
	"TRD Trondheim  -1.0  45",
	"SVG Stavanger   5.2",
	"TOS Tromso     -8.9  30",
}

//cell

type Row map[string]string

func parse(lines []string) (rows []Row, errs []string) {
	for i := range lines {
		row, err := parseLine(lines, i)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		rows = append(rows, row)
	}
	return
}

func parseLine(lines []string, i int) (row Row, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("line %d: %v", i+1, r)
		}
	}()
	row = Row{}
	for _, c := range spec {
		row[c.Name] = strings.TrimSpace(lines[i][c.Start:c.End])
	}
	return row, nil
}

func sortBy(rows []Row, col string) {
	num := func(r Row) float64 {
		f, _ := strconv.ParseFloat(r[col], 64)
		return f
	}
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && num(rows[j]) < num(rows[j-1]); j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}

//cell

func main() {
	rows, errs := parse(report)
	for _, e := range errs {
		fmt.Println("skipped", e)
	}
	sortBy(rows, "temp")
	for _, r := range rows {
		fmt.Printf("%-4s %-10s %6s %4s\n", r["code"], r["city"], r["temp"], r["rain"])
	}
	head := report[0][:3] + "/" + report[1][:3]
	fmt.Println(head, len(report[3][4:14]), strings.ToLower(report[4][4:10]))
}
