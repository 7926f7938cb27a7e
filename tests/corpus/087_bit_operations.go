//go:build ignore

// Bit operations: and, or, xor, and-not, shifts, masks and flag sets.
package main

import "fmt"

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	s := ""
	for _, f := range []struct {
		bit Perm
		c   byte
	}{{Read, 'r'}, {Write, 'w'}, {Exec, 'x'}} {
		if p&f.bit != 0 {
			s += string(f.c)
		} else {
			s += "-"
		}
	}
	return s
}

//cell

func main() {
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(1<<10, 1024>>3, ^0, ^uint8(5))
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0))
	var flags uint16
	flags |= 1 << 3
	flags |= 1 << 0
	fmt.Printf("%016b %d\n", flags, flags)
	flags &^= 1 << 3
	fmt.Println(flags)
	n := 0xF0F0
	count := 0
	for v := n; v != 0; v &= v - 1 {
		count++
	}
	fmt.Println("ones:", count)
	fmt.Println(0o17, 0x1F, 1_000_000, 0b_1111)
	x := uint32(0x12345678)
	fmt.Printf("%08x\n", x<<8|x>>24)
}
