//go:build ignore

// A three-stage pipeline of pools: lines are parsed on one pool, the
// parsed records validated and enriched on a second, and totals computed
// on a third; each stage's futures feed the next through done callbacks,
// errors of cell types travel down the stages wrapped with %w, and the
// results are gathered in input order.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/gofutures/gofutures/executor"
)

// Record is a parsed line.
type Record struct {
	ID    int
	Item  string
	Qty   int
	Price float64
}

// Line is an enriched record.
type Line struct {
	Record
	Amount float64
	Tier   string
}

// ParseError locates a bad field.
type ParseError struct {
	Line  int
	Field string
	Err   error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: field %s: %v", e.Line, e.Field, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

var ErrRejected = errors.New("rejected")

//cell

func parseLine(n int, s string) (Record, error) {
	f := strings.Split(s, ",")
	if len(f) != 3 {
		return Record{}, &ParseError{n, "count", fmt.Errorf("%d fields", len(f))}
	}
	qty, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return Record{}, &ParseError{n, "qty", err}
	}
	price, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
	if err != nil {
		return Record{}, &ParseError{n, "price", err}
	}
	return Record{n, strings.TrimSpace(f[0]), qty, price}, nil
}

func enrich(r Record) (Line, error) {
	if r.Qty <= 0 {
		return Line{}, fmt.Errorf("record %d (%s): %w", r.ID, r.Item, ErrRejected)
	}
	amt := float64(r.Qty) * r.Price
	tier := "small"
	if amt >= 100 {
		tier = "large"
	}
	return Line{r, amt, tier}, nil
}

// stage hands the result of f to next on pool when f succeeds, and
// passes f's error on otherwise; out receives the final future.
func stage(f *executor.Future, pool *executor.ThreadPool, next any, out chan<- *executor.Future) {
	f.AddDoneCallback(func(f *executor.Future) {
		v, err := f.Result()
		if err != nil {
			failed := executor.NewFuture()
			failed.SetErr(fmt.Errorf("stage: %w", err))
			out <- failed
			return
		}
		out <- pool.Submit(next, v)
	})
}

//cell

func main() {
	input := []string{
		"apple, 3, 1.25",
		"bread, 1, 2.80",
		"cheese, x, 9.99",
		"dates, 0, 4.00",
		"eggs, 40, 2.75",
		"figs; 2; 1.00",
	}
	parsePool := executor.NewThreadPool(2)
	enrichPool := executor.NewThreadPool(2)
	defer parsePool.Close()
	defer enrichPool.Close()

	outs := make([]chan *executor.Future, len(input))
	for i, s := range input {
		outs[i] = make(chan *executor.Future, 1)
		stage(parsePool.Submit(parseLine, i+1, s), enrichPool, enrich, outs[i])
	}

	var mu sync.Mutex
	totals := map[string]float64{}
	var lines []Line
	for i, ch := range outs {
		v, err := (<-ch).Result()
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("%d: parse error in %s: %v\n", i+1, pe.Field, pe.Err)
		case errors.Is(err, ErrRejected):
			fmt.Printf("%d: %v\n", i+1, err)
		case err != nil:
			fmt.Printf("%d: other %v\n", i+1, err)
		default:
			l := v.(Line)
			mu.Lock()
			totals[l.Tier] += l.Amount
			lines = append(lines, l)
			mu.Unlock()
			fmt.Printf("%d: %+v\n", i+1, l)
		}
	}

	// The last stage: one task per tier, on a pool of its own.
	sumPool := executor.NewThreadPool(1)
	defer sumPool.Close()
	report := func(tier string, ls []Line) string {
		n, sum := 0, 0.0
		for _, l := range ls {
			if l.Tier == tier {
				n++
				sum += l.Amount
			}
		}
		return fmt.Sprintf("%s: %d lines, %.2f", tier, n, sum)
	}
	res, err := sumPool.Map(report, []string{"small", "large"}, [][]Line{lines, lines})
	fmt.Println(res, err)
	fmt.Printf("%.2f %.2f\n", totals["small"], totals["large"])
	fmt.Println(lines[0].Item, lines[0].Record.ID, lines[len(lines)-1].Tier)
}
