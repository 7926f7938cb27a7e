//go:build ignore

// strconv's parsing and formatting at their edges, integer wrap-around and
// conversions, and bit manipulation with math/bits and flag constants.
package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
)

func step1() {
	for _, s := range []string{"42", "-0", "+7", "0x1F", "1_000", "9223372036854775808", "abc", " 1", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, s := range []string{"0x1F", "0b101", "0o17", "017", "1_000", "-128", "255"} {
		i, err := strconv.ParseInt(s, 0, 8)
		fmt.Println("ParseInt", s, i, err)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err, math.IsInf(f, 1))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func)
	}
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
}

//cell

func step2() {
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.Itoa(math.MinInt64))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64), strconv.FormatFloat(123456789, 'e', 3, 64))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.AppendQuote(nil, "x"))
}

//cell

var i8 int8 = 127

var u8 uint8

func step3() {
	i8++
	u8 = 0
	u8--
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i8, u8, i32, -math.MinInt8, uint16(70000%65536))
	big := 300
	fmt.Println(int8(big), uint8(big), byte(-1*big), int16(big*200))
	x := math.MaxInt64
	x++
	fmt.Println(x, x == math.MinInt64, -x)
	fl := 3.99
	fmt.Println(int(fl), int(-fl), uint8(int(fl)), int64(1e18)*9)
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7%-3, 7.0/2)
}

//cell

const (
	Read uint8 = 1 << iota
	Write
	Exec
)

func step4() {
	v := uint32(0b1011_0000)
	fmt.Println(bits.OnesCount32(v), bits.LeadingZeros32(v), bits.TrailingZeros32(v), bits.Len(255), bits.Reverse8(1))
	fmt.Printf("%08b %08b %08b %08b %08b\n", 0b1100&0b1010, 0b1100|0b1010, 0b1100^0b1010, 0b1100&^0b1010, ^uint8(0b1100))
	var flags uint8

	flags |= Read | Exec
	fmt.Println(flags&Write != 0, flags&Exec != 0, flags, flags<<7, flags>>1)
	sh := 65
	fmt.Println(1<<sh == 0, uint64(1)<<63, int64(-8)>>1, u8<<1, bits.RotateLeft8(0b1001_0001, 1))
	hi, lo := bits.Mul64(math.MaxUint64, 3)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry)
}

//cell

func main() {
	step1()
	step2()
	step3()
	step4()
}
