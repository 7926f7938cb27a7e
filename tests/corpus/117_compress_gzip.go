//go:build ignore

// compress/gzip and archive/zip: round trips through memory.
package main

import (
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
)

var text = strings.Repeat("gophers love concurrency. ", 40)

//cell

func gzipRoundTrip(s string) (int, string, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Name = "notes.txt"
	if _, err := zw.Write([]byte(s)); err != nil {
		return 0, "", err
	}
	if err := zw.Close(); err != nil {
		return 0, "", err
	}
	n := buf.Len()
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		return 0, "", err
	}
	out, err := io.ReadAll(zr)
	return n, zr.Name + ":" + string(out[:26]), err
}

//cell

func main() {
	n, head, err := gzipRoundTrip(text)
	fmt.Println(len(text), n < len(text)/5, head, err)
	var zbuf bytes.Buffer
	w := zip.NewWriter(&zbuf)
	for _, name := range []string{"a.txt", "dir/b.txt"} {
		f, _ := w.Create(name)
		fmt.Fprintf(f, "contents of %s", name)
	}
	w.Close()
	r, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	fmt.Println(err, len(r.File))
	for _, f := range r.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		fmt.Printf("%s: %q\n", f.Name, b)
	}
	_, err = gzip.NewReader(strings.NewReader("not gzip"))
	fmt.Println(err)
}
