//go:build ignore

// Grades exported to CSV in a notebook: a Student type and its methods
// in one cell, csv.Writer with a custom Comma, fields that need quoting
// (commas, quotes, newlines, leading spaces), UseCRLF, WriteAll and
// Error, and reading the output back with csv.Reader (FieldsPerRecord,
// LazyQuotes, ReuseRecord, FieldPos, ParseError with errors.As).
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Student struct {
	Name   string
	Scores []int
	Remark string
}

func (s Student) Mean() float64 {
	t := 0
	for _, x := range s.Scores {
		t += x
	}
	return float64(t) / float64(len(s.Scores))
}

func (s Student) Record() []string {
	r := []string{s.Name}
	for _, x := range s.Scores {
		r = append(r, strconv.Itoa(x))
	}
	return append(r, strconv.FormatFloat(s.Mean(), 'f', 1, 64), s.Remark)
}

var class = []Student{
	{"Lovelace, Ada", []int{98, 91, 100}, "top"},
	{"Bo \"the\" Builder", []int{55, 70, 61}, ""},
	{"Cy", []int{80, 80, 81}, "two\nlines"},
	{" Dee", []int{0, 100, 50}, "leading space"},
}

//cell

func export(comma rune, crlf bool) string {
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Comma = comma
	w.UseCRLF = crlf
	w.Write([]string{"name", "t1", "t2", "t3", "mean", "remark"})
	for _, s := range class {
		if err := w.Write(s.Record()); err != nil {
			fmt.Println("write:", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println("flush:", err)
	}
	return sb.String()
}

//cell

func main() {
	out := export(',', false)
	fmt.Print(out)
	fmt.Printf("%q\n", export(';', true)[:40])

	r := csv.NewReader(strings.NewReader(out))
	r.ReuseRecord = true
	n := 0
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		line, col := r.FieldPos(5)
		fmt.Printf("%d %q %d:%d\n", len(rec), rec[0], line, col)
		n++
	}
	fmt.Println(n, "records")

	w := csv.NewWriter(os.Stdout)
	w.Comma = '\t'
	w.WriteAll([][]string{{"a b", "c\td"}, {"", `"`}, {"=1+2", "x"}})
	fmt.Println(w.Error())
	bad := csv.NewWriter(os.Stdout)
	bad.Comma = '"'
	fmt.Println(bad.Write([]string{"x"}))

	r = csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err := r.ReadAll()
	var pe *csv.ParseError
	fmt.Println(err, errors.As(err, &pe), errors.Is(err, csv.ErrFieldCount))
	if pe != nil {
		fmt.Println(pe.StartLine, pe.Line, pe.Column)
	}
	r = csv.NewReader(strings.NewReader("x,\"y\"z\"\n"))
	_, err = r.Read()
	fmt.Println(err, errors.Is(err, csv.ErrQuote))
	r = csv.NewReader(strings.NewReader("x,\"y\"z\"\n# comment\nq, r\n"))
	r.LazyQuotes = true
	r.Comment = '#'
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	all, err := r.ReadAll()
	fmt.Printf("%q %v\n", all, err)
}
