//go:build ignore

// A notebook whose printing helpers come first and whose String and
// Error methods come in later cells, as a user adds them once the
// output looks raw: a ledger's Report method and a show function
// printing Money and Acct values, a linked list and a temperature type
// printed through slices and pointers, and an error type whose Error
// comes after the types; fmt calls the methods declared later.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money int64

type Acct struct {
	Who string
	Bal Money
}

type Ledger struct{ accts []Acct }

func (l *Ledger) Report() string {
	var sb strings.Builder
	for _, a := range l.accts {
		fmt.Fprintf(&sb, "%v;", a)
	}
	return sb.String()
}

func show(a Acct) { fmt.Printf("%v %+v %s\n", a, a, a.Who) }

type NotFound struct{ Key string }

type Temp float64

type Node struct {
	Val  int
	Next *Node
}

func list() *Node { return &Node{1, &Node{2, nil}} }

func dump() {
	fmt.Println(list(), Temp(21.5), []Temp{1, 2})
	fmt.Printf("%v|%s|%d|%+v\n", list(), []*Node{list()}, Temp(3), map[string]Temp{"x": -4})
}

//cell

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

//cell

func (a Acct) String() string { return a.Who + ":" + a.Bal.String() }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func find(k string) error {
	if k == "" {
		return nil
	}
	return &NotFound{k}
}

//cell

func (n *Node) String() string {
	if n == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", n.Val, n.Next)
}

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

//cell

func main() {
	l := &Ledger{[]Acct{{"ann", 1050}, {"bo", 7}}}
	fmt.Println(l.Report())
	show(l.accts[0])
	fmt.Println(l.accts, Money(99))
	err := find("x")
	fmt.Println(err, find(""))
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	dump()
	fmt.Printf("%v %s\n", errors.Join(find("a"), find("b")), fmt.Errorf("wrap: %w", find("c")))
}
