//go:build ignore

// Tokenising a config dialect with bufio.Scanner in a notebook: the
// built-in ScanWords/ScanRunes/ScanLines, custom SplitFuncs (comma
// separated, key=value pairs, length-prefixed frames) written as
// functions and as closures over state, ErrFinalToken, Buffer with a
// small max giving ErrTooLong, and a split function with a bug (it
// dropped the last field) fixed in a later cell.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Tok struct {
	Kind string
	Text string
}

func (t Tok) String() string { return t.Kind + ":" + strconv.Quote(t.Text) }

func scanAll(src string, split bufio.SplitFunc) ([]string, error) {
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Split(split)
	var out []string
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

//cell

// first version: forgets the trailing field at EOF
var commas bufio.SplitFunc = func(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	return 0, nil, nil
}

func frames(data []byte, atEOF bool) (int, []byte, error) {
	if len(data) == 0 {
		return 0, nil, nil
	}
	n := int(data[0] - '0')
	if n == 0 {
		return 1, nil, bufio.ErrFinalToken
	}
	if len(data) < 1+n {
		if atEOF {
			return 0, nil, errors.New("short frame")
		}
		return 0, nil, nil
	}
	return 1 + n, data[1 : 1+n], nil
}

//cell

func counting() (bufio.SplitFunc, *int) {
	calls := 0
	return func(data []byte, atEOF bool) (int, []byte, error) {
		calls++
		start := 0
		for start < len(data) && unicode.IsSpace(rune(data[start])) {
			start++
		}
		for i := start; i < len(data); i++ {
			if data[i] == ';' {
				return i + 1, data[start:i], nil
			}
		}
		if atEOF && start < len(data) {
			return len(data), data[start:], nil
		}
		return start, nil, nil
	}, &calls
}

func pairs(src string) []Tok {
	var out []Tok
	stmts, _ := scanAll(src, func(d []byte, e bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanLines(d, e)
		return adv, bytes.TrimSpace(tok), err
	})
	for _, s := range stmts {
		if k, v, ok := strings.Cut(s, "="); ok {
			out = append(out, Tok{"key", strings.TrimSpace(k)}, Tok{"val", strings.TrimSpace(v)})
		} else if s != "" {
			out = append(out, Tok{"bare", s})
		}
	}
	return out
}

//cell

func main() {
	w, err := scanAll("  the quick\tbrown\n\nfox  ", bufio.ScanWords)
	fmt.Printf("%q %v\n", w, err)
	r, _ := scanAll("héllo, 世界", bufio.ScanRunes)
	fmt.Printf("%q\n", r)
	l, _ := scanAll("a\r\nb\n\nc", bufio.ScanLines)
	fmt.Printf("%q\n", l)
	bad, _ := scanAll("x\xffy", bufio.ScanRunes)
	fmt.Printf("%q\n", bad)

	c, err := scanAll("red, green ,blue", commas)
	fmt.Printf("before: %q %v\n", c, err)
	commas = func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
		if atEOF && len(data) > 0 {
			return len(data), bytes.TrimSpace(data), nil
		}
		return 0, nil, nil
	}
	c, err = scanAll("red, green ,blue", commas)
	fmt.Printf("after: %q %v\n", c, err)

	f, err := scanAll("3abc2de1f0ignored", frames)
	fmt.Printf("%q %v\n", f, err)
	f, err = scanAll("3abc4de", frames)
	fmt.Printf("%q %v\n", f, err)

	split, calls := counting()
	s, _ := scanAll(" a = 1; b=2 ;  c ;", split)
	fmt.Printf("%q %v\n", s, *calls > 0)
	fmt.Println(pairs("name = gofutures\n  cells=  12\nverbose\n\n x=y=z"))

	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("z", 40) + "\nok\n"))
	sc.Buffer(make([]byte, 8), 16)
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println(sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader("1 2 x 4"))
	sc.Split(bufio.ScanWords)
	sum := 0
	for sc.Scan() {
		n, err := strconv.Atoi(sc.Text())
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		sum += n
	}
	fmt.Println(sum)
}
