//go:build ignore

// Effective Go idioms: init functions, ByteSize constants from iota with
// a String method, a Sequence type that sorts a copy in its String,
// embedding of interfaces and structs (ReadWriter, a Job with an
// embedded *log.Logger), interface checks with the blank identifier, a
// type switch, variadic Min, multiple assignment, new vs make, and the
// comma-ok idioms.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"sort"
	"strings"
)

//cell

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
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

var registry []string

func init() {
	registry = append(registry, "first init")
}

//cell

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

var _ sort.Interface = Sequence(nil)
var _ fmt.Stringer = (*Sequence)(nil)

func init() {
	registry = append(registry, "second init")
}

//cell

type Job struct {
	Command string
	*log.Logger
}

func NewJob(command string, w io.Writer) *Job {
	return &Job{command, log.New(w, "Job: ", 0)}
}

func (job *Job) Printf(format string, args ...any) {
	job.Logger.Printf("%q: %s", job.Command, fmt.Sprintf(format, args...))
}

type upper struct{ io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.Writer.Write(bytes.ToUpper(p))
}

func Min(a int, rest ...int) int {
	m := a
	for _, r := range rest {
		if r < m {
			m = r
		}
	}
	return m
}

func describe(v any) string {
	switch t := v.(type) {
	case nil:
		return "nil"
	case bool:
		return fmt.Sprintf("boolean %t", t)
	case int, int64:
		return fmt.Sprintf("integer %v", t)
	case *bool:
		return fmt.Sprintf("pointer to boolean %t", *t)
	case fmt.Stringer:
		return "stringer " + t.String()
	case error:
		return "error " + t.Error()
	default:
		return fmt.Sprintf("unexpected type %T", t)
	}
}

//cell

func main() {
	fmt.Println(registry)
	fmt.Println(KB, MB, GB, TB, ByteSize(1e13), ByteSize(512), ByteSize(1536))
	fmt.Printf("%v %.0f %s\n", GB*3, KB, []ByteSize{MB / 2, 2 * TB})

	s := Sequence{5, 2, 9, 1}
	fmt.Println(s, []int(s), s.Len())
	sort.Sort(sort.Reverse(s))
	fmt.Println([]int(s))

	var buf bytes.Buffer
	job := NewJob("make all", &buf)
	job.Printf("running %d targets", 3)
	job.Println("plain line")
	fmt.Print(buf.String())

	var rw io.ReadWriter = &bytes.Buffer{}
	fmt.Fprintf(rw, "embedded %s\n", "interfaces")
	br := bufio.NewReader(rw)
	line, _ := br.ReadString('\n')
	fmt.Print(line)
	u := upper{os.Stdout}
	fmt.Fprintln(u, "shouted through an embedded writer")
	w := bufio.NewWriter(upper{os.Stdout})
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.Flush()

	fmt.Println(Min(7), Min(7, 3, 9, -2), Min(1, []int{0, -5}...))
	b := true
	for _, v := range []any{nil, false, 7, int64(8), &b, s, errors.New("e"), 2.5, KB} {
		fmt.Println(describe(v))
	}

	p := new(Sequence)
	*p = append(*p, 3)
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1, 2)
	fmt.Println(*p, len(m["a"]), m["b"] == nil)

	timeZone := map[string]int{"UTC": 0, "EST": -5 * 60 * 60}
	if seconds, ok := timeZone["EST"]; ok {
		fmt.Println("EST offset", seconds)
	}
	_, present := timeZone["PDT"]
	fmt.Println(present)
	var x any = "str"
	if str, ok := x.(string); ok {
		fmt.Println("string value", str)
	}
	a := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	fmt.Println(a, strings.Repeat("=", 3))
	sc := bufio.NewScanner(strings.NewReader("alpha beta\ngamma"))
	sc.Split(bufio.ScanWords)
	count := 0
	for sc.Scan() {
		count++
	}
	fmt.Println("words", count)
}
