//go:build ignore

// Writers passed around: a report function taking io.Writer fed a
// strings.Builder, a bytes.Buffer and a notebook type implementing
// io.Writer (line counting, indenting), io.MultiWriter, fmt.Fprintf
// into each, bytes.Buffer read back with ReadString/Next, and
// io.Copy from a notebook io.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Row struct {
	Name  string
	Score int
}

func report(w io.Writer, title string, rows []Row) (int, error) {
	total := 0
	n, err := fmt.Fprintf(w, "== %s ==\n", title)
	total += n
	if err != nil {
		return total, err
	}
	for i, r := range rows {
		n, err = fmt.Fprintf(w, "%2d %-6s %4d\n", i+1, r.Name, r.Score)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

//cell

type lineCounter struct {
	lines, bytes int
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += bytes.Count(p, []byte{'\n'})
	return len(p), nil
}

type indenter struct {
	w       io.Writer
	prefix  string
	midLine bool
}

func (ind *indenter) Write(p []byte) (int, error) {
	for _, b := range p {
		if !ind.midLine {
			io.WriteString(ind.w, ind.prefix)
		}
		ind.w.Write([]byte{b})
		ind.midLine = b != '\n'
	}
	return len(p), nil
}

type limited struct {
	buf []byte
	max int
}

func (l *limited) Write(p []byte) (int, error) {
	room := l.max - len(l.buf)
	if len(p) > room {
		l.buf = append(l.buf, p[:room]...)
		return room, fmt.Errorf("limit %d reached", l.max)
	}
	l.buf = append(l.buf, p...)
	return len(p), nil
}

type countdown int

func (c *countdown) Read(p []byte) (int, error) {
	if *c <= 0 {
		return 0, io.EOF
	}
	s := fmt.Sprintf("%d...", int(*c))
	*c--
	return copy(p, s), nil
}

//cell

func main() {
	rows := []Row{{"ada", 91}, {"bob", 7}, {"cy", 100}}
	var sb strings.Builder
	n, err := report(&sb, "builder", rows)
	fmt.Print(sb.String())
	fmt.Println(n, err, sb.Len())

	var buf bytes.Buffer
	lc := &lineCounter{}
	n, err = report(io.MultiWriter(&buf, lc), "multi", rows[:2])
	fmt.Println(n, err, lc.lines, lc.bytes, buf.Len())
	first, _ := buf.ReadString('\n')
	fmt.Printf("%q %q\n", first, buf.Next(3))
	fmt.Printf("rest %q\n", buf.String())

	var out strings.Builder
	ind := &indenter{w: &out, prefix: "  | "}
	report(ind, "indented", rows[2:])
	fmt.Fprint(ind, "tail without newline")
	fmt.Fprintln(ind, "!")
	fmt.Print(out.String())

	lim := &limited{max: 20}
	n, err = report(lim, "limited", rows)
	fmt.Printf("%d %v %q\n", n, err, lim.buf)

	cd := countdown(3)
	var got bytes.Buffer
	m, err := io.Copy(&got, &cd)
	fmt.Println(m, err, got.String())

	var sb2 strings.Builder
	sb2.Grow(32)
	sb2.WriteString("abc")
	sb2.WriteByte('-')
	sb2.WriteRune('é')
	fmt.Fprintf(&sb2, "%03d", 7)
	fmt.Println(sb2.String(), sb2.Len())
	b2 := bytes.NewBufferString("x=1;y=2;z=3")
	for {
		part, err := b2.ReadBytes(';')
		fmt.Printf("%q ", part)
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	var w io.Writer = &sb2
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("!")
	}
	_, isBuf := w.(*bytes.Buffer)
	fmt.Println(sb2.String(), isBuf)
}
