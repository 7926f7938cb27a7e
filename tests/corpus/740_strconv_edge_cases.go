//go:build ignore

// strconv's corners, with notebook types wrapping the results: Quote
// family on control, invalid and non-ASCII text, Unquote errors,
// ParseFloat/ParseInt/ParseUint range and syntax errors read through
// *NumError, bases and underscores, FormatFloat formats, Append* into
// a notebook byte-slice type, and ParseBool.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Buf []byte

func (b Buf) String() string { return "Buf(" + string(b) + ")" }

type Parsed struct {
	In  string
	Val any
	Err error
}

func (p Parsed) String() string {
	if p.Err != nil {
		var ne *strconv.NumError
		if errors.As(p.Err, &ne) {
			kind := "syntax"
			if errors.Is(ne.Err, strconv.ErrRange) {
				kind = "range"
			}
			return fmt.Sprintf("%-12q %s error (%s, %q)", p.In, kind, ne.Func, ne.Num)
		}
		return fmt.Sprintf("%-12q %v", p.In, p.Err)
	}
	return fmt.Sprintf("%-12q %v", p.In, p.Val)
}

//cell

func floats(ins ...string) []Parsed {
	var out []Parsed
	for _, in := range ins {
		f, err := strconv.ParseFloat(in, 64)
		out = append(out, Parsed{in, f, err})
	}
	return out
}

func ints(base, bits int, ins ...string) []Parsed {
	var out []Parsed
	for _, in := range ins {
		i, err := strconv.ParseInt(in, base, bits)
		out = append(out, Parsed{in, i, err})
	}
	return out
}

//cell

func main() {
	for _, s := range []string{"plain", "tab\there", "quote\"s", "nl\n", "é世", "\x00\x7f", "bad\xffbyte", "🙂"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0x7f), strconv.CanBackquote("a`b"), strconv.CanBackquote("ok"))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"unterminated`, `'ab'`, `"\z"`, `"\u00e9"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%s -> %q %v\n", q, s, err)
	}
	for _, p := range floats("3.14", "1e308", "1e309", "-1e400", "4.9e-325", "0x1p-2", "inf", "-Inf", "NaN", "1_000.5", "1,5", "", ".5", "5.", "+.e1") {
		fmt.Println(p)
	}
	for _, p := range ints(0, 64, "0x1F", "0o17", "017", "0b101", "1_000", "_1", "9223372036854775808", "-9223372036854775808") {
		fmt.Println(p)
	}
	for _, p := range ints(16, 8, "7f", "80", "-80", "-81", "zz") {
		fmt.Println(p)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err)
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err, errors.Is(err, strconv.ErrRange))

	var b Buf
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, 255, 16)
	b = append(b, ' ')
	b = strconv.AppendUint(b, math.MaxUint64, 36)
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.0/3, 'f', 4, 64)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = strconv.AppendQuoteRune(b, 'x')
	fmt.Println(b, len(b))
	fmt.Printf("%s|%v|%q\n", b, b, b)

	x := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Print(strconv.FormatFloat(x, f, -1, 64), " ", strconv.FormatFloat(x, f, 2, 32), " ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000001, 'g', -1, 64), strconv.FormatFloat(float64(float32(0.1)), 'g', -1, 64), strconv.FormatFloat(0.1, 'g', -1, 32))
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatInt(math.MinInt64, 16), strconv.Itoa(0))
	for _, s := range []string{"1", "t", "TRUE", "True", "yes", "0", "F"} {
		v, err := strconv.ParseBool(s)
		fmt.Print(v, " ", err != nil, "; ")
	}
	fmt.Println()
	c, err := strconv.ParseComplex("(1+2i)", 128)
	fmt.Println(c, err)
	fmt.Println(strconv.IsPrint('\u00ad'), strconv.IsGraphic('\u00a0'), strconv.IntSize)
}
