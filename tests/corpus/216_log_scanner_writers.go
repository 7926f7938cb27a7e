//go:build ignore

// Reading and writing text through interfaces: bufio.Scanner over a
// strings.Reader by lines, by words and with a custom split function,
// a report written by functions taking an io.Writer into a
// strings.Builder, a bytes.Buffer and a bufio.Writer, and a counting
// writer of the notebook's own.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

const logText = `2024-01-02 INFO  start service=api
2024-01-02 WARN  slow request path=/users ms=812
2024-01-02 ERROR db timeout after=3s

2024-01-03 INFO  start service=worker
2024-01-03 ERROR queue full size=1000`

type Entry struct {
	Date, Level string
	Fields      map[string]string
	Text        string
}

//cell

func parseLines(r io.Reader) ([]Entry, int, error) {
	sc := bufio.NewScanner(r)
	var out []Entry
	blank := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			blank++
			continue
		}
		parts := strings.Fields(line)
		e := Entry{Date: parts[0], Level: parts[1], Fields: map[string]string{}}
		var words []string
		for _, p := range parts[2:] {
			if k, v, ok := strings.Cut(p, "="); ok {
				e.Fields[k] = v
			} else {
				words = append(words, p)
			}
		}
		e.Text = strings.Join(words, " ")
		out = append(out, e)
	}
	return out, blank, sc.Err()
}

func countWords(r io.Reader) map[string]int {
	sc := bufio.NewScanner(r)
	sc.Split(bufio.ScanWords)
	m := map[string]int{}
	for sc.Scan() {
		m[strings.ToLower(sc.Text())]++
	}
	return m
}

// splitComma is a bufio.SplitFunc yielding comma-separated fields.
func splitComma(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

//cell

type countingWriter struct {
	w     io.Writer
	bytes int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.calls++
	n, err := c.w.Write(p)
	c.bytes += n
	return n, err
}

func writeReport(w io.Writer, entries []Entry) error {
	levels := map[string]int{}
	for _, e := range entries {
		levels[e.Level]++
	}
	if _, err := fmt.Fprintf(w, "%d entries\n", len(entries)); err != nil {
		return err
	}
	for _, lvl := range []string{"INFO", "WARN", "ERROR"} {
		fmt.Fprintf(w, "  %-5s %d\n", lvl, levels[lvl])
	}
	for _, e := range entries {
		if e.Level == "ERROR" {
			fmt.Fprintf(w, "  ! %s %s %v\n", e.Date, e.Text, e.Fields)
		}
	}
	return nil
}

func writeCSV(w io.Writer, entries []Entry) {
	io.WriteString(w, "date,level,text\n")
	for _, e := range entries {
		fmt.Fprintln(w, strings.Join([]string{e.Date, e.Level, e.Text}, ","))
	}
}

//cell

func main() {
	entries, blank, err := parseLines(strings.NewReader(logText))
	fmt.Println(len(entries), blank, err)
	fmt.Printf("%+v\n", entries[1])

	var sb strings.Builder
	if err := writeReport(&sb, entries); err != nil {
		fmt.Println("report:", err)
	}
	fmt.Print(sb.String())

	var buf bytes.Buffer
	cw := &countingWriter{w: &buf}
	writeCSV(cw, entries)
	fmt.Printf("csv: %d bytes in %d writes, %d lines\n", cw.bytes, cw.calls, bytes.Count(buf.Bytes(), []byte("\n")))
	first, _ := buf.ReadString('\n')
	fmt.Printf("header %q, left %d\n", first, buf.Len())

	words := countWords(strings.NewReader(logText))
	fmt.Println(words["start"], words["error"], words["info"], len(words))

	sc := bufio.NewScanner(strings.NewReader("a, b ,c,, d"))
	sc.Split(splitComma)
	var fields []string
	for sc.Scan() {
		fields = append(fields, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(strings.Join(fields, " "))

	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", bw.Buffered())
	writeReport(io.MultiWriter(bw, io.Discard), entries[:2])
	bw.Flush()
	var w io.Writer = &sb
	_, isBuilder := w.(*strings.Builder)
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(isBuilder, isStringer)
}
