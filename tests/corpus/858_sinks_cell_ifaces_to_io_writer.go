//go:build ignore

// Report sinks behind interfaces a notebook declares: a Sink embedding
// io.Writer met by structs that get Write from a field they embed (by
// pointer and by value), handed to fmt.Fprintf, bufio.NewWriter,
// io.MultiWriter and io.Copy; a Labeled interface embedding fmt.Stringer
// whose struct values go on to fmt.Stringer variables, slices, maps and
// results, and asserted back; and calls returning those interfaces
// converted at once.
package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

//cell

type buffer struct {
	lines []string
	bytes int
}

func (b *buffer) Write(p []byte) (int, error) {
	for _, l := range strings.Split(strings.TrimRight(string(p), "\n"), "\n") {
		b.lines = append(b.lines, l)
	}
	b.bytes += len(p)
	return len(p), nil
}

type Sink interface {
	io.Writer
	Name() string
}

type fileSink struct {
	*buffer
	path string
}

func (f fileSink) Name() string { return "file:" + f.path }

type memSink struct {
	buffer
	tag string
}

func (m *memSink) Name() string { return "mem:" + m.tag }

func newSink(kind, name string) Sink {
	if kind == "file" {
		return fileSink{&buffer{}, name}
	}
	return &memSink{tag: name}
}

//cell

type Labeled interface {
	fmt.Stringer
	Label() string
}

type metric struct {
	key   string
	value float64
}

func (m metric) String() string { return fmt.Sprintf("%s=%.2f", m.key, m.value) }
func (m metric) Label() string  { return strings.ToUpper(m.key) }

type counter struct{ n int }

func (c *counter) String() string { return fmt.Sprintf("count(%d)", c.n) }
func (c *counter) Label() string  { return "COUNT" }

func best(ls []Labeled) Labeled {
	sort.Slice(ls, func(i, j int) bool { return ls[i].String() < ls[j].String() })
	return ls[0]
}

func asStringer(l Labeled) fmt.Stringer { return l }

func first(ls ...Labeled) fmt.Stringer { return best(ls) }

//cell

func writeReport(sinks []Sink, rows []Labeled) {
	for _, s := range sinks {
		fmt.Fprintf(s, "# report for %s\n", s.Name())
		bw := bufio.NewWriter(s)
		for _, r := range rows {
			fmt.Fprintf(bw, "%-6s %v\n", r.Label(), r)
		}
		bw.Flush()
	}
	all := make([]io.Writer, len(sinks))
	for i, s := range sinks {
		all[i] = s
	}
	io.Copy(io.MultiWriter(all...), strings.NewReader("-- end --\n"))
}

func show(s Sink) {
	switch v := s.(type) {
	case fileSink:
		fmt.Printf("%s %d bytes %q\n", v.path, v.bytes, v.lines)
	case *memSink:
		fmt.Printf("%s %d bytes %q\n", v.tag, v.bytes, v.lines)
	}
}

//cell

func main() {
	sinks := []Sink{newSink("file", "out.txt"), newSink("mem", "m1")}
	rows := []Labeled{metric{"cpu", 0.75}, &counter{3}, metric{"mem", 12.5}}
	writeReport(sinks, rows)
	for _, s := range sinks {
		show(s)
	}
	var w io.Writer = sinks[0]
	fmt.Fprint(w, "tail\n")
	fmt.Printf("%T %T %d\n", w, sinks[1], len(sinks[0].(fileSink).lines))

	var st fmt.Stringer = rows[0]
	m, ok := st.(metric)
	fmt.Printf("%T %v %v %t\n", st, st, m.key, ok)
	strs := []fmt.Stringer{rows[0], rows[1], first(rows[2], rows[0])}
	byLabel := map[string]fmt.Stringer{}
	for _, r := range rows {
		byLabel[r.Label()] = r
	}
	fmt.Println(strs, byLabel)
	for _, s := range strs {
		switch v := s.(type) {
		case metric:
			fmt.Println("metric", v.key, v.value)
		case *counter:
			fmt.Println("counter", v.n)
		}
	}
	top := asStringer(best(rows))
	fmt.Printf("%T %v\n", top, top)
	var sb strings.Builder
	fmt.Fprint(&sb, best(rows), " ", first(metric{"z", 1}))
	fmt.Println(sb.String())
}
