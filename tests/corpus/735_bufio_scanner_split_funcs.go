//go:build ignore

// bufio.Scanner over strings.Reader with notebook split functions: a
// comma splitter, a splitter of quoted tokens, one that counts calls,
// the library's ScanWords/ScanRunes, a too-long token error with a
// small Buffer, and a split function returning its own error.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

var errUnterminated = errors.New("unterminated quote")

// quoted splits on spaces but keeps "quoted strings" whole.
func quoted(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) {
		r, w := utf8.DecodeRune(data[start:])
		if !unicode.IsSpace(r) {
			break
		}
		start += w
	}
	if start == len(data) {
		return start, nil, nil
	}
	if data[start] == '"' {
		end := bytes.IndexByte(data[start+1:], '"')
		if end < 0 {
			if atEOF {
				return 0, nil, errUnterminated
			}
			return 0, nil, nil
		}
		return start + end + 2, data[start+1 : start+1+end], nil
	}
	for i := start; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if unicode.IsSpace(r) {
			return i + w, data[start:i], nil
		}
		i += w
	}
	if atEOF {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

//cell

func scanAll(name string, s *bufio.Scanner) {
	var toks []string
	for s.Scan() {
		toks = append(toks, s.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, s.Err())
}

type counting struct {
	calls int
	inner bufio.SplitFunc
}

func (c *counting) split(data []byte, atEOF bool) (int, []byte, error) {
	c.calls++
	return c.inner(data, atEOF)
}

//cell

func main() {
	s := bufio.NewScanner(strings.NewReader("a, b ,c,, d"))
	s.Split(commaSplit)
	scanAll("comma", s)

	s = bufio.NewScanner(strings.NewReader(`say "hello world" to  "ünïcode ok" now`))
	s.Split(quoted)
	scanAll("quoted", s)

	s = bufio.NewScanner(strings.NewReader(`one "two three`))
	s.Split(quoted)
	scanAll("broken", s)
	fmt.Println(errors.Is(s.Err(), errUnterminated))

	c := &counting{inner: bufio.ScanWords}
	s = bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	s.Split(c.split)
	scanAll("words", s)
	fmt.Println("calls>0:", c.calls > 0)

	s = bufio.NewScanner(strings.NewReader("héllo, 世界"))
	s.Split(bufio.ScanRunes)
	scanAll("runes", s)

	s = bufio.NewScanner(strings.NewReader("short\n" + strings.Repeat("x", 40) + "\nafter\n"))
	s.Buffer(make([]byte, 8), 16)
	scanAll("long", s)
	fmt.Println(errors.Is(s.Err(), bufio.ErrTooLong))

	lines := bufio.NewScanner(strings.NewReader("l1\r\nl2\n\nl4"))
	n := 0
	for lines.Scan() {
		n++
		fmt.Printf("%d:%q ", n, lines.Text())
	}
	fmt.Println()

	stopAt := func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return 0, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	}
	s = bufio.NewScanner(strings.NewReader("go on STOP never seen"))
	s.Split(stopAt)
	scanAll("final", s)
}
