//go:build ignore

// Composite types and interfaces as a well-known Go book teaches them:
// JSON of movies with field tags, a template report with functions,
// a binary tree sort, slices that grow and are edited in place, graphs
// as maps of maps, and notebook types that are io.Writers for fmt.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/template"
	"time"
)

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
}

var movies = []Movie{
	{Title: "Casablanca", Year: 1942, Color: false, Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}},
	{Title: "Cool Hand Luke", Year: 1967, Color: true, Actors: []string{"Paul Newman"}},
	{Title: "Bullitt", Year: 1968, Color: true, Actors: []string{"Steve McQueen", "Jacqueline Bisset"}},
}

type Issue struct {
	Number    int
	User      *User
	Title     string
	CreatedAt time.Time
}

type User struct{ Login string }

const templ = `{{.TotalCount}} issues:
{{range .Items}}----------------------------------------
Number: {{.Number}}
User:   {{.User.Login}}
Title:  {{.Title | printf "%.12s"}}
Age:    {{.CreatedAt | daysAgo}} days
{{end}}`

var now = time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC)

func daysAgo(t time.Time) int { return int(now.Sub(t).Hours() / 24) }

//cell

type tree struct {
	value       int
	left, right *tree
}

func Sort(values []int) {
	var root *tree
	for _, v := range values {
		root = add(root, v)
	}
	appendValues(values[:0], root)
}

func appendValues(values []int, t *tree) []int {
	if t != nil {
		values = appendValues(values, t.left)
		values = append(values, t.value)
		values = appendValues(values, t.right)
	}
	return values
}

func add(t *tree, value int) *tree {
	if t == nil {
		t = new(tree)
		t.value = value
		return t
	}
	if value < t.value {
		t.left = add(t.left, value)
	} else {
		t.right = add(t.right, value)
	}
	return t
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func nonempty(strings []string) []string {
	out := strings[:0]
	for _, s := range strings {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func comma(s string) string {
	var buf bytes.Buffer
	pre := len(s) % 3
	if pre == 0 {
		pre = 3
	}
	buf.WriteString(s[:pre])
	for i := pre; i < len(s); i += 3 {
		buf.WriteByte(',')
		buf.WriteString(s[i : i+3])
	}
	return buf.String()
}

var graph = make(map[string]map[string]bool)

func addEdge(from, to string) {
	edges := graph[from]
	if edges == nil {
		edges = make(map[string]bool)
		graph[from] = edges
	}
	edges[to] = true
}

func hasEdge(from, to string) bool { return graph[from][to] }

//cell

type ByteCounter int

func (c *ByteCounter) Write(p []byte) (int, error) {
	*c += ByteCounter(len(p))
	return len(p), nil
}

type WordCounter struct{ words, lines int }

func (w *WordCounter) Write(p []byte) (int, error) {
	sc := bufio.NewScanner(bytes.NewReader(p))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w.words++
	}
	w.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func CountingWriter(w io.Writer) (io.Writer, *int64) {
	c := &countingWriter{w: w}
	return c, &c.n
}

//cell

func main() {
	data, err := json.Marshal(movies)
	fmt.Printf("%s %v\n", data, err)
	data, _ = json.MarshalIndent(movies[:1], "", "  ")
	fmt.Printf("%s\n", data)
	var titles []struct{ Title string }
	if err := json.Unmarshal(data, &titles); err != nil {
		fmt.Println(err)
	}
	fmt.Println(titles)

	report := template.Must(template.New("issuelist").Funcs(template.FuncMap{"daysAgo": daysAgo}).Parse(templ))
	result := struct {
		TotalCount int
		Items      []*Issue
	}{2, []*Issue{
		{1, &User{"gopher"}, "interpreter panics on select", now.AddDate(0, 0, -3)},
		{7, &User{"rob"}, "short", now.Add(-49 * time.Hour)},
	}}
	if err := report.Execute(os.Stdout, result); err != nil {
		fmt.Println(err)
	}

	values := []int{5, 2, 9, 1, 5, 6, 0}
	Sort(values)
	fmt.Println(values)
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(a, s)
	var grown []int
	caps := map[int]bool{}
	for i := range 100 {
		grown = append(grown, i)
		caps[cap(grown)] = true
	}
	fmt.Println(len(grown), len(caps) > 3)
	data2 := []string{"one", "", "three"}
	fmt.Printf("%q %q\n", nonempty(data2), data2)
	fmt.Println(comma("1234567"), comma("123"), comma("12"))
	addEdge("a", "b")
	addEdge("a", "c")
	addEdge("b", "c")
	fmt.Println(hasEdge("a", "c"), hasEdge("c", "a"), len(graph), len(graph["a"]))

	var c ByteCounter
	c.Write([]byte("hello"))
	c = 0
	var name = "Dolly"
	fmt.Fprintf(&c, "hello, %s", name)
	fmt.Println(c)
	var wc WordCounter
	fmt.Fprintf(&wc, "the quick brown\nfox jumps over\nthe lazy dog\n")
	fmt.Println(wc, wc.words, wc.lines)
	var buf strings.Builder
	w, n := CountingWriter(&buf)
	fmt.Fprint(w, "twelve bytes")
	io.WriteString(w, "!!")
	fmt.Println(*n, buf.String())
	var iw io.Writer = &c
	_, isWC := iw.(*WordCounter)
	fmt.Printf("%T %v\n", iw, isWC)
	sort.Sort(sort.Reverse(sort.IntSlice(values)))
	fmt.Println(values)
}
