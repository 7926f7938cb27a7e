//go:build ignore

// Shifts at their edges: counts of signed and unsigned types of every
// width, counts past the operand's width (0, or -1 for a negative
// signed value shifted right), shift assignments, a loop counting down
// past zero, and negative counts recovered as runtime errors.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

//cell

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			err, _ := r.(error)
			var re runtime.Error
			fmt.Println(name, "panic:", r, errors.As(err, &re))
		}
	}()
	f()
}

func widths() {
	var i8 int8 = -128
	var u8 uint8 = 0x81
	var k16 int16 = 3
	var k64 int64 = 65
	var ku uint = 200
	fmt.Println(i8>>k16, u8<<k16, u8>>k16, int64(1)<<k64, int64(-1)>>k64, uint32(1)<<ku)
	x := int32(-7)
	x >>= k16
	fmt.Println(x, x<<k16, ^x>>1)
	for i := range 4 {
		fmt.Print(1<<i, " ", 256>>i, " ", uint8(1)<<(i*3), " ")
	}
	fmt.Println()
	var mask uint64
	for bit := 0; bit < 64; bit += 9 {
		mask |= 1 << bit
	}
	fmt.Printf("%#x\n", mask)
}

//cell

func negatives() {
	neg := -1
	var u8 uint8 = 3
	try("int8 count", func() { fmt.Println(u8 << int8(neg)) })
	try("assign", func() {
		v := 3
		v <<= neg
		fmt.Println(v)
	})
	try("count down", func() {
		t := 0
		for i := 2; i > -2; i-- {
			t += 1 << i
			fmt.Println("t", t)
		}
	})
	try("in a condition", func() {
		if neg < 0 && 1>>neg == 0 {
			fmt.Println("unreachable")
		}
	})
	try("argument", func() { fmt.Println(fmt.Sprint(8 >> (neg * 2))) })
}

//cell

func main() {
	widths()
	negatives()
}
