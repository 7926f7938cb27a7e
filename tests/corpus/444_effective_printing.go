//go:build ignore

// Effective Go's printing section: %v, %+v, %#v and %T on structs,
// pointers to them, maps and slices; %q and %#q on strings and runes and
// string slices; %x and % x on strings, byte slices and integers; a String
// method on a pointer receiver; a String method that converts to avoid
// calling itself through Sprintf; a variadic Println wrapper passing its
// ...any on to Sprintln.
package main

import (
	"fmt"
	"math"
	"os"
)

//cell

type T struct {
	a int
	b float64
	c string
}

func (t *T) String() string {
	return fmt.Sprintf("%d/%g/%q", t.a, t.b, t.c)
}

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

type Plain struct {
	Name  string
	Count int
	Tags  []string
	Inner *Plain
}

//cell

func Println(v ...any) {
	s := fmt.Sprintln(v...)
	os.Stdout.WriteString("log: " + s)
}

func Min(a ...int) int {
	min := math.MaxInt
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

//cell

func main() {
	var x uint64 = 1<<64 - 1
	fmt.Printf("%d %x; %d %x\n", x, x, int64(x), int64(x))
	fmt.Printf("Hello %d\n", 23)
	fmt.Fprint(os.Stdout, "Hello ", 23, "\n")
	fmt.Println("Hello", 23)
	fmt.Println(fmt.Sprint("Hello ", 23))

	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%v %+v\n", *t, *t)
	fmt.Printf("%#v\n", *t)
	fmt.Printf("%T %T\n", t, *t)

	p := Plain{"root", 2, []string{"x", "y"}, &Plain{Name: "leaf"}}
	fmt.Printf("%v\n%+v\n", p.Inner.Inner == nil, *p.Inner)
	fmt.Printf("%#v\n", p.Tags)
	var timeZone = map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60, "CST": -6 * 60 * 60}
	fmt.Printf("%v\n%#v\n%T\n", timeZone, timeZone, timeZone)

	fmt.Printf("%q %#q %q %+q\n", "go\"pher", "go\"pher", 'x', "héllo")
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%x|% x|%X|%#x\n", "hex me", []byte("hex me"), "hi", 255)
	fmt.Printf("%T %T %T %T\n", 1, 1.5, 'r', nil)
	fmt.Println(MyString("abc"))
	fmt.Printf("%v %s %q\n", MyString("q"), MyString("q"), MyString("q"))

	Println("a", 1, true, []int{1, 2})
	fmt.Println(Min(4, 2, 9), Min())
	nums := []int{8, 3, 5}
	fmt.Println(Min(nums...))
}
