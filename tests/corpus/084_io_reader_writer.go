//go:build ignore

// io: custom Readers and Writers, io.Copy, MultiWriter, TeeReader, LimitReader, Pipe.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

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

//cell

type countingWriter struct {
	w     io.Writer
	count int
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += n
	return n, err
}

//cell

func main() {
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	io.Copy(os.Stdout, r)
	var buf bytes.Buffer
	cw := &countingWriter{w: &buf}
	mw := io.MultiWriter(cw, os.Stdout)
	fmt.Fprintln(mw, "to both")
	fmt.Println(cw.count, buf.String() == "to both\n")
	var seen bytes.Buffer
	tee := io.TeeReader(strings.NewReader("tee data"), &seen)
	all, _ := io.ReadAll(io.LimitReader(tee, 3))
	fmt.Println(string(all), seen.String())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 4)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec))
	n, err := io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	io.WriteString(os.Stdout, "done\n")
}
