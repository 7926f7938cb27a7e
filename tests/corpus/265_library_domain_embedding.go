//go:build ignore

// A lending library's domain model built from embedded structs: an Entity
// base with IDs and audit fields, items embedding it by value and by
// pointer, methods promoted through two levels and shadowed by the outer
// type, interfaces satisfied through promotion, and a catalog that
// groups items by kind in a map of slices of an interface.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Entity struct {
	ID      int
	Created string
	Notes   []string
}

func (e *Entity) Note(format string, args ...any) {
	e.Notes = append(e.Notes, fmt.Sprintf(format, args...))
}

func (e Entity) Key() string { return fmt.Sprintf("E%04d", e.ID) }

type Loanable struct {
	Entity
	Title    string
	OnLoanTo string
	Loans    int
}

func (l *Loanable) Lend(who string) error {
	if l.OnLoanTo != "" {
		return fmt.Errorf("%s: already lent to %s", l.Title, l.OnLoanTo)
	}
	l.OnLoanTo = who
	l.Loans++
	l.Note("lent to %s", who)
	return nil
}

func (l *Loanable) Return() {
	l.Note("returned by %s", l.OnLoanTo)
	l.OnLoanTo = ""
}

func (l Loanable) Describe() string { return l.Title }

//cell

type Book struct {
	Loanable
	Author string
	Pages  int
}

// Describe shadows Loanable's.
func (b Book) Describe() string { return fmt.Sprintf("%q by %s", b.Title, b.Author) }

type DVD struct {
	*Loanable
	Minutes int
}

type Magazine struct {
	Loanable
	Issue int
}

func (m Magazine) Key() string { return fmt.Sprintf("M%d-%d", m.ID, m.Issue) }

func (m *Magazine) Lend(who string) error {
	if m.Issue < 10 {
		return errors.New("back issues stay in the library")
	}
	return m.Loanable.Lend(who)
}

type Item interface {
	Key() string
	Describe() string
	Lend(who string) error
	Return()
}

//cell

var catalog = []Item{
	&Book{Loanable{Entity{1, "2024-01-01", nil}, "Dune", "", 0}, "Herbert", 612},
	DVD{&Loanable{Entity: Entity{ID: 2, Created: "2024-01-02"}, Title: "Alien"}, 117},
	&Magazine{Loanable{Entity: Entity{ID: 3}, Title: "Byte"}, 4},
	&Magazine{Loanable{Entity: Entity{ID: 4}, Title: "Byte"}, 12},
	&Book{Loanable: Loanable{Entity: Entity{ID: 5}, Title: "Emma"}, Author: "Austen", Pages: 474},
}

func kind(it Item) string {
	switch it.(type) {
	case *Book:
		return "book"
	case DVD:
		return "dvd"
	case *Magazine:
		return "magazine"
	}
	return "?"
}

func init() {
	for _, it := range catalog {
		fmt.Printf("%-8s %-8s %s\n", kind(it), it.Key(), it.Describe())
	}
}

//cell

func main() {
	plan := []struct {
		i   int
		who string
	}{{0, "ann"}, {1, "ben"}, {0, "cat"}, {2, "dan"}, {3, "eve"}, {4, "ann"}}
	for _, p := range plan {
		if err := catalog[p.i].Lend(p.who); err != nil {
			fmt.Println("refused:", err)
		}
	}
	catalog[0].Return()
	catalog[0].Lend("cat")

	byKind := map[string][]Item{}
	for _, it := range catalog {
		byKind[kind(it)] = append(byKind[kind(it)], it)
	}
	kinds := []string{"book", "dvd", "magazine"}
	for _, k := range kinds {
		var keys []string
		for _, it := range byKind[k] {
			keys = append(keys, it.Key())
		}
		fmt.Println(k, len(byKind[k]), strings.Join(keys, ","))
	}

	b := catalog[0].(*Book)
	fmt.Println(b.ID, b.Entity.ID, b.Loanable.Entity.Key(), b.Loans, b.OnLoanTo, b.Notes)
	fmt.Println(b.Loanable.Describe(), "|", b.Describe())
	d := catalog[1].(DVD)
	fmt.Println(d.Title, d.OnLoanTo, d.Loans, d.Key(), d.Notes)
	m := catalog[3].(*Magazine)
	fmt.Println(m.Key(), m.Entity.Key(), m.Loanable.Key(), m.OnLoanTo)

	books := []*Book{catalog[0].(*Book), catalog[4].(*Book)}
	slices.SortFunc(books, func(x, y *Book) int { return cmp.Compare(x.Pages, y.Pages) })
	for _, bk := range books {
		fmt.Printf("%s %d pages, loans=%d\n", bk.Describe(), bk.Pages, bk.Loans)
	}
	var noter interface{ Note(string, ...any) } = &b.Entity
	noter.Note("audited %d", 2024)
	fmt.Println(len(b.Notes), b.Notes[len(b.Notes)-1])
	fmt.Printf("%+v\n", *m)
}
