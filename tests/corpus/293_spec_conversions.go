//go:build ignore

// The spec's Conversions section: between integer types the value is
// truncated or sign-extended (wraparound, no panic), float to integer
// truncates toward zero, integer to string gives a rune's UTF-8, and
// []byte / []rune conversions copy, so changes to the copy never reach
// the string.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type MyBytes []byte
type MyString string

type Point struct{ X, Y int }
type Pair struct {
	X int `json:"x"`
	Y int `json:"y"`
}

//cell

func wrap() []any {
	var big int64 = 1<<40 + 1<<31 + 200
	var neg int32 = -1
	var u16 uint16 = 65535
	return []any{
		int8(big), uint8(big), int32(big), uint32(big),
		uint32(neg), uint64(neg), int16(u16), int8(u16 >> 1),
		uint8(int8(neg) - 2), int64(int8(u16 - 65335)),
	}
}

func truncate() []any {
	vals := []float64{2.9, -2.9, 0.5, -0.5, -1e9 - 0.75}
	var out []any
	for _, v := range vals {
		out = append(out, int64(v), int32(v))
	}
	var f32 float32 = 16777217
	out = append(out, f32, float64(float32(0.1)) == 0.1, math.Trunc(-7.5))
	return out
}

//cell

func stringsAndRunes() {
	r := rune(0x4e16)
	fmt.Println(string(r), string(rune(65)), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	s := "héllo, 世界"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(bs), len(rs), cap(bs) >= len(bs))
	bs[0] = 'H'
	rs[len(rs)-1] = '!'
	fmt.Println(s, string(bs), string(rs))
	fmt.Println(string(rs[1:3]), string(bs[1:3]), []byte("é"), []rune("é"))
	mb := MyBytes("abc")
	ms := MyString(mb)
	fmt.Printf("%T %v %T %q\n", mb, mb, ms, ms)
	fmt.Println(string([]byte{0xff, 'a'}) == "\xffa", []rune(string([]byte{0xff, 'a'})))
	fmt.Println(strconv.Itoa(65), string(rune(65)), fmt.Sprint(65))
}

//cell

func main() {
	fmt.Println(wrap()...)
	fmt.Println(truncate()...)
	stringsAndRunes()

	c := Celsius(100)
	f := CToF(c)
	fmt.Printf("%T %v %T %v\n", c, c, f, f)
	fmt.Println(float64(f) - float64(c))

	p := Point{1, 2}
	q := Pair(p)
	fmt.Printf("%+v %T\n", q, q)
	back := Point(q)
	fmt.Println(back == p)

	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, -y, y-1)

	n := 300
	fmt.Println(byte(n), rune(n), string(rune(n)))
	fl := 3.99
	fmt.Println(int(fl), int(-fl), uint(fl), int(math.Round(fl)))

	var iface any = Celsius(5)
	_, isFloat := iface.(float64)
	cv, isC := iface.(Celsius)
	fmt.Println(isFloat, isC, cv)

	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	ap := (*[2]int)(sl)
	ap[1] = 20
	av := [4]int(sl)
	av[0] = 100
	fmt.Println(arr, *ap, av)
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = [8]int(sl)
}
