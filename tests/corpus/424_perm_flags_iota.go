//go:build ignore

// iota enums with String methods and bit flags: a Perm uint8 with
// Read/Write/Exec tested with &, set with |=, cleared with &^, printed
// with %b %08b %v %d %x; a Weekday enum with a skip and an unknown
// value; flags as map keys and in switch statements.
package main

import (
	"fmt"
	"strings"
)

//cell

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, f := range []struct {
		bit  Perm
		name string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}, {Admin, "A"}} {
		if p&f.bit != 0 {
			parts = append(parts, f.name)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = Thursday + 1 + iota - 5
)

var dayNames = map[Weekday]string{Sunday: "Sun", Monday: "Mon", Tuesday: "Tue", Thursday: "Thu", Friday: "Fri"}

func (d Weekday) String() string {
	if n, ok := dayNames[d]; ok {
		return n
	}
	return fmt.Sprintf("Weekday(%d)", int(d))
}

type Size uint64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

//cell

func main() {
	var p Perm
	fmt.Println(p, Read, Write, Exec, Admin)
	p |= Read | Exec
	fmt.Printf("%v %d %b %08b %x %#x %q\n", p, p, p, p, p, p, p)
	fmt.Println(p.Has(Read), p.Has(Read|Write), p&Write != 0, p&Read != 0)
	p &^= Read
	p ^= Admin | Write
	fmt.Printf("%v %08b\n", p, uint8(p))
	odd := Perm(0xFF)
	fmt.Println(odd, Perm(4), Perm(8))
	fmt.Printf("%s|%v|%+v|%#v|%T\n", odd, []Perm{Read, Write | Exec}, map[string]Perm{"a": Admin}, Read|Write, p)
	counts := map[Perm]int{}
	for _, q := range []Perm{Read, Read | Write, Read, Exec, Read | Write} {
		counts[q]++
	}
	fmt.Println(counts[Read], counts[Read|Write], counts[Admin], len(counts))
	for _, q := range []Perm{Read, Write, Read | Write, 0} {
		switch q {
		case Read:
			fmt.Print("R ")
		case Write, Exec:
			fmt.Print("W/X ")
		case Read | Write:
			fmt.Print("RW ")
		default:
			fmt.Print("? ")
		}
	}
	fmt.Println()
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Weekday(3), Weekday(-1))
	fmt.Printf("%d %d %v %s\n", Thursday, Friday, Friday, Weekday(2))
	fmt.Println(KB, MB, GB, GB/MB)
	fmt.Printf("%d %x %v\n", MB, GB, Size(3)*KB)
	var flags []string
	for bit := Read; bit <= Admin; bit <<= 1 {
		flags = append(flags, fmt.Sprintf("%v=%d", bit, bit))
	}
	fmt.Println(strings.Join(flags, ", "))
	var x any = Exec
	if s, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer", s.String())
	}
	switch v := x.(type) {
	case Perm:
		fmt.Println("perm", v|Read, uint8(v))
	}
}
