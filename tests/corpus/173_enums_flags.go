//go:build ignore

// Enumerations with iota and String via an array, permission bit flags
// with shifts and masks, a switch without a condition, and fallthrough:
// a small access-control notebook.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
	numLevels
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

func (l Level) String() string {
	if l < 0 || l >= numLevels {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 1 << 7
)

//cell

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range []string{"r", "w", "x"} {
		if p&(1<<i) != 0 {
			parts = append(parts, name)
		}
	}
	if p&Admin != 0 {
		parts = append(parts, "ADMIN")
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%02x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Config struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
	Perms []Perm `json:"perms"`
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

//cell

func classify(d Weekday) string {
	switch {
	case d == Saturday || d == Sunday:
		return "weekend"
	case d == Friday:
		return "almost"
	default:
		return "work"
	}
}

func privileges(l Level) []string {
	var out []string
	switch l {
	case Error:
		out = append(out, "page")
		fallthrough
	case Warn:
		out = append(out, "email")
		fallthrough
	case Info:
		out = append(out, "log")
	case Debug:
		out = append(out, "discard")
	default:
		out = append(out, "?")
	}
	return out
}

//cell

func main() {
	for l := Debug; l <= numLevels; l++ {
		fmt.Printf("%d %-6v %q %v\n", l, l, l, privileges(l))
	}
	fmt.Println(Level(-1), []Level{Warn, Info}, map[Level]int{Error: 2, Debug: 1})
	fmt.Printf("%v %d %s %x\n", Warn, Warn, Error, Info)

	var p Perm
	fmt.Println(p, Read, Write, Exec, Admin)
	p |= Read | Write
	fmt.Printf("%v %08b %d %t %t\n", p, p, p, p.Has(Write), p.Has(Read|Exec))
	p ^= Write | Exec
	fmt.Printf("%v %08b\n", p, uint8(p))
	p = p<<1 | Admin
	fmt.Printf("%v %08b %#x %o\n", p, uint8(p), uint8(p), p)
	p &^= Admin
	fmt.Println(p, p>>1, ^p, Perm(0xff))

	users := []struct {
		Name string
		P    Perm
	}{{"root", Read | Write | Exec | Admin}, {"guest", Read}, {"dev", Read | Write | Exec}}
	for _, u := range users {
		fmt.Printf("%-6s %-12v admin=%-5t %3d\n", u.Name, u.P, u.P.Has(Admin), u.P)
	}
	fmt.Printf("%v\n%+v\n", users[1], users)

	var cfg Config
	err := json.Unmarshal([]byte(`{"name":"api","level":"warn","perms":[3,128]}`), &cfg)
	fmt.Println(err, cfg.Name, cfg.Level, cfg.Perms)
	fmt.Println(json.Unmarshal([]byte(`{"level":"loud"}`), &cfg), cfg.Level)
	out, err := json.Marshal(cfg)
	fmt.Println(string(out), err)

	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, ":", classify(d), " ")
	}
	fmt.Println()
	var mask uint16
	for _, bit := range []uint{0, 3, 5, 15} {
		mask |= 1 << bit
	}
	fmt.Printf("%016b %d %d\n", mask, mask, mask>>3&1)
	var count int
	for m := mask; m != 0; m &= m - 1 {
		count++
	}
	fmt.Println("bits set:", count)
}
