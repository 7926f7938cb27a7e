//go:build ignore

// Enums from iota with String methods (skipped values, shifted sizes, a
// negative start) printed with every verb, as map keys and in structs;
// shadowed variables in if and blocks.
package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	_
	Friday
	Saturday
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	case Friday:
		return "Fri"
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

func (d Weekday) Weekend() bool { return d == Sunday || d == Saturday }

type Slot struct {
	Day  Weekday
	Hour int
}

func step1() {
	days := []Weekday{Sunday, Monday, Wednesday, Friday, Saturday, 4}
	fmt.Println(days, Monday, Friday+1)
	fmt.Printf("%v %d %s %q %x %+v %#v\n", Tuesday, Tuesday, Friday, Monday, Saturday, Sunday, Monday)
	byDay := map[Weekday][]string{Monday: {"gym"}, Friday: {"pub", "film"}}
	fmt.Println(byDay, len(byDay[Sunday]))

	fmt.Printf("%v %+v\n", Slot{Friday, 9}, []Slot{{Monday, 8}, {6, 1}})
	pday := &days[1]
	fmt.Println(*pday, pday.Weekend(), days[0].Weekend())
}

//cell

type Size uint8

const (
	_       = iota
	KB Size = 1 << (iota * 2)
	MB
	GB
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR"}

func (l Level) String() string {
	if n, ok := levelNames[l]; ok {
		return n
	}
	return "L" + fmt.Sprint(int(l))
}

func step2() {
	fmt.Println(KB, MB, GB, Debug, Info, Error, Level(7))
	for l := Debug; l <= Error; l++ {
		fmt.Print(l, "=", int(l), " ")
	}
	fmt.Println()
	logs := []struct {
		L   Level
		Msg string
	}{{Warn, "disk"}, {Debug, "tick"}}
	fmt.Printf("%v %+v\n", logs, logs[0])
}

//cell

func step3() {
	x := 1
	if x := x * 10; x > 5 {
		fmt.Println("inner x", x)
		x := "shadow"
		fmt.Println(x)
	}
	fmt.Println("outer x", x)
	err := fmt.Errorf("first")
	if true {
		v, err := 5, fmt.Errorf("second")
		_ = v
		fmt.Println(err)
	}
	fmt.Println(err)
	sep := strings.Repeat("=", 3)
	_ = sep
	println := func(a ...any) { _ = a }
	println("hidden")
}

//cell

func main() {
	step1()
	step2()
	step3()
}
