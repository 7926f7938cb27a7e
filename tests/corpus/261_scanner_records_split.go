//go:build ignore

// Reading a semicolon-separated config dump with bufio.Scanner: a custom
// SplitFunc for records ending in ';' (with quoted strings that may hold
// one), bufio.ScanWords and ScanRunes, a scanner over a reader of a cell
// type, and a counter map of words sorted by count then word.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

const dump = `host = "db.local"; port = 5432;
user = "app;ro"; # a comment
timeout=30s;retries = 3 ;
empty = "";  tags = "a b c" ; trailing`

// records splits at ';' outside double quotes; a '#' starts a comment that
// runs to the end of the line.
func records(data []byte, atEOF bool) (advance int, token []byte, err error) {
	inQuote := false
	start := 0
	for start < len(data) && (data[start] == ' ' || data[start] == '\n') {
		start++
	}
	for i := start; i < len(data); i++ {
		switch c := data[i]; {
		case c == '"':
			inQuote = !inQuote
		case c == '#' && !inQuote:
			j := bytes.IndexByte(data[i:], '\n')
			if j < 0 {
				if !atEOF {
					return 0, nil, nil
				}
				return len(data), nil, nil
			}
			return i + j + 1, nil, nil
		case c == ';' && !inQuote:
			return i + 1, bytes.TrimSpace(data[start:i]), nil
		}
	}
	if atEOF && start < len(data) {
		return len(data), bytes.TrimSpace(data[start:]), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return start, nil, nil
}

type Entry struct {
	Key, Value string
	Quoted     bool
}

var entries []Entry

func init() {
	sc := bufio.NewScanner(strings.NewReader(dump))
	sc.Split(records)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), "=")
		if !ok {
			fmt.Printf("no '=' in %q\n", sc.Text())
			continue
		}
		v = strings.TrimSpace(v)
		e := Entry{Key: strings.TrimSpace(k), Value: v}
		if len(v) >= 2 && v[0] == '"' {
			e.Value, e.Quoted = v[1:len(v)-1], true
		}
		entries = append(entries, e)
	}
	fmt.Println(sc.Err(), len(entries))
	for _, e := range entries {
		fmt.Printf("%+v\n", e)
	}
}

//cell

type Poem struct {
	Lines []string
	pos   int
	chunk int
}

// Read hands out the poem a few bytes at a time, as a slow file would.
func (p *Poem) Read(b []byte) (int, error) {
	all := strings.Join(p.Lines, "\n")
	if p.pos >= len(all) {
		return 0, io.EOF
	}
	n := copy(b[:min(len(b), p.chunk)], all[p.pos:])
	p.pos += n
	return n, nil
}

var poem = &Poem{Lines: []string{
	"the cat sat on the mat",
	"the dog sat on the log",
	"and the cat saw the dog",
}, chunk: 7}

func wordCounts(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	m := map[string]int{}
	for sc.Scan() {
		m[sc.Text()]++
	}
	return m
}

//cell

func main() {
	counts := wordCounts(poem)
	words := slices.Collect(maps.Keys(counts))
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(-cmp.Compare(counts[a], counts[b]), cmp.Compare(a, b))
	})
	for _, w := range words[:5] {
		fmt.Printf("%-4s %d\n", w, counts[w])
	}
	sc := bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	var rs []string
	for sc.Scan() {
		rs = append(rs, sc.Text())
	}
	fmt.Printf("%q\n", rs)

	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 40) + "\nok\n"))
	small.Buffer(make([]byte, 8), 16)
	for small.Scan() {
		fmt.Println("line", small.Text())
	}
	fmt.Println("err:", small.Err())

	lines := bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d:%q ", n, lines.Text())
	}
	fmt.Println()
	w := bufio.NewWriter(&strings.Builder{})
	fmt.Fprintf(w, "%d entries", len(entries))
	fmt.Println(w.Buffered(), w.Available() > 0)
}
