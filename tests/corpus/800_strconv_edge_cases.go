//go:build ignore

// A number formatter debugged in a notebook: strconv's Quote family
// (QuoteToASCII, QuoteRune, QuoteToGraphic, Unquote of raw and single
// quoted strings), FormatFloat with 'g' and -1 precision at float32 and
// float64 sizes, 'e', 'f', 'b', 'x' formats, ParseInt with base 0 and
// underscores, range errors through *NumError, ParseBool, Append*
// functions, and a humanize helper corrected in a later cell.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Reading struct {
	Label string
	Value float64
}

func (r Reading) Short() string { return r.Label + "=" + strconv.FormatFloat(r.Value, 'g', -1, 64) }

var readings = []Reading{{"zero", 0}, {"third", 1.0 / 3}, {"big", 1e21}, {"tiny", 5e-324}, {"neg", -0.000001}, {"round", 100}, {"inf", math.Inf(-1)}, {"nan", math.NaN()}}

//cell

// first version: loses the sign of small negatives
var humanize = func(x float64) string {
	a := math.Abs(x)
	switch {
	case a >= 1e6:
		return strconv.FormatFloat(a/1e6, 'f', 1, 64) + "M"
	case a >= 1e3:
		return strconv.FormatFloat(a/1e3, 'f', 1, 64) + "k"
	}
	return strconv.FormatFloat(a, 'f', -1, 64)
}

func parseAll(ss []string, base, bits int) {
	for _, s := range ss {
		n, err := strconv.ParseInt(s, base, bits)
		var ne *strconv.NumError
		if errors.As(err, &ne) {
			fmt.Printf("%q: %v | func=%s num=%q range=%v syntax=%v\n", s, n, ne.Func, ne.Num, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			continue
		}
		fmt.Printf("%q: %d\n", s, n)
	}
}

//cell

func main() {
	for _, r := range readings {
		fmt.Println(r.Short(), strconv.FormatFloat(r.Value, 'g', -1, 32), strconv.FormatFloat(r.Value, 'e', 3, 64), strconv.FormatFloat(r.Value, 'G', 4, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'b', -1, 64), strconv.FormatFloat(0.1, 'x', -1, 64), strconv.FormatFloat(1.5, 'x', 2, 32))
	fmt.Println(strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 32))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64), strconv.FormatFloat(123456789, 'g', 3, 64))

	s := "tab\there \"quoted\" é 世 \x00 \u200b 🙂"
	fmt.Println(strconv.Quote(s))
	fmt.Println(strconv.QuoteToASCII(s))
	fmt.Println(strconv.QuoteToGraphic(s))
	fmt.Println(strconv.QuoteRune('\''), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.Quote("\xff"), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))
	for _, q := range []string{`"a\tb\u00e9"`, "`raw\\n`", `'x'`, `'ab'`, `"unterminated`, `"\x41\101"`} {
		u, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, u, err)
	}
	r, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(r, mb, tail, err)

	parseAll([]string{"0x_1F", "0b1010", "0o17", "017", "1_000", "-128", "128", "9223372036854775808", "12a", ""}, 0, 8)
	parseAll([]string{"zz", "-ZZ"}, 36, 64)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, b := range []string{"1", "t", "TRUE", "yes", "F"} {
		v, err := strconv.ParseBool(b)
		fmt.Print(v, " ", err != nil, "; ")
	}
	fmt.Println()
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	f32, err := strconv.ParseFloat("3.4028236e38", 32)
	fmt.Println(f32, err)
	f, _ = strconv.ParseFloat("-Inf", 64)
	g, _ := strconv.ParseFloat("nan", 64)
	fmt.Println(f, g, math.IsNaN(g))

	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 16)
	b = strconv.AppendQuote(append(b, ' '), "q")
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendFloat(append(b, ' '), 1.0/3, 'g', 5, 64)
	b = strconv.AppendQuoteRuneToASCII(append(b, ' '), 'ü')
	fmt.Println(string(b), strconv.Itoa(math.MinInt64), strconv.FormatUint(math.MaxUint64, 2)[:8], strconv.FormatInt(-255, 16))

	for _, x := range []float64{950, 1234.5, -2500, 7.25e6, -0.5} {
		fmt.Print(humanize(x), " ")
	}
	fmt.Println()
	humanize = func(x float64) string {
		sign := ""
		if x < 0 {
			sign, x = "-", -x
		}
		switch {
		case x >= 1e6:
			return sign + strconv.FormatFloat(x/1e6, 'f', 1, 64) + "M"
		case x >= 1e3:
			return sign + strconv.FormatFloat(x/1e3, 'f', 1, 64) + "k"
		}
		return sign + strconv.FormatFloat(x, 'f', -1, 64)
	}
	for _, x := range []float64{950, 1234.5, -2500, 7.25e6, -0.5} {
		fmt.Print(humanize(x), " ")
	}
	fmt.Println()
}
