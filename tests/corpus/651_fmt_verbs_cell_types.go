//go:build ignore

// fmt's verbs on the notebook's types: Stringer enums, named strings, a type
// with both Error and String, a pointer-receiver String, nested structs
// with errors, durations, bytes and maps of any.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Tag string

type Both struct{ N int }

func (b Both) String() string { return "string" }

func (b Both) Error() string { return "error" }

type PtrStr struct{ N int }

func (p *PtrStr) String() string { return fmt.Sprintf("P%d", p.N) }

type Job struct {
	Name    string
	Lvl     Level
	Err     error
	Took    time.Duration
	Raw     []byte
	Tags    []Tag
	Meta    map[string]any
	Parent  *Job
	private int
}

func step1() {
	j := Job{Name: "build", Lvl: 2, Took: 1500 * time.Millisecond, Raw: []byte("ok"), Tags: []Tag{"ci", "go"}, Meta: map[string]any{"n": 1, "f": 2.5, "s": "x", "l": []int{1}}, private: 7}
	fmt.Printf("%v\n%+v\n", j, j)
	fmt.Printf("%#v\n", j.Tags)
	fmt.Printf("%#v %#v %#v\n", j.Lvl, j.Meta["l"], Tag("t"))
	j.Err = errors.New("boom")
	fmt.Println(j.Err, j.Lvl, j.Took, j.Raw, string(j.Raw))
	fmt.Printf("%s|%x|%X|% x|%q\n", j.Raw, j.Raw, "hi", "hi", j.Tags)
	fmt.Println(Both{1}, []Both{{2}}, map[Level]Both{1: {3}})
	fmt.Printf("%v %s %d\n", Both{1}, Both{1}, Both{1})
	vals := []PtrStr{{1}, {2}}
	ptrs := []*PtrStr{{1}, {2}}
	fmt.Println(vals, ptrs[0], *ptrs[1], len(ptrs))
}

//cell

type wrap struct {
	L   Level
	P   *PtrStr
	E   error
	Any any
}

func step2() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, 'x', true, false), fmt.Sprintln("a", 1))
	fmt.Printf("%[2]d %[1]d %[2]x|%6.2[3]f|%-5d|%+.1e|%#x|%#o|%t\n", 10, 255, 3.14159, 42, 12345.678, 255, 8, true)
	fmt.Printf("%3c|%-4q|%U|%#U|%08.3f|%+05d|%x\n", 'A', 'B', 0x1F600, 0x1F600, -3.14159, 42, -255)
	fmt.Printf("%v %v %v %v\n", []string{}, map[string]int{}, []int(nil), struct{}{})
	fmt.Printf("%v|%s|%d\n", Level(1), Level(2), Level(0))
	fmt.Printf("%5v|%-6v|%06d\n", Level(1), Level(0), Level(2))
	levels := map[Level]int{2: 20, 0: 0, 1: 10}
	fmt.Println(levels)
	byTag := map[Tag][]Level{"b": {1}, "a": {0, 2}}
	fmt.Println(byTag)

	fmt.Printf("%v %+v\n", wrap{L: 1, Any: Level(2)}, wrap{E: errors.New("e"), Any: Both{}})
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("%*d|%-*d|", 5, 1, 4, 2), fmt.Sprintf("%.*f", 2, 3.14159))
	fmt.Printf("%v %.2v %10.3v|\n", 1.0/3, 1.0/3, "abcdef")
	fmt.Printf("%t %v %08b %o %O\n", false, 'a', 5, 64, 64)
	fmt.Printf("%6.1f%%|%x|%X\n", 12.345, 3.5, []int{10, 11})
	fmt.Printf("%v %v\n", [3]bool{true}, [2][]int{{1}, nil})
	fmt.Printf("%q %v %s\n", []any{"a", 1, nil}, []any{"a", 1, nil}, []error{errors.New("x"), nil})
}

//cell

func main() {
	step1()
	step2()
}
