//go:build ignore

// bufio.Scanner over strings.Reader with custom split functions (words
// separated by commas, fixed-size chunks, a split func kept in a cell
// variable), bufio.Reader's ReadString, ReadRune and Peek, and a
// scanner's token-too-long error.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

//cell

// commaSplit splits on commas and trims spaces around fields.
func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

type Chunker struct {
	Size  int
	Calls int
}

func (c *Chunker) Split(data []byte, atEOF bool) (int, []byte, error) {
	c.Calls++
	if len(data) == 0 && atEOF {
		return 0, nil, nil
	}
	if len(data) >= c.Size {
		return c.Size, data[:c.Size], nil
	}
	if atEOF {
		return len(data), data, bufio.ErrFinalToken
	}
	return 0, nil, nil
}

var errTooMany = errors.New("too many fields")

func limited(n int) bufio.SplitFunc {
	count := 0
	return func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			count++
			if count > n {
				return 0, nil, errTooMany
			}
		}
		return adv, tok, err
	}
}

//cell

func scanAll(r string, split bufio.SplitFunc) ([]string, error) {
	sc := bufio.NewScanner(strings.NewReader(r))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func main() {
	toks, err := scanAll("alpha, beta ,gamma,, delta", commaSplit)
	fmt.Printf("%q %v\n", toks, err)

	c := &Chunker{Size: 4}
	toks, err = scanAll("abcdefghij", c.Split)
	fmt.Printf("%q %v calls>0=%t\n", toks, err, c.Calls > 0)

	toks, err = scanAll("one two three four five", limited(3))
	fmt.Printf("%q %v %t\n", toks, err, errors.Is(err, errTooMany))

	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 0, 16), 32)
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	br := bufio.NewReader(strings.NewReader("héllo wörld\nsecond line"))
	p, _ := br.Peek(3)
	fmt.Printf("peek %q\n", p)
	r, size, _ := br.ReadRune()
	r2, size2, _ := br.ReadRune()
	fmt.Println(string(r), size, string(r2), size2)
	line, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	lines := bufio.NewScanner(strings.NewReader("a b\nc d e\n\nf"))
	n := 0
	for lines.Scan() {
		n++
		ws := bufio.NewScanner(strings.NewReader(lines.Text()))
		ws.Split(bufio.ScanWords)
		k := 0
		for ws.Scan() {
			k++
		}
		fmt.Printf("line %d: %d words\n", n, k)
	}
	runes := bufio.NewScanner(strings.NewReader("añb"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("[%s]", runes.Text())
	}
	fmt.Println()
}
