//go:build ignore

// fmt verbs: %v %+v %#v %T %d %b %o %x %X %c %q %U %e %f %g %s %p-free widths and flags.
package main

import "fmt"

type point struct {
	x, y int
}

type Pair struct {
	Name  string
	Tags  []string
	Inner *point
}

//cell

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("type of pointer: %T\n", &p)
	q := Pair{"q", []string{"a"}, nil}
	fmt.Printf("%v | %+v\n", q, q)
	fmt.Printf("%#v\n", q)
	fmt.Printf("%T %T %T %T %T\n", 1, 2.0, "s", []any{1}, map[string][]int{})
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d %+d %5d|%-5d|%05d\n", 123, 123, 42, 42, 42)
	fmt.Printf("bin: %b oct: %o %O hex: %x %X %#x\n", 14, 8, 8, 456, 456, 456)
	fmt.Printf("char: %c %q %U\n", 33, 'x', 0x1F600)
	fmt.Printf("float: %f %.2f %8.3f|%-8.2f| %e %E %g %G\n", 78.9, 3.14159, 2.5, 2.5, 123400000.0, 123400000.0, 0.000001234, 1e21)
	fmt.Printf("str: %s %q %x % X %10s|%-10s|\n", "\"string\"", "\"string\"", "hex this", "hi", "right", "left")
	fmt.Printf("%v %d %s\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v %v\n", map[string]int{"z": 1, "a": 2}, [2]bool{true})
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	var nilp *point
	var nili any
	fmt.Printf("%v %v %+v\n", nilp, nili, []*int{nil})
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	fmt.Printf("%v %v %.3v\n", 1e6, 1e-5, 3.14159)
	fmt.Printf("%x %X\n", []byte{1, 171}, "Go")
	fmt.Printf("%t %v\n", false, struct{}{})
}
