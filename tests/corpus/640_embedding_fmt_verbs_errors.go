//go:build ignore

// Embedded structs with promoted methods, a pointer embedded, time.Time
// embedded; a Stringer float type in structs, maps and verbs; error chains
// with Join, As to interfaces, and a strings.Builder as the writer.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

func (b *Base) SetID(id int) { b.ID = id }

func (b Base) Describe() string { return "base " + b.String() }

type User struct {
	Base
	Name string
}

type Admin struct {
	*User
	Level int
}

func (a Admin) Describe() string { return "admin " + a.Name + " / " + a.User.Describe() }

type Stamped struct {
	time.Time
	Note string
}

func step1() {
	u := User{Base{1}, "ann"}
	u.SetID(7)
	fmt.Println(u, u.ID, u.Describe())
	fmt.Printf("%v|%+v|%s|%d\n", u, u, u, u.Base.ID)
	ad := Admin{&u, 3}
	ad.SetID(9)
	fmt.Println(ad.Describe(), u.ID, ad.ID)
	fmt.Printf("%v %s\n", ad.Level, ad.User)
	st := Stamped{time.Date(2023, 5, 6, 7, 8, 9, 0, time.UTC), "n"}
	fmt.Println(st)
	fmt.Printf("%v|%+v|%s\n", st, st, []Stamped{st})
}

//cell

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Reading struct {
	Where string
	T     Temp
	Prev  *Temp
}

func step2() {
	t0 := Temp(21.456)
	rs := []Reading{{"lab", 20, nil}, {"roof", -3.25, &t0}}
	fmt.Println(rs[0], t0, []Temp{1, 2.5})
	fmt.Printf("%v %+v\n", rs[0], rs[0])
	fmt.Printf("%.2f %5.1f %v %g %s\n", t0, t0, *rs[1].Prev, t0, t0)
	m := map[Temp]string{3: "c", -1: "a", 1.5: "b"}
	fmt.Println(m)
	fmt.Printf("%x %X %q %c %U %08.3f %+d %o %b\n", "hi", []byte("hi"), 'x', 0x263A, 0x263A, 3.14159, 5, 8, 5)
	fmt.Printf("%5s|%-5s|%.2s|%5.1q|%t|%v|%p\n", "ab", "ab", "abc", "abc", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, []int(nil), map[string]int(nil), error(nil)))
}

//cell

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e *netErr) Error() string { return e.msg }

func (e *netErr) Temporary() bool { return true }

func step3() {
	e1 := NotFound{"k1"}
	e2 := fmt.Errorf("lookup: %w", e1)
	e3 := errors.Join(e2, &netErr{"timeout"}, nil)
	fmt.Println(e3)
	fmt.Printf("%v|%q\n", e2, e2)
	var nf NotFound
	fmt.Println(errors.As(e3, &nf), nf.Key, errors.Is(e3, NotFound{"k1"}), errors.Is(e3, NotFound{"k2"}))
	var tmp Temporary
	fmt.Println(errors.As(e3, &tmp), tmp != nil && tmp.Temporary())
	wrapped := fmt.Errorf("a: %w, b: %w", e1, &netErr{"x"})
	fmt.Println(wrapped, errors.Unwrap(wrapped) == nil)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%v;%v", e1, []error{e1, e2})
	fmt.Println(sb.String(), sb.Len())
}

//cell

func main() {
	step1()
	step2()
	step3()
}
