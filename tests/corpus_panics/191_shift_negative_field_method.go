//go:build ignore

// A bit-field reader shifts by an offset computed from fields; a field
// past the word's width gives a negative shift count.
package main

import "fmt"

//cell

type Field struct {
	Name        string
	Offset, Len int
}

func (f Field) Extract(word uint32) uint32 {
	shift := 32 - f.Offset - f.Len
	return (word >> shift) & (1<<f.Len - 1)
}

//cell

func decode(word uint32, fields []Field) {
	for _, f := range fields {
		fmt.Printf("%s=%d\n", f.Name, f.Extract(word))
	}
}

//cell

func main() {
	fields := []Field{{"version", 0, 4}, {"kind", 4, 4}, {"length", 24, 12}}
	decode(0x4A0000FF, fields)
}
