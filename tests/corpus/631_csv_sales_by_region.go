//go:build ignore

// Sales parsed from a CSV held in a string with bufio.Scanner, bad lines
// counted, totals per region and product in maps, printed sorted.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `region,product,qty,price
north,apple,10,0.50
south,pear,4,0.75
north,pear,2,0.80
east,apple,7,0.55
south,apple,3,0.60
bad line here
north,plum,x,1.00
`

type Sale struct {
	Region, Product string
	Qty             int
	Price           float64
}

func (s Sale) Total() float64 { return float64(s.Qty) * s.Price }

//cell

var sales []Sale

var problems []string

func step2() {
	sc := bufio.NewScanner(strings.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		fields := strings.Split(sc.Text(), ",")
		if len(fields) != 4 {
			problems = append(problems, fmt.Sprintf("line %d: %d fields", line, len(fields)))
			continue
		}
		q, err := strconv.Atoi(fields[2])
		if err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %v", line, err))
			continue
		}
		p, _ := strconv.ParseFloat(fields[3], 64)
		sales = append(sales, Sale{fields[0], fields[1], q, p})
	}
	fmt.Println(len(sales), "sales;", len(problems), "problems")
	for _, p := range problems {
		fmt.Println(" ", p)
	}
}

//cell

var qtyByProduct map[string]int

func step3() {
	byRegion := map[string]float64{}
	qtyByProduct = make(map[string]int)
	for _, s := range sales {
		byRegion[s.Region] += s.Total()
		qtyByProduct[s.Product] += s.Qty
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		fmt.Printf("%-6s %6.2f\n", r, byRegion[r])
	}
	fmt.Println(qtyByProduct)
	fmt.Printf("%v\n%+v\n", sales[0], sales[len(sales)-1])
}

//cell

type kv struct {
	Key string
	N   int
}

var ranked []kv

func step4() {
	for k, v := range qtyByProduct {
		ranked = append(ranked, kv{k, v})
	}
	sort.Slice(ranked, func(i, j int) bool {
		return ranked[i].N > ranked[j].N || ranked[i].N == ranked[j].N && ranked[i].Key < ranked[j].Key
	})
	fmt.Println(ranked)
	fmt.Printf("%+v %T\n", ranked[0], ranked[0])
}

//cell

func main() {
	step2()
	step3()
	step4()
}
