//go:build ignore

// Print and Sprint put a space between operands when neither is a
// string: a program's string types count as strings, with or without a
// String method; types over basic types print as their values.
package main

import (
	"fmt"
	"os"
)

type Name string

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Celsius float64

type Count int

func (c Count) String() string { return fmt.Sprintf("%d items", int(c)) }

//cell

func main() {
	fmt.Print(Name("a"), Name("b"), "\n")
	fmt.Print(Tag("x"), Tag("y"), 1, 2, "\n")
	fmt.Print(Count(1), Count(2), Celsius(1.5), "\n")
	s := fmt.Sprint(Name("n"), 3, Tag("t"), []Tag{"u"}, 4)
	fmt.Println(s, Name("z"), Celsius(2), []Name{"w"})
	fmt.Printf("%v %s %d %5.1f|%x %q\n", Name("q"), Tag("r"), Count(3), Celsius(2.25), Name("hi"), []Tag{"v"})
	fmt.Fprint(os.Stdout, Tag("p"), Count(0), Tag("q"), "\n")
	b := fmt.Append(nil, Tag("a"), Tag("b"), Count(5))
	fmt.Println(string(b), len(b))
	var ts []fmt.Stringer = []fmt.Stringer{Tag("s"), Count(6)}
	fmt.Print(ts[0], ts[1], "\n")
}
