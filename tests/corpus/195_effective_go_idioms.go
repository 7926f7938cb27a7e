//go:build ignore

// Effective Go's examples, in a notebook: ByteSize constants with iota
// and a String method, a Sequence type that sorts itself and prints
// sorted, a Job embedding *log.Logger, a type switch over values, the
// os.PathError idiom, a leaky buffer, the interface checks Effective Go
// recommends, its printing examples, the regexp parser's panic and
// recover with an Error type, channels of channels, a vector computed
// in parallel, a HandlerFunc adapter with middleware, and an inventory of
// pointers into a slice.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"sort"
	"strings"
	"sync"
)

type ByteSize float64

const (
	_           = iota // ignore first value by assigning to blank identifier
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= ZB:
		return fmt.Sprintf("%.2fZB", b/ZB)
	case b >= EB:
		return fmt.Sprintf("%.2fEB", b/EB)
	case b >= PB:
		return fmt.Sprintf("%.2fPB", b/PB)
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

//cell

type Sequence []int

// Methods required by sort.Interface.
func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// Copy returns a copy of the Sequence.
func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

// String sorts a copy before printing it.
func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

var _ sort.Interface = Sequence(nil)
var _ fmt.Stringer = (*Sequence)(nil)

//cell

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, logger *log.Logger) *Job {
	return &Job{command, logger}
}

func (job *Job) Printf(format string, args ...any) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

//cell

func describe(values ...any) {
	for _, v := range values {
		switch t := v.(type) {
		default:
			fmt.Printf("unexpected type %T\n", t)
		case bool:
			fmt.Printf("boolean %t\n", t)
		case int:
			fmt.Printf("integer %d\n", t)
		case *bool:
			fmt.Printf("pointer to boolean %t\n", *t)
		case *int:
			fmt.Printf("pointer to integer %d\n", *t)
		case ByteSize:
			fmt.Printf("a size of %v\n", t)
		case fmt.Stringer:
			fmt.Printf("a Stringer: %s\n", t)
		case nil:
			fmt.Println("nil")
		}
	}
}

func open(name string) error {
	for try := 0; try < 2; try++ {
		file, err := os.Create(name)
		if err == nil {
			file.Close()
			return nil
		}
		if e, ok := err.(*os.PathError); ok && errors.Is(e.Err, fs.ErrNotExist) {
			fmt.Println("attempt", try, "op", e.Op, "missing directory")
			continue
		}
		return err
	}
	return fmt.Errorf("giving up on %s", strings.TrimPrefix(name, os.TempDir()))
}

//cell

type Buffer struct{ data []byte }

var freeList = make(chan *Buffer, 2)

func getBuffer() (*Buffer, bool) {
	select {
	case b := <-freeList:
		return b, true
	default:
		return new(Buffer), false
	}
}

func putBuffer(b *Buffer) bool {
	b.data = b.data[:0]
	select {
	case freeList <- b:
		return true
	default:
		return false
	}
}

//cell

type T struct {
	a int
	b float64
	c string
}

type MyString string

func (m MyString) String() string {
	return fmt.Sprintf("MyString=%s", string(m))
}

var timeZone = map[string]int{
	"UTC": 0 * 60 * 60,
	"EST": -5 * 60 * 60,
	"CST": -6 * 60 * 60,
	"MST": -7 * 60 * 60,
	"PST": -8 * 60 * 60,
}

func offset(tz string) int {
	if seconds, ok := timeZone[tz]; ok {
		return seconds
	}
	fmt.Fprintln(os.Stdout, "unknown time zone:", tz)
	return 0
}

//cell

// Error is the type of a parse error; it satisfies the error interface.
type Error string

func (e Error) Error() string { return string(e) }

type Regexp struct {
	expr string
	ops  []string
}

func (regexp *Regexp) error(err string) {
	panic(Error(err))
}

func (regexp *Regexp) doParse(str string) *Regexp {
	depth := 0
	for i, r := range str {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				regexp.error(fmt.Sprintf("unexpected ) at %d", i))
			}
		case '*':
			if i == 0 {
				var m map[string]int
				m["boom"] = 1 // a runtime error: not a parse error
			}
		}
		regexp.ops = append(regexp.ops, string(r))
	}
	if depth != 0 {
		regexp.error("missing )")
	}
	regexp.expr = str
	return regexp
}

// Compile returns a parsed representation of the regular expression.
func Compile(str string) (regexp *Regexp, err error) {
	regexp = new(Regexp)
	defer func() {
		if e := recover(); e != nil {
			regexp = nil    // Clear return value.
			err = e.(Error) // Will re-panic if not a parse error.
		}
	}()
	return regexp.doParse(str), nil
}

func safeCompile(str string) (re *Regexp, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("not a parse error: %v", e)
		}
	}()
	return Compile(str)
}

//cell

type Request struct {
	args       []int
	f          func([]int) int
	resultChan chan int
}

func sum(a []int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func handle(queue chan *Request, wg *sync.WaitGroup) {
	defer wg.Done()
	for req := range queue {
		req.resultChan <- req.f(req.args)
	}
}

type Vector []float64

func (v Vector) Op(x float64) float64 { return x * x }

func (v Vector) DoSome(i, n int, u Vector, c chan int) {
	for ; i < n; i++ {
		v[i] += u.Op(u[i])
	}
	c <- 1
}

func (v Vector) DoAll(u Vector, numCPU int) {
	c := make(chan int, numCPU)
	for i := 0; i < numCPU; i++ {
		go v.DoSome(i*len(v)/numCPU, (i+1)*len(v)/numCPU, u, c)
	}
	for i := 0; i < numCPU; i++ {
		<-c
	}
}

//cell

type Handler interface {
	Serve(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(req string) string { return f(req) }

type Middleware func(Handler) Handler

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(req string) string {
			return prefix + "(" + next.Serve(req) + ")"
		})
	}
}

type upper struct{}

func (upper) Serve(req string) string { return strings.ToUpper(req) }

//cell

type Item struct {
	Name string
	Qty  int
}

type Inventory struct {
	items []Item
	index map[string]*Item
}

func (inv *Inventory) Add(name string, qty int) {
	inv.items = append(inv.items, Item{name, qty})
	inv.index = nil
}

func (inv *Inventory) reindex() {
	inv.index = map[string]*Item{}
	for i := range inv.items {
		inv.index[inv.items[i].Name] = &inv.items[i]
	}
}

var ErrNoStock = errors.New("no stock")

func (inv *Inventory) Take(name string, n int) error {
	if inv.index == nil {
		inv.reindex()
	}
	it, ok := inv.index[name]
	if !ok {
		return fmt.Errorf("take %q: unknown item", name)
	}
	if it.Qty < n {
		return fmt.Errorf("take %d %s: %w", n, name, ErrNoStock)
	}
	it.Qty -= n
	return nil
}

type Op func(float64, float64) (float64, error)

var ops = map[string]Op{
	"+": func(a, b float64) (float64, error) { return a + b, nil },
	"/": func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	},
}

//cell

func main() {
	fmt.Println(YB, ByteSize(1e13), ByteSize(1023), KB*1.5)
	fmt.Printf("%v %s %.1f\n", MB, GB*3, float64(KB))
	sizes := []ByteSize{512, 2048, 3 * MB}
	fmt.Println(sizes)

	seq := Sequence{5, 2, 9, 1}
	fmt.Println(seq, seq[0], len(seq))
	fmt.Printf("%v %s %d\n", seq, seq, []int(seq))
	ps := &seq
	fmt.Println(ps.String(), sort.IsSorted(seq))

	logger := log.New(os.Stdout, "job: ", log.Lmsgprefix)
	job := NewJob("backup", logger)
	job.Println("starting")
	job.Printf("copied %d files", 12)
	job.SetPrefix("JOB ")
	job.Print("prefix changed to ", job.Prefix())

	b := true
	n := 3
	describe(true, 42, &b, &n, 1.5, KB, seq, nil, "s")

	fmt.Println(open(os.TempDir() + "/no-such-dir-for-cells/x"))
	err := open(os.TempDir() + "/effective-go-cell-test")
	fmt.Println(err)
	os.Remove(os.TempDir() + "/effective-go-cell-test")
	_, err = os.Open("/nonexistent/file")
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}

	b1, reused := getBuffer()
	b1.data = append(b1.data, "hello"...)
	fmt.Println(reused, string(b1.data))
	fmt.Println(putBuffer(b1), putBuffer(new(Buffer)), putBuffer(new(Buffer)))
	b2, reused := getBuffer()
	fmt.Println(reused, len(b2.data), b2 == b1)

	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	fmt.Printf("%#v\n", timeZone["PST"])
	fmt.Printf("%T %T\n", t, timeZone)
	var ms MyString = "hi"
	fmt.Println(ms)
	fmt.Printf("%v %s %q %x\n", ms, ms, ms, ms)
	fmt.Println(offset("EST"), offset("XYZ"))
	zones := make([]string, 0, len(timeZone))
	for z := range timeZone {
		zones = append(zones, z)
	}
	sort.Strings(zones)
	fmt.Println(strings.Join(zones, ","))
	x := []int{1, 2, 3}
	y := []int{4, 5, 6}
	x = append(x, y...)
	fmt.Println(x)

	for _, s := range []string{"a(b)c", "a)b", "(ab", "*x"} {
		re, err := safeCompile(s)
		if err != nil {
			fmt.Printf("%q: error %v (%T)\n", s, err, err)
			continue
		}
		fmt.Printf("%q: ok %d ops, nil=%v\n", s, len(re.ops), re == nil)
	}

	queue := make(chan *Request)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go handle(queue, &wg)
	}
	reqs := []*Request{
		{[]int{3, 4, 5}, sum, make(chan int)},
		{[]int{10, 20}, sum, make(chan int)},
		{[]int{1, 2}, func(a []int) int { return a[0] * a[1] }, make(chan int)},
	}
	for _, r := range reqs {
		go func() { queue <- r }()
	}
	for _, r := range reqs {
		fmt.Printf("answer: %d\n", <-r.resultChan)
	}
	close(queue)
	wg.Wait()

	v := make(Vector, 8)
	u := Vector{1, 2, 3, 4, 5, 6, 7, 8}
	v.DoAll(u, 4)
	fmt.Println(v)

	var h Handler = HandlerFunc(func(r string) string { return "hello " + r })
	fmt.Println(h.Serve("bob"))
	h = Chain(h, Logging("A"), Logging("B"))
	fmt.Println(h.Serve("ann"))
	fmt.Println(Chain(upper{}, Logging("L")).Serve("x"))
	hs := []Handler{upper{}, HandlerFunc(strings.TrimSpace)}
	for _, x := range hs {
		fmt.Printf("%q ", x.Serve(" go "))
	}
	fmt.Println()
	f := HandlerFunc.Serve
	fmt.Println(f(HandlerFunc(strings.ToLower), "MiXeD"))
	m := upper{}.Serve
	fmt.Println(m("method value"))

	inv := &Inventory{}
	inv.Add("pen", 3)
	inv.Add("cup", 1)
	fmt.Println(inv.Take("pen", 2), inv.Take("cup", 2), inv.Take("ink", 1))
	err = inv.Take("cup", 5)
	fmt.Println(errors.Is(err, ErrNoStock), inv.items)
	for i := range inv.items {
		inv.items[i].Qty += 10
	}
	fmt.Println(inv.items, *inv.index["pen"])
	inv.Add("ink", 7)
	fmt.Println(inv.Take("ink", 7), inv.items)
	arr := [3]Item{{"a", 1}}
	cp := arr
	cp[0].Qty = 99
	fmt.Println(arr[0], cp[0], arr == cp, arr[1] == Item{})
	byQty := append([]Item(nil), inv.items...)
	sort.Slice(byQty, func(i, j int) bool { return byQty[i].Qty > byQty[j].Qty })
	fmt.Println(byQty)
	for _, k := range []string{"+", "/"} {
		v, err := ops[k](6, 0)
		fmt.Println(k, v, err)
	}
	if op, ok := ops["*"]; !ok {
		fmt.Println("no *", op == nil)
	}
}
