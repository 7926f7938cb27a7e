//go:build ignore

// Parsing an access log with the text iterators of Go 1.24:
// strings.Lines, SplitSeq, FieldsSeq, FieldsFuncSeq and their bytes
// twins, results built with fmt.Appendf and strconv's Append functions
// into one reused []byte.
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

const accessLog = `10.0.0.1 GET /index.html 200 512
10.0.0.2 POST /api/login 401 64
10.0.0.1 GET /img/logo.png 200 2048

10.0.0.3 GET /api/items?page=2 200 1300
10.0.0.2 POST /api/login 200 80
10.0.0.4 DELETE /api/items/7 403 0
last line without newline 0 0`

type Hit struct {
	IP     string
	Method string
	Path   string
	Status int
	Bytes  int
}

func parse(line string) (Hit, bool) {
	var f []string
	for w := range strings.FieldsSeq(line) {
		f = append(f, w)
	}
	if len(f) != 5 {
		return Hit{}, false
	}
	st, err1 := strconv.Atoi(f[3])
	n, err2 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil {
		return Hit{}, false
	}
	return Hit{f[0], f[1], f[2], st, n}, true
}

//cell

func segments(path string) []string {
	path, _, _ = strings.Cut(path, "?")
	var out []string
	for s := range strings.SplitSeq(strings.Trim(path, "/"), "/") {
		out = append(out, s)
	}
	return out
}

func words(s string) []string {
	var out []string
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = append(out, w)
	}
	return out
}

//cell

func main() {
	var hits []Hit
	n := 0
	for line := range strings.Lines(accessLog) {
		n++
		if h, ok := parse(line); ok {
			hits = append(hits, h)
		} else {
			fmt.Printf("skip line %d: %q\n", n, line)
		}
	}
	fmt.Println("lines", n, "hits", len(hits))

	byStatus := map[int]int{}
	bytesBy := map[string]int{}
	for _, h := range hits {
		byStatus[h.Status]++
		bytesBy[h.IP] += h.Bytes
	}
	for _, st := range slices.Sorted(maps.Keys(byStatus)) {
		fmt.Println("status", st, byStatus[st])
	}

	// one buffer reused for the report rows
	var buf []byte
	for _, ip := range slices.Sorted(maps.Keys(bytesBy)) {
		buf = buf[:0]
		buf = fmt.Appendf(buf, "%-9s", ip)
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, int64(bytesBy[ip]), 10)
		buf = fmt.Append(buf, " bytes", true)
		buf = fmt.Appendln(buf, " end")
		fmt.Print(string(buf))
	}

	for _, h := range hits {
		if strings.HasPrefix(h.Path, "/api") {
			fmt.Printf("%s %q\n", h.Method, segments(h.Path))
		}
	}
	fmt.Printf("%q\n", words("GET /api/items?page=2 -- ok!"))

	// strings.Lines keeps the newline; the last line may lack one
	var ends []string
	for l := range strings.Lines("a\nb\r\n\nc") {
		ends = append(ends, strconv.Quote(l))
	}
	fmt.Println(strings.Join(ends, " "))
	count := 0
	for range strings.Lines("") {
		count++
	}
	fmt.Println("lines of empty:", count)

	// SplitSeq with an empty separator splits into UTF-8 sequences
	var parts []string
	for p := range strings.SplitSeq("héllo", "") {
		parts = append(parts, p)
	}
	fmt.Println(parts, len(parts))
	var after []string
	for p := range strings.SplitAfterSeq("a,b,,c", ",") {
		after = append(after, p)
	}
	fmt.Printf("%q\n", after)

	// the bytes versions yield subslices of the input
	raw := []byte("alpha beta\ngamma  delta\n")
	total := 0
	for line := range bytes.Lines(raw) {
		for f := range bytes.FieldsSeq(line) {
			total += len(f)
			fmt.Printf("[%s]", bytes.ToUpper(f))
		}
	}
	fmt.Println(" total", total)
	for f := range bytes.SplitSeq([]byte("k1=v1;k2=v2"), []byte(";")) {
		k, v, _ := bytes.Cut(f, []byte("="))
		fmt.Printf("%s->%s ", k, v)
	}
	fmt.Println()
	var fields [][]byte
	for f := range bytes.FieldsFuncSeq([]byte("x1,y2;;z3"), func(r rune) bool { return r == ',' || r == ';' }) {
		fields = append(fields, f)
	}
	fmt.Printf("%s %d\n", bytes.Join(fields, []byte("|")), len(fields))

	// break out of a text iterator early
	for w := range strings.FieldsSeq("one two three four") {
		if w == "three" {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
