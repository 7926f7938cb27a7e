//go:build ignore

// Standard library corners with the notebook's types: sort.Reverse of
// a sort.Interface declared in a cell (handed to a helper declared
// before it), durations in records, strconv's quoting and its errors,
// FormatFloat, strings.NewReplacer and Map, utf8 counting, a rune type
// with String, slices.Chunk and Repeat, maps.Insert, Duration arithmetic
// and math/big's Int, Float and Rat.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"math/big"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// rank sorts anything sortable in reverse and reports it.
func rank(data sort.Interface) sort.Interface {
	sort.Sort(sort.Reverse(data))
	return data
}

//cell

type Runner struct {
	Name string
	Best time.Duration
}

type ByBest []Runner

func (b ByBest) Len() int           { return len(b) }
func (b ByBest) Less(i, j int) bool { return b[i].Best < b[j].Best }
func (b ByBest) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type Grade rune

func (g Grade) String() string { return "grade " + string(g) }

//cell

var field = ByBest{
	{"kim", 41*time.Second + 300*time.Millisecond},
	{"lou", 39 * time.Second},
	{"max", 44*time.Second + 5*time.Millisecond},
}

//cell

func main() {
	fmt.Println(rank(field))
	fmt.Println(sort.IsSorted(field), sort.IsSorted(sort.Reverse(field)))
	idx := sort.Search(len(field), func(i int) bool { return field[i].Best <= 40*time.Second })
	fmt.Println(idx, field[idx].Name)

	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\q"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	pre, err := strconv.QuotedPrefix(`"hello" world`)
	fmt.Println(pre, err, strconv.CanBackquote("a`b"), strconv.CanBackquote("plain"))
	for _, f := range []float64{1.0 / 3, 2.5e10, 1e-7, math.Inf(-1), math.NaN(), 100} {
		fmt.Print(strconv.FormatFloat(f, 'g', -1, 64), " ", strconv.FormatFloat(f, 'f', 2, 32), " | ")
	}
	fmt.Println()
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	_, err = strconv.ParseInt("0x1F", 0, 64)
	n, _ := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(n, err, strconv.Itoa(-0), strconv.FormatInt(-255, 2))

	rep := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	fmt.Println(rep.Replace("a<b & c>d"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Hello, World! Ωmega."))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	word := "naïve café"
	fmt.Println(len(word), utf8.RuneCountInString(word), utf8.ValidString(word[:3]), strings.IndexRune(word, 'é'))
	r, size := utf8.DecodeLastRuneInString(word)
	fmt.Printf("%c %d %U\n", r, size, r)
	grades := []Grade{'B', 'A', 'C'}
	slices.Sort(grades)
	fmt.Println(grades, slices.Max(grades), cmp.Or(Grade(0), Grade('F')))

	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, " ")
	}
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	totals := map[string]int{"x": 1}
	maps.Insert(totals, maps.All(map[string]int{"y": 2, "z": 3}))
	fmt.Println(slices.Sorted(maps.Values(totals)), len(totals))
	names := slices.Collect(func(yield func(string) bool) {
		for _, rr := range field {
			if !yield(strings.ToUpper(rr.Name)) {
				return
			}
		}
	})
	fmt.Println(names, slices.Index(names, "LOU"))

	d := -1*time.Hour - 90*time.Second
	fmt.Println(d, d.Abs(), d/time.Minute, d%time.Minute, time.Duration(math.MaxInt64), d.Seconds())
	fmt.Printf("%d %v %s %5.1f\n", time.Millisecond, time.Millisecond, 2*time.Microsecond, time.Duration(1500*time.Millisecond).Seconds())

	b := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	inv := new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11))
	fmt.Println(b, inv, big.NewInt(97).ProbablyPrime(10), b.Sign(), new(big.Int).Neg(b).Cmp(b))
	x := new(big.Float).SetPrec(100)
	x.SetString("1.5")
	y := new(big.Float).Quo(x, big.NewFloat(7))
	fmt.Println(y.Text('g', 20), x.String(), y.Prec())
	q, _ := new(big.Rat).SetString("22/7")
	fmt.Println(q, q.FloatString(3), q.Num(), q.Denom(), q.IsInt())
}
