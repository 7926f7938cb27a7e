//go:build ignore

// strconv's errors: *NumError reached with errors.As through wrapping,
// ErrRange and ErrSyntax with errors.Is, the numbers' parsed values on
// range errors, a cell error type wrapping a NumError with Unwrap, and
// Quote/Unquote/AppendInt/FormatFloat corners.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

//cell

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return "field " + e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

func parseField(name, s string, bits int) (int64, error) {
	n, err := strconv.ParseInt(s, 10, bits)
	if err != nil {
		return n, &FieldError{name, err}
	}
	return n, nil
}

//cell

func describe(err error) string {
	var ne *strconv.NumError
	var fe *FieldError
	out := ""
	if errors.As(err, &fe) {
		out += "field=" + fe.Field + " "
	}
	if errors.As(err, &ne) {
		out += fmt.Sprintf("func=%s num=%q ", ne.Func, ne.Num)
	}
	switch {
	case errors.Is(err, strconv.ErrRange):
		out += "range"
	case errors.Is(err, strconv.ErrSyntax):
		out += "syntax"
	case err == nil:
		out += "ok"
	default:
		out += "other"
	}
	return out
}

func main() {
	for _, in := range []struct {
		s    string
		bits int
	}{{"42", 8}, {"300", 8}, {"-129", 8}, {"abc", 64}, {"", 32}, {"9223372036854775808", 64}} {
		n, err := parseField("age", in.s, in.bits)
		fmt.Printf("%-22q %6d %s\n", in.s, n, describe(err))
		if err != nil {
			fmt.Println("  ", err)
		}
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(describe(err), err)
	wrapped := fmt.Errorf("loading config: %w", err)
	fmt.Println(describe(wrapped))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, describe(err))
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	fmt.Println(strconv.Quote("héllo\n"), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "x")
	fmt.Println(string(buf))
	for _, v := range []float64{3.14159, 1e21, 0.000001, 100} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'f', 2, 64), strconv.FormatFloat(v, 'e', 3, 32))
	}
	fmt.Println(strconv.FormatInt(-42, 2), strconv.Itoa(1<<20), strconv.FormatUint(255, 36))
	var ne *strconv.NumError
	_, err = strconv.ParseInt("0x1g", 0, 64)
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, ne.Unwrap() == strconv.ErrSyntax)
	}
	v, err := strconv.ParseInt("0x_1F", 0, 64)
	fmt.Println(v, err)
}
