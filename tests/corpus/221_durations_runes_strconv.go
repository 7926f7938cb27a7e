//go:build ignore

// Text and numbers of a timesheet: time.Duration arithmetic, rounding,
// truncation and formatting (no wall clock), parsing durations, a named
// duration type with its own String, strconv's formatting and parsing in
// several bases, quoting, and rune-level work on names with accents.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type Shift struct {
	Who   string
	Spans []string
}

type Billable time.Duration

func (b Billable) String() string {
	d := time.Duration(b)
	h := int(d.Hours())
	m := int((d - time.Duration(h)*time.Hour).Minutes())
	return fmt.Sprintf("%dh%02d", h, m)
}

//cell

func total(spans []string) (time.Duration, []error) {
	var sum time.Duration
	var errs []error
	for _, s := range spans {
		d, err := time.ParseDuration(s)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		sum += d
	}
	return sum, errs
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteByte('.')
	}
	return b.String()
}

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func fold(s string) string {
	repl := map[rune]rune{'é': 'e', 'è': 'e', 'ü': 'u', 'ø': 'o', 'å': 'a', 'ç': 'c'}
	return strings.Map(func(r rune) rune {
		if x, ok := repl[unicode.ToLower(r)]; ok {
			if unicode.IsUpper(r) {
				return unicode.ToUpper(x)
			}
			return x
		}
		return r
	}, s)
}

//cell

var shifts = []Shift{
	{"zoë lund", []string{"3h15m", "45m", "1h30m20s"}},
	{"émile françois", []string{"8h", "-30m", "2x"}},
	{"jørgen ås", []string{"90m", "1.5h", "250ms"}},
}

//cell

func main() {
	var all time.Duration
	for _, s := range shifts {
		d, errs := total(s.Spans)
		all += d
		fmt.Printf("%-16s %-4s %12v rounded=%v trunc=%v billable=%v errs=%d\n",
			fold(s.Who), initials(s.Who), d, d.Round(15*time.Minute), d.Truncate(time.Hour), Billable(d), len(errs))
		for _, e := range errs {
			fmt.Println("  ", e)
		}
	}
	fmt.Println(all, all.Hours() > 20, all.Minutes(), int64(all/time.Second), all%time.Hour)
	fmt.Printf("%v %s %d %.2f\n", Billable(all), time.Duration(Billable(all)), time.Duration(90)*time.Second/time.Minute, (all / 3).Hours())
	per := all / time.Duration(len(shifts))
	fmt.Println(per, per.String(), time.Duration(1500)*time.Microsecond, -per.Abs())

	name := "Zoë Lund-Åberg"
	fmt.Println(len(name), utf8.RuneCountInString(name), reverse(name), strings.ToUpper(name), fold(name))
	for i, r := range "aé😀" {
		fmt.Printf("%d:%c:%U:%d ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	b := []byte("héllo")
	r, size := utf8.DecodeRune(b[1:])
	fmt.Println(string(r), size, utf8.Valid(b[:2]), utf8.ValidString("ok"), string(b[3:]))

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<40, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1234567.0, 'e', 3, 64), strconv.FormatFloat(0.000012, 'g', -1, 64))
	fmt.Println(strconv.Quote("tab\there \"q\" é"), strconv.QuoteToASCII("é😀"), strconv.QuoteRune('☺'), strconv.Itoa(-42)+"!")
	for _, s := range []string{"0x1F", "0b101", "0o17", "077", "1_000", "9223372036854775808", "-12"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%s=%d(%v) ", s, n, err != nil)
	}
	fmt.Println()
	u, err := strconv.Unquote(`"a\u00e9\n"`)
	fmt.Printf("%q %v\n", u, err)
	bv, err := strconv.ParseBool("maybe")
	fmt.Println(bv, err)
	f, _ := strconv.ParseFloat("1e3", 64)
	buf := strconv.AppendInt([]byte("n="), 42, 10)
	buf = strconv.AppendQuote(append(buf, ' '), "x")
	fmt.Println(f, string(buf))
}
