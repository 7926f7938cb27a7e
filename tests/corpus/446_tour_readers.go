//go:build ignore

// A Tour of Go's Readers: reading a strings.Reader 8 bytes at a time and
// printing n, err and the bytes; an infinite reader of 'A's checked by
// reading it partly; the rot13Reader exercise wrapping an io.Reader and
// copied to os.Stdout with io.Copy; a reader chain through
// io.LimitReader, io.TeeReader and bufio.Scanner.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

//cell

type MyReader struct{}

func (MyReader) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = 'A'
	}
	return len(b), nil
}

type rot13Reader struct {
	r io.Reader
}

func rot13(b byte) byte {
	switch {
	case b >= 'a' && b <= 'z':
		return 'a' + (b-'a'+13)%26
	case b >= 'A' && b <= 'Z':
		return 'A' + (b-'A'+13)%26
	}
	return b
}

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		p[i] = rot13(p[i])
	}
	return n, err
}

//cell

type countingReader struct {
	r     io.Reader
	reads int
	bytes int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.reads++
	c.bytes += n
	return n, err
}

//cell

func main() {
	r := strings.NewReader("Hello, Reader!")
	b := make([]byte, 8)
	for {
		n, err := r.Read(b)
		fmt.Printf("n = %v err = %v b = %v\n", n, err, b)
		fmt.Printf("b[:n] = %q\n", b[:n])
		if err == io.EOF {
			break
		}
	}

	buf := make([]byte, 5)
	n, err := MyReader{}.Read(buf)
	fmt.Println(n, err, string(buf))
	head, _ := io.ReadAll(io.LimitReader(MyReader{}, 12))
	fmt.Println(string(head))

	s := strings.NewReader("Lbh penpxrq gur pbqr!\n")
	rr := rot13Reader{s}
	io.Copy(os.Stdout, &rr)
	io.Copy(os.Stdout, rot13Reader{strings.NewReader("Uryyb, Tbcure!\n")})

	var seen bytes.Buffer
	cr := &countingReader{r: strings.NewReader("alpha beta\ngamma\ndelta epsilon\n")}
	sc := bufio.NewScanner(io.TeeReader(rot13Reader{cr}, &seen))
	sc.Split(bufio.ScanWords)
	var words []string
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	fmt.Println(words, len(words))
	fmt.Printf("%q\n", seen.String())
	fmt.Println(cr.bytes, cr.reads > 0)
}
