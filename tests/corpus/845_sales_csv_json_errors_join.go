//go:build ignore

// Sales data from CSV: struct tags for encoding/json, errors.Join of the
// lines that did not parse (errors.As to a *strconv.NumError through it),
// fmt's %v %+v %#v of the rows, a map of structs updated by copy and a
// csv.Writer into a strings.Builder.
package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

//cell

type Sale struct {
	Region string  `json:"region"`
	Item   string  `json:"item"`
	Qty    int     `json:"qty"`
	Price  float64 `json:"price,omitempty"`
	note   string
}

func (s Sale) Total() float64 { return float64(s.Qty) * s.Price }

const data = "region,item,qty,price\nnorth,apple,3,0.5\nsouth,pear,10,0.25\n" +
	"north,pear,2,0.3\neast,plum,x,1\nwest,fig,4,\nsouth,apple,7,0.5\n"

//cell

func parse(r io.Reader) ([]Sale, error) {
	cr := csv.NewReader(r)
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	var out []Sale
	var errs []error
	for i, rec := range recs[1:] {
		q, err := strconv.Atoi(rec[2])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", i+2, err))
			continue
		}
		var p float64
		if rec[3] != "" {
			p, err = strconv.ParseFloat(rec[3], 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("line %d: %w", i+2, err))
				continue
			}
		}
		out = append(out, Sale{Region: rec[0], Item: rec[1], Qty: q, Price: p, note: "n" + strconv.Itoa(i)})
	}
	return out, errors.Join(errs...)
}

//cell

var sales []Sale

func step1() {
	var err error
	sales, err = parse(strings.NewReader(data))
	fmt.Println(len(sales), err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, errors.Is(err, strconv.ErrSyntax))
	for _, s := range sales {
		fmt.Printf("%v | %+v | %.2f\n", s, s, s.Total())
	}
	fmt.Printf("%#v\n", sales[0])
}

//cell

func step2() {
	b, _ := json.Marshal(sales)
	fmt.Println(string(b))
	bi, _ := json.MarshalIndent(sales[:2], "", "  ")
	fmt.Println(string(bi))
	var back []Sale
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("err", err)
	}
	fmt.Printf("%+v\n", back)
}

//cell

func step3() {
	byRegion := map[string]Sale{}
	for _, s := range sales {
		cur := byRegion[s.Region]
		cur.Region = s.Region
		cur.Qty += s.Qty
		cur.Price += s.Total()
		byRegion[s.Region] = cur
	}
	keys := make([]string, 0, len(byRegion))
	for k := range byRegion {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-6s %3d %6.2f %q\n", k, byRegion[k].Qty, byRegion[k].Price, byRegion[k].note)
	}
	w := csv.NewWriter(&strings.Builder{})
	_ = w
	var sb strings.Builder
	cw := csv.NewWriter(&sb)
	for _, k := range keys {
		cw.Write([]string{k, strconv.Itoa(byRegion[k].Qty), strconv.FormatFloat(byRegion[k].Price, 'f', 2, 64)})
	}
	cw.Flush()
	fmt.Print(sb.String())
}

//cell

func main() {
	step1()
	step2()
	step3()
}
