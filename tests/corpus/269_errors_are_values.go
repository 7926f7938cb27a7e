//go:build ignore

// "Errors are values": a writer that remembers the first error so the
// caller checks once at the end, a scanner-style API whose Scan/Err pair
// moves error handling out of the loop, and a sentinel error compared with
// errors.Is after wrapping.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

var ErrFull = errors.New("device full")

type limitedWriter struct {
	buf   bytes.Buffer
	limit int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if room <= 0 {
		return 0, ErrFull
	}
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, fmt.Errorf("wrote %d of %d bytes: %w", room, len(p), ErrFull)
	}
	return l.buf.Write(p)
}

type errWriter struct {
	w     io.Writer
	n     int
	err   error
	calls int
}

func (ew *errWriter) write(s string) {
	ew.calls++
	if ew.err != nil {
		return
	}
	var n int
	n, ew.err = ew.w.Write([]byte(s))
	ew.n += n
}

//cell

type tokenScanner struct {
	rest  string
	tok   int
	err   error
	count int
}

func newScanner(s string) *tokenScanner { return &tokenScanner{rest: s} }

func (s *tokenScanner) Scan() bool {
	if s.err != nil {
		return false
	}
	s.rest = strings.TrimLeft(s.rest, " ,")
	if s.rest == "" {
		return false
	}
	end := strings.IndexAny(s.rest, " ,")
	if end < 0 {
		end = len(s.rest)
	}
	word := s.rest[:end]
	s.rest = s.rest[end:]
	n, err := strconv.Atoi(word)
	if err != nil {
		s.err = fmt.Errorf("token %d: %w", s.count+1, err)
		return false
	}
	s.tok = n
	s.count++
	return true
}

func (s *tokenScanner) Int() int   { return s.tok }
func (s *tokenScanner) Err() error { return s.err }

func sum(input string) (int, error) {
	sc := newScanner(input)
	total := 0
	for sc.Scan() {
		total += sc.Int()
	}
	if err := sc.Err(); err != nil {
		return total, err
	}
	return total, nil
}

//cell

func report(limit int, parts ...string) {
	lw := &limitedWriter{limit: limit}
	ew := &errWriter{w: lw}
	for _, p := range parts {
		ew.write(p)
	}
	fmt.Printf("limit %2d: wrote %d in %d calls, buffer %q\n", limit, ew.n, ew.calls, lw.buf.String())
	if ew.err != nil {
		fmt.Println("  error:", ew.err, "| full?", errors.Is(ew.err, ErrFull))
	}
}

func main() {
	report(64, "alpha ", "beta ", "gamma")
	report(8, "alpha ", "beta ", "gamma")
	report(6, "alpha ", "beta ", "gamma")

	for _, in := range []string{"1 2 3 4", "10, 20,30", "", "5 six 7", "9 99999999999999999999"} {
		total, err := sum(in)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("%q: partial %d, bad %q (%v)\n", in, total, ne.Num, ne.Err)
			}
			fmt.Println("  ", err)
			continue
		}
		fmt.Printf("%q: total %d\n", in, total)
	}
}
