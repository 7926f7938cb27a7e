//go:build ignore

// A walk through Go by Example topics in one notebook: closures
// (intSeq), recursion, struct embedding, generics (SlicesIndex,
// List[T]), errors with sentinel and custom types and errors.As,
// goroutines with channel synchronization, direction-typed channels,
// non-blocking select, timers replaced by closed channels, worker pools
// with results gathered in order, atomic counters, sorting by functions,
// panic and recover, string formatting, text/template, string functions,
// number parsing, sha256, base64, and a line filter over a
// bufio.Scanner.
package main

import (
	"bufio"
	"cmp"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/template"
)

//cell

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

type base struct{ num int }

func (b base) describe() string { return fmt.Sprintf("base with num=%v", b.num) }

type container struct {
	base
	str string
}

type describer interface{ describe() string }

func SlicesIndex[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

type List[T any] struct {
	head, tail *element[T]
}

type element[T any] struct {
	next *element[T]
	val  T
}

func (lst *List[T]) Push(v T) {
	if lst.tail == nil {
		lst.head = &element[T]{val: v}
		lst.tail = lst.head
	} else {
		lst.tail.next = &element[T]{val: v}
		lst.tail = lst.tail.next
	}
}

func (lst *List[T]) AllElements() []T {
	var elems []T
	for e := lst.head; e != nil; e = e.next {
		elems = append(elems, e.val)
	}
	return elems
}

//cell

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }
func (e *argError) Code() int     { return e.arg }

type coded interface {
	error
	Code() int
}

func check(arg int) error {
	var c coded
	if arg == 42 {
		c = &argError{arg, "can't work with it"}
	}
	return c
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg
}

func worker(id int, jobs <-chan int, results chan<- [2]int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- [2]int{j, j * 2 * id / id}
	}
}

//cell

func mayPanic() { panic("a problem") }

func safely() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("Recovered. Error:\n ", r)
		}
	}()
	mayPanic()
	return "After mayPanic()"
}

type point struct{ x, y int }

var tmpl = template.Must(template.New("t").Parse(
	"{{range .}}{{if .Done}}[x]{{else}}[ ]{{end}} {{.Name | printf \"%-6s\"}} {{len .Tags}}\n{{end}}"))

type task struct {
	Name string
	Done bool
	Tags []string
}

//cell

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt(), nextInt(), nextInt(), intSeq()())
	fmt.Println(fact(7))
	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))

	co := container{base: base{num: 1}, str: "some name"}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	var d describer = co
	fmt.Println("describer:", d.describe())

	s := []string{"foo", "bar", "zoo"}
	fmt.Println("index of zoo:", SlicesIndex(s, "zoo"), SlicesIndex[[]string, string](s, "x"))
	lst := List[int]{}
	lst.Push(10)
	lst.Push(13)
	lst.Push(23)
	fmt.Println("list:", lst.AllElements())

	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}
	var cd coded = &argError{7, "lucky"}
	var plain error = cd
	var back *argError
	fmt.Println(errors.As(plain, &back), back.arg, plain, check(1) == nil, check(42))
	if _, ok := check(42).(*argError); ok {
		fmt.Println("check(42) is an *argError")
	}

	pings, pongs := make(chan string, 1), make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	messages := make(chan string)
	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	timer := make(chan struct{})
	close(timer)
	select {
	case <-messages:
	case <-timer:
		fmt.Println("timeout 1")
	}

	jobs, results := make(chan int, 10), make(chan [2]int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var got [][2]int
	for r := range results {
		got = append(got, r)
	}
	slices.SortFunc(got, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	fmt.Println(got)

	var ops atomic.Uint64
	for range 50 {
		wg.Add(1)
		go func() {
			for range 1000 {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	fruits := []string{"peach", "banana", "kiwi"}
	slices.SortFunc(fruits, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(fruits)
	fmt.Println(safely())

	p := point{1, 2}
	fmt.Printf("struct1: %v\nstruct2: %+v\nstruct3: %#v\ntype: %T\n", p, p, p, p)
	fmt.Printf("bool: %t int: %d bin: %b char: %c hex: %x\n", true, 123, 14, 33, 456)
	fmt.Printf("float: %f %e %E\n", 78.9, 123400000.0, 123400000.0)
	fmt.Printf("str: %s %q %x ptr-ok: %t\n", "\"string\"", "\"string\"", "hex this", &p != nil)
	fmt.Printf("|%6d|%6d|\n|%6.2f|%6.2f|\n|%-6.2f|%-6.2f|\n|%6s|%-6s|\n", 12, 345, 1.2, 3.45, 1.2, 3.45, "foo", "b")
	fmt.Fprintf(os.Stdout, "io: %s\n", "to stdout")

	tmpl.Execute(os.Stdout, []task{{"write", true, []string{"a"}}, {"test", false, nil}})

	fmt.Println(strings.Contains("test", "es"), strings.Count("test", "t"), strings.HasPrefix("test", "te"),
		strings.Index("test", "e"), strings.Join([]string{"a", "b"}, "-"), strings.Repeat("a", 5),
		strings.Replace("foo", "o", "0", -1), strings.Split("a-b-c-d-e", "-"), strings.ToUpper("test"))
	fl, _ := strconv.ParseFloat("1.234", 64)
	i, _ := strconv.ParseInt("123", 0, 64)
	hx, _ := strconv.ParseInt("0x1c8", 0, 64)
	u, _ := strconv.ParseUint("789", 0, 64)
	k, _ := strconv.Atoi("135")
	_, e := strconv.Atoi("wat")
	fmt.Println(fl, i, hx, u, k, e)
	parsed := map[string]int{}
	failed := map[string]bool{}
	for _, in := range []string{"7", "0x10", "eight", "-3"} {
		var err error
		parsed[in], err = strconv.Atoi(in)
		failed[in] = err != nil
	}
	fmt.Println(parsed, failed)

	h := sha256.New()
	h.Write([]byte("sha256 this string"))
	fmt.Printf("%x\n", h.Sum(nil))
	data := "abc123!?$*&()'-=@~"
	sEnc := base64.StdEncoding.EncodeToString([]byte(data))
	uEnc := base64.URLEncoding.EncodeToString([]byte(data))
	sDec, _ := base64.StdEncoding.DecodeString(sEnc)
	fmt.Println(sEnc, uEnc, string(sDec) == data)

	scanner := bufio.NewScanner(strings.NewReader("hello\nfilter\nlines\n"))
	for scanner.Scan() {
		fmt.Println(strings.ToUpper(scanner.Text()))
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}
}
