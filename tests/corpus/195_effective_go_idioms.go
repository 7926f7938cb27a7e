//go:build ignore

// Idioms that Effective Go teaches, in a notebook, with examples of our
// own: a Bits type with iota-made units and a String method, a Ranking
// type that sorts a copy of itself to print, a Task embedding *log.Logger
// and overriding Printf, a type switch over values, the *os.PathError
// check, a leaky free list, compile-time interface checks, the printing
// verbs, a parser whose panics of its own error type are recovered into
// errors, channels of channels, a slice filled in parallel, a FilterFunc
// adapter with decorators, and a shelf of pointers into a slice.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
)

// Bits measures data in bits; each unit is 1024 of the one before.
type Bits float64

const (
	Bit Bits = 1 << (10 * iota)
	Kibibit
	Mebibit
	Gibibit
	Tebibit
)

var bitUnits = []struct {
	size Bits
	name string
}{{Tebibit, "Tib"}, {Gibibit, "Gib"}, {Mebibit, "Mib"}, {Kibibit, "Kib"}}

func (b Bits) String() string {
	switch {
	case b < 0:
		return "-" + (-b).String()
	case b == 0:
		return "nothing"
	case b < Kibibit:
		return fmt.Sprintf("%g bit", float64(b))
	}
	for _, u := range bitUnits {
		if b >= u.size {
			return fmt.Sprintf("%.3g %s", float64(b/u.size), u.name)
		}
	}
	return "unreachable"
}

//cell

// Ranking holds scores; it prints them best first.
type Ranking []int

func (r Ranking) Len() int           { return len(r) }
func (r Ranking) Less(i, j int) bool { return r[i] > r[j] }
func (r Ranking) Swap(i, j int)      { r[i], r[j] = r[j], r[i] }

func (r Ranking) String() string {
	sorted := append(Ranking(nil), r...)
	sort.Sort(sorted)
	parts := make([]string, len(sorted))
	for i, s := range sorted {
		parts[i] = fmt.Sprint(s)
	}
	return strings.Join(parts, " > ")
}

var _ sort.Interface = Ranking{}
var _ fmt.Stringer = (*Ranking)(nil)

//cell

type Task struct {
	Name string
	*log.Logger
}

func NewTask(name string, l *log.Logger) *Task {
	return &Task{Name: name, Logger: l}
}

// Printf tags each line with the task's name.
func (t *Task) Printf(format string, args ...any) {
	t.Logger.Printf("[%s] %s", t.Name, fmt.Sprintf(format, args...))
}

//cell

func kinds(values ...any) {
	for _, v := range values {
		switch x := v.(type) {
		case nil:
			fmt.Println("nothing at all")
		case bool:
			fmt.Printf("flag %t\n", x)
		case int:
			fmt.Printf("count %d\n", x)
		case *string:
			fmt.Printf("pointer to text %q\n", *x)
		case *int:
			fmt.Printf("pointer to count %d\n", *x)
		case Bits:
			fmt.Printf("an amount of data: %v\n", x)
		case fmt.Stringer:
			fmt.Printf("prints as %s\n", x)
		default:
			fmt.Printf("a %T I do not handle\n", x)
		}
	}
}

// createIn creates dir/name, making dir when the first try finds it
// missing; it returns how many tries it took.
func createIn(dir, name string) (int, error) {
	path := filepath.Join(dir, name)
	for try := 1; try <= 2; try++ {
		f, err := os.Create(path)
		if err == nil {
			f.Close()
			return try, nil
		}
		if e, ok := err.(*os.PathError); ok && errors.Is(e.Err, fs.ErrNotExist) {
			fmt.Println("try", try, "of", e.Op, "found no", filepath.Base(dir))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return try, fmt.Errorf("making %s: %w", filepath.Base(dir), err)
			}
			continue
		}
		return try, err
	}
	return 2, errors.New("still failing")
}

//cell

type Scratch struct{ bytes []byte }

var spares = make(chan *Scratch, 2)

func borrow() (*Scratch, bool) {
	select {
	case s := <-spares:
		return s, true
	default:
		return &Scratch{}, false
	}
}

func giveBack(s *Scratch) bool {
	s.bytes = s.bytes[:0]
	select {
	case spares <- s:
		return true
	default:
		return false
	}
}

//cell

type Sample struct {
	id    int
	ratio float64
	note  string
}

type Tag string

func (t Tag) String() string {
	return "#" + strings.ToLower(string(t))
}

var dialCodes = map[string]int{
	"FR": 33,
	"JP": 81,
	"BR": 55,
	"NZ": 64,
}

func dialCode(country string) int {
	code, ok := dialCodes[country]
	if !ok {
		fmt.Fprintf(os.Stdout, "no dial code for %s\n", country)
	}
	return code
}

//cell

// SyntaxError is what the bracket parser panics with; recovering it
// turns it back into an error.
type SyntaxError string

func (e SyntaxError) Error() string { return "syntax: " + string(e) }

type brackets struct {
	source string
	tokens []string
}

func (b *brackets) fail(format string, args ...any) {
	panic(SyntaxError(fmt.Sprintf(format, args...)))
}

func (b *brackets) scan(s string) *brackets {
	var open []int
	for i, r := range s {
		switch r {
		case '[':
			open = append(open, i)
		case ']':
			if len(open) == 0 {
				b.fail("stray ] at column %d", i+1)
			}
			open = open[:len(open)-1]
		case '!':
			if i == 0 {
				var counts map[rune]int
				counts[r]++ // a runtime error, not a syntax error
			}
		}
		b.tokens = append(b.tokens, string(r))
	}
	if len(open) > 0 {
		b.fail("%d unclosed [", len(open))
	}
	b.source = s
	return b
}

// Parse turns the parser's SyntaxError panics into errors; any other
// panic goes on up.
func Parse(s string) (b *brackets, err error) {
	b = &brackets{}
	defer func() {
		if p := recover(); p != nil {
			b = nil
			err = p.(SyntaxError)
		}
	}()
	return b.scan(s), nil
}

func parseOrReport(s string) (b *brackets, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("crashed: %v", p)
		}
	}()
	return Parse(s)
}

//cell

type query struct {
	nums   []int
	reduce func([]int) int
	reply  chan int
}

func product(ns []int) int {
	p := 1
	for _, n := range ns {
		p *= n
	}
	return p
}

func serve(queries <-chan *query, wg *sync.WaitGroup) {
	defer wg.Done()
	for q := range queries {
		q.reply <- q.reduce(q.nums)
	}
}

type Series []float64

func (s Series) fillPart(lo, hi int, from Series, done chan<- bool) {
	for i := lo; i < hi; i++ {
		s[i] = 2*from[i] + 1
	}
	done <- true
}

func (s Series) fillAll(from Series, parts int) {
	done := make(chan bool, parts)
	for p := 0; p < parts; p++ {
		go s.fillPart(p*len(s)/parts, (p+1)*len(s)/parts, from, done)
	}
	for p := 0; p < parts; p++ {
		<-done
	}
}

//cell

type Filter interface {
	Apply(s string) string
}

type FilterFunc func(string) string

func (f FilterFunc) Apply(s string) string { return f(s) }

type Decorator func(Filter) Filter

func Compose(f Filter, ds ...Decorator) Filter {
	for i := len(ds) - 1; i >= 0; i-- {
		f = ds[i](f)
	}
	return f
}

func Bracket(open, close string) Decorator {
	return func(inner Filter) Filter {
		return FilterFunc(func(s string) string {
			return open + inner.Apply(s) + close
		})
	}
}

type reverse struct{}

func (reverse) Apply(s string) string {
	r := []rune(s)
	n := len(r)
	for i := 0; i < n/2; i++ {
		r[i], r[n-1-i] = r[n-1-i], r[i]
	}
	return string(r)
}

//cell

type Book struct {
	Title  string
	Copies int
}

type Shelf struct {
	books []Book
	byKey map[string]*Book
}

func (s *Shelf) Stock(title string, copies int) {
	s.books = append(s.books, Book{title, copies})
	s.byKey = nil
}

func (s *Shelf) index() {
	s.byKey = make(map[string]*Book, len(s.books))
	for i := range s.books {
		s.byKey[s.books[i].Title] = &s.books[i]
	}
}

var ErrAllLent = errors.New("all copies lent")

func (s *Shelf) Lend(title string, n int) error {
	if s.byKey == nil {
		s.index()
	}
	b, ok := s.byKey[title]
	if !ok {
		return fmt.Errorf("lend %q: not on this shelf", title)
	}
	if b.Copies < n {
		return fmt.Errorf("lend %d of %s: %w", n, title, ErrAllLent)
	}
	b.Copies -= n
	return nil
}

type Conversion func(float64) (float64, error)

var conversions = map[string]Conversion{
	"km->mi": func(km float64) (float64, error) { return km / 1.609344, nil },
	"1/x": func(x float64) (float64, error) {
		if x == 0 {
			return 0, errors.New("no reciprocal of zero")
		}
		return 1 / x, nil
	},
}

//cell

func main() {
	fmt.Println(Tebibit, Bits(3e9), Bits(1000), Kibibit*2.5, Bits(0), -Mebibit)
	fmt.Printf("%v %s %.0f\n", Gibibit, Mebibit*700, float64(Kibibit))
	fmt.Println([]Bits{64, 4096, 5 * Gibibit})

	scores := Ranking{40, 95, 12, 67}
	fmt.Println(scores, scores[0], len(scores))
	fmt.Printf("%v | %s | %d\n", scores, scores, []int(scores))
	pr := &scores
	fmt.Println(pr.String(), sort.IsSorted(scores))

	logger := log.New(os.Stdout, "task ", log.Lmsgprefix)
	task := NewTask("rotate-logs", logger)
	task.Println("begin")
	task.Printf("kept %d of %d files", 5, 9)
	task.SetPrefix("TASK> ")
	task.Print("now the prefix is ", task.Prefix())

	word := "kiwi"
	count := 8
	kinds(false, 7, &word, &count, 2.5, Kibibit, scores, nil, Tag("Go"))

	base, err := os.MkdirTemp("", "cells-idioms-")
	if err != nil {
		fmt.Println(err)
		return
	}
	tries, err := createIn(filepath.Join(base, "logs", "old"), "today.txt")
	fmt.Println("created after", tries, "tries:", err)
	tries, err = createIn(filepath.Join(base, "logs"), "again.txt")
	fmt.Println("created after", tries, "tries:", err)
	os.RemoveAll(base)
	_, err = os.Open("/no/such/notebook.txt")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}

	s1, recycled := borrow()
	s1.bytes = append(s1.bytes, "draft"...)
	fmt.Println(recycled, string(s1.bytes))
	fmt.Println(giveBack(s1), giveBack(&Scratch{}), giveBack(&Scratch{}))
	s2, recycled := borrow()
	fmt.Println(recycled, len(s2.bytes), s2 == s1)

	smp := &Sample{42, 0.125, "line\nbreak"}
	fmt.Printf("%v\n", smp)
	fmt.Printf("%+v\n", smp)
	fmt.Printf("%#v\n", smp)
	fmt.Printf("%#v\n", dialCodes["JP"])
	fmt.Printf("%T %T\n", smp, dialCodes)
	var tag Tag = "Gopher"
	fmt.Println(tag)
	fmt.Printf("%v %s %q %x\n", tag, tag, tag, tag)
	fmt.Println(dialCode("NZ"), dialCode("XX"))
	countries := make([]string, 0, len(dialCodes))
	for c := range dialCodes {
		countries = append(countries, c)
	}
	sort.Strings(countries)
	fmt.Println(strings.Join(countries, "/"))
	front := []string{"a", "b"}
	back := []string{"y", "z"}
	front = append(front, back...)
	fmt.Println(front)

	for _, s := range []string{"[a[b]]c", "a]b", "[[x", "!y"} {
		b, err := parseOrReport(s)
		if err != nil {
			fmt.Printf("%q: %v (%T)\n", s, err, err)
			continue
		}
		fmt.Printf("%q: %d tokens, nil=%v\n", s, len(b.tokens), b == nil)
	}

	queries := make(chan *query)
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go serve(queries, &wg)
	}
	// replies are buffered: a server never waits on a reply main reads later
	qs := []*query{
		{[]int{2, 3, 7}, product, make(chan int, 1)},
		{[]int{5, 5}, product, make(chan int, 1)},
		{[]int{9, 4, 6}, func(ns []int) int { return ns[0] - ns[1] - ns[2] }, make(chan int, 1)},
	}
	for _, q := range qs {
		go func() { queries <- q }()
	}
	for _, q := range qs {
		fmt.Printf("reply: %d\n", <-q.reply)
	}
	close(queries)
	wg.Wait()

	out := make(Series, 6)
	out.fillAll(Series{0, 0.5, 1, 1.5, 2, 2.5}, 3)
	fmt.Println(out)

	var f Filter = FilterFunc(func(s string) string { return s + "!" })
	fmt.Println(f.Apply("hey"))
	f = Compose(f, Bracket("<", ">"), Bracket("{", "}"))
	fmt.Println(f.Apply("hey"))
	fmt.Println(Compose(reverse{}, Bracket("|", "|")).Apply("abc"))
	filters := []Filter{reverse{}, FilterFunc(strings.ToUpper)}
	for _, x := range filters {
		fmt.Printf("%q ", x.Apply("noon go"))
	}
	fmt.Println()
	apply := FilterFunc.Apply
	fmt.Println(apply(FilterFunc(strings.TrimSpace), "  padded  "))
	rev := reverse{}.Apply
	fmt.Println(rev("stressed"))

	shelf := &Shelf{}
	shelf.Stock("Dune", 2)
	shelf.Stock("Emma", 1)
	fmt.Println(shelf.Lend("Dune", 1), shelf.Lend("Emma", 3), shelf.Lend("Ulysses", 1))
	err = shelf.Lend("Emma", 2)
	fmt.Println(errors.Is(err, ErrAllLent), shelf.books)
	for i := range shelf.books {
		shelf.books[i].Copies *= 4
	}
	fmt.Println(shelf.books, *shelf.byKey["Dune"])
	shelf.Stock("Ulysses", 3)
	fmt.Println(shelf.Lend("Ulysses", 3), shelf.books)
	row := [3]Book{{"Beloved", 2}}
	dup := row
	dup[0].Copies = 0
	fmt.Println(row[0], dup[0], row == dup, row[2] == Book{})
	most := append([]Book(nil), shelf.books...)
	sort.SliceStable(most, func(i, j int) bool { return most[i].Copies > most[j].Copies })
	fmt.Println(most)
	for _, k := range []string{"km->mi", "1/x"} {
		v, err := conversions[k](0)
		fmt.Println(k, v, err)
	}
	if c, ok := conversions["mi->km"]; !ok {
		fmt.Println("no mi->km", c == nil)
	}
}
