//go:build ignore

// strconv: parsing and formatting numbers, booleans and quoted strings; errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

//cell

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	var ne *strconv.NumError
	fmt.Println(errors.As(e, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	_, e = strconv.ParseInt("300", 10, 8)
	fmt.Println(e, errors.Is(e, strconv.ErrRange))
	b, _ := strconv.ParseBool("true")
	fmt.Println(b)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatUint(35, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', 3, 32))
	fmt.Println(strconv.Quote("hello \"world\"\n"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("☺x"))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.FormatBool(false))
}
