//go:build ignore

// The Go blog's "Errors are values": a writer that fails after some bytes,
// the repetitive if err != nil version, an errWriter that remembers the
// first error and turns later writes into no-ops, a bufio.Scanner-like
// loop whose error is checked once at the end, and sentinel errors
// compared with == and errors.Is.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

//cell

var ErrFull = errors.New("disk full")

type limitedWriter struct {
	sb    strings.Builder
	limit int
}

func (w *limitedWriter) Write(p []byte) (int, error) {
	room := w.limit - w.sb.Len()
	if room <= 0 {
		return 0, ErrFull
	}
	if len(p) > room {
		w.sb.Write(p[:room])
		return room, ErrFull
	}
	return w.sb.Write(p)
}

type errWriter struct {
	w   io.Writer
	n   int
	err error
}

func (ew *errWriter) write(buf []byte) {
	if ew.err != nil {
		return
	}
	var n int
	n, ew.err = ew.w.Write(buf)
	ew.n += n
}

//cell

type Header struct{ Name, Value string }

func writeAll(w io.Writer, hs []Header) (int, error) {
	ew := &errWriter{w: w}
	for _, h := range hs {
		ew.write([]byte(h.Name))
		ew.write([]byte(": "))
		ew.write([]byte(h.Value))
		ew.write([]byte("\n"))
	}
	return ew.n, ew.err
}

func writeVerbose(w io.Writer, a, b, c []byte) error {
	_, err := w.Write(a)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	if err != nil {
		return err
	}
	_, err = w.Write(c)
	if err != nil {
		return err
	}
	return nil
}

//cell

func main() {
	hs := []Header{{"Host", "example.com"}, {"Accept", "*/*"}, {"X-Long", strings.Repeat("z", 20)}}
	for _, limit := range []int{100, 40, 10} {
		lw := &limitedWriter{limit: limit}
		n, err := writeAll(lw, hs)
		fmt.Printf("limit %d: n=%d err=%v full=%t\n%q\n", limit, n, err, err == ErrFull, lw.sb.String())
	}
	lw := &limitedWriter{limit: 5}
	err := writeVerbose(lw, []byte("abc"), []byte("def"), []byte("ghi"))
	fmt.Println(err, errors.Is(fmt.Errorf("saving: %w", err), ErrFull), lw.sb.String())

	bw := bufio.NewWriterSize(&limitedWriter{limit: 8}, 4)
	fmt.Fprint(bw, "0123")
	fmt.Fprint(bw, "4567")
	fmt.Fprint(bw, "89ab")
	fmt.Fprint(bw, "cdef")
	fmt.Println("flush:", bw.Flush(), bw.Buffered())

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Printf("%d:%q ", lines, sc.Text())
	}
	fmt.Println()
	if err := sc.Err(); err != nil {
		fmt.Println("scan:", err)
	} else {
		fmt.Println("scan ok")
	}
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err(), errors.Is(long.Err(), bufio.ErrTooLong))
}
