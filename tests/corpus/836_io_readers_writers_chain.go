//go:build ignore

// The io interfaces as the Tour and Effective Go use them: a rot13Reader
// wrapping an io.Reader, an infinite reader cut by io.LimitReader, a
// counting writer and an upper-casing writer in an io.MultiWriter, an
// io.TeeReader, bufio.Scanner over a cell type's Read, io.Copy to
// os.Stdout, an io.Pipe fed by a goroutine, and io.WriteString using a
// cell type's WriteString method.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

//cell

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type ones struct{}

func (ones) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '1'
	}
	return len(p), nil
}

//cell

type CountingWriter struct {
	W     io.Writer
	Bytes int64
	Calls int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	c.Calls++
	n, err := c.W.Write(p)
	c.Bytes += int64(n)
	return n, err
}

type upper struct{ buf bytes.Buffer }

func (u *upper) Write(p []byte) (int, error) {
	return u.buf.Write(bytes.ToUpper(p))
}

func (u *upper) WriteString(s string) (int, error) {
	u.buf.WriteString("<" + strings.ToUpper(s) + ">")
	return len(s), nil
}

type lineReader struct {
	lines []string
	i     int
}

func (l *lineReader) Read(p []byte) (int, error) {
	if l.i >= len(l.lines) {
		return 0, io.EOF
	}
	n := copy(p, l.lines[l.i]+"\n")
	l.i++
	return n, nil
}

//cell

func main() {
	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	cw := &CountingWriter{W: os.Stdout}
	n, err := io.Copy(cw, rot13Reader{s})
	fmt.Println(n, err, cw.Bytes, cw.Calls > 0)

	data, _ := io.ReadAll(io.LimitReader(ones{}, 12))
	fmt.Printf("%s %d\n", data, len(data))

	var plain bytes.Buffer
	up := &upper{}
	mw := io.MultiWriter(&plain, up)
	fmt.Fprintf(mw, "hello %s, %d\n", "gopher", 42)
	io.WriteString(up, "direct")
	io.WriteString(mw, "both")
	fmt.Printf("%q\n%q\n", plain.String(), up.buf.String())

	var seen strings.Builder
	tee := io.TeeReader(strings.NewReader("tee time"), &seen)
	buf := make([]byte, 3)
	var parts []string
	for {
		n, err := tee.Read(buf)
		if n > 0 {
			parts = append(parts, string(buf[:n]))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println(parts, seen.String())

	sc := bufio.NewScanner(&lineReader{lines: []string{"alpha beta", "gamma", "", "delta epsilon zeta"}})
	sc.Split(bufio.ScanWords)
	words := 0
	for sc.Scan() {
		words++
		fmt.Print(strings.TrimFunc(sc.Text(), unicode.IsLetter) == "", " ")
	}
	fmt.Println(words, sc.Err())

	pr, pw := io.Pipe()
	go func() {
		bw := bufio.NewWriter(pw)
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(bw, "line %d\n", i)
		}
		bw.Flush()
		pw.CloseWithError(fmt.Errorf("producer done"))
	}()
	got, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", got, err)

	sr := strings.NewReader("0123456789")
	sr.Seek(4, io.SeekStart)
	b4 := make([]byte, 4)
	io.ReadFull(sr, b4)
	_, err = io.ReadFull(sr, make([]byte, 5))
	fmt.Println(string(b4), err, err == io.ErrUnexpectedEOF)
	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); !ok {
		fmt.Println("CountingWriter has no WriteString")
	}
	var w2 io.Writer = up
	_, ok := w2.(io.StringWriter)
	fmt.Println(ok)
}
