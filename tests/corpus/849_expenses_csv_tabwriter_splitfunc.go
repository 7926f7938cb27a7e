//go:build ignore

// Expense records from a semicolon CSV with comments: a map keyed by a
// struct of pointers to stats, errors.Join of a sentinel and a custom
// error, a tabwriter report, a custom bufio.SplitFunc, ScanRunes and
// bufio.Reader.ReadString.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
)

//cell

type Key struct {
	Dept string
	Year int
}

type Stats struct {
	N     int
	Sum   float64
	Min   float64
	Max   float64
	Spent time.Duration
}

func (s *Stats) Add(v float64, d time.Duration) {
	if s.N == 0 || v < s.Min {
		s.Min = v
	}
	if s.N == 0 || v > s.Max {
		s.Max = v
	}
	s.N++
	s.Sum += v
	s.Spent += d
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.N) }

type ValidationError struct {
	Line  int
	Field string
}

func (e *ValidationError) Error() string { return fmt.Sprintf("line %d: bad %s", e.Line, e.Field) }

var ErrEmpty = errors.New("empty field")

//cell

var (
	stats map[Key]*Stats
)

func step1() {
	input := "dept;year;amount;time\n# skip me\nops;2023;10.5;1h\nops;2023;4;30m\ndev;2024;7.25;45m\ndev;2023;;10m\nops;2024;3;2h30m\ndev;2024;x;1m\n"
	cr := csv.NewReader(strings.NewReader(input))
	cr.Comma = ';'
	cr.Comment = '#'
	cr.FieldsPerRecord = 4
	stats = map[Key]*Stats{}
	var problems []error
	line := 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			problems = append(problems, err)
			continue
		}
		if rec[0] == "dept" {
			continue
		}
		var year int
		fmt.Sscanf(rec[1], "%d", &year)
		if rec[2] == "" {
			problems = append(problems, fmt.Errorf("line %d: %w", line, ErrEmpty))
			continue
		}
		var amt float64
		if _, err := fmt.Sscan(rec[2], &amt); err != nil {
			problems = append(problems, &ValidationError{line, "amount"})
			continue
		}
		d, _ := time.ParseDuration(rec[3])
		k := Key{rec[0], year}
		if stats[k] == nil {
			stats[k] = &Stats{}
		}
		stats[k].Add(amt, d)
	}
	all := errors.Join(problems...)
	fmt.Println(all)
	var ve *ValidationError
	fmt.Println(errors.Is(all, ErrEmpty), errors.As(all, &ve), ve)
}

//cell

func step2() {
	keys := make([]Key, 0, len(stats))
	for k := range stats {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b Key) int {
		if c := strings.Compare(a.Dept, b.Dept); c != 0 {
			return c
		}
		return b.Year - a.Year
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "dept\tyear\tn\tmean\tspent\t")
	for _, k := range keys {
		s := stats[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%v\t\n", k.Dept, k.Year, s.N, s.Mean(), s.Spent)
	}
	tw.Flush()
	fmt.Printf("%v\n", *stats[Key{"ops", 2023}])
	fmt.Printf("%+v\n", keys)
	vals := map[Key]Stats{}
	for k, v := range stats {
		vals[k] = *v
	}
	fmt.Println(vals)
	js, _ := json.Marshal(map[string]Stats{"x": *stats[keys[0]]})
	fmt.Println(string(js))
}

//cell

func step3() {
	splitComma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
		if atEOF && len(data) > 0 {
			return len(data), bytes.TrimSpace(data), nil
		}
		return 0, nil, nil
	}
	sc := bufio.NewScanner(strings.NewReader("a, bb ,ccc,  dddd,e"))
	sc.Split(splitComma)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %d\n", toks, len(toks))
	fmt.Printf("%x % X %v\n", toks[:2], toks[1], strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	n := 0
	for rs.Scan() {
		n++
		fmt.Print(rs.Text(), "|")
	}
	fmt.Println(n)
	br := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		l, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", l, err)
		if err != nil {
			break
		}
	}
}

//cell

func main() {
	step1()
	step2()
	step3()
}
