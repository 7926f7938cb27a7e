//go:build ignore

// bytes: Buffer, comparison, searching and splitting byte slices.
package main

import (
	"bytes"
	"fmt"
	"io"
)

//cell

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Fprintf(&buf, " %d", 2026)
	fmt.Println(buf.String(), buf.Len())
	first := make([]byte, 5)
	n, _ := buf.Read(first)
	fmt.Println(n, string(first), buf.String())
	line, err := bytes.NewBufferString("a\nb").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	rest, _ := io.ReadAll(&buf)
	fmt.Printf("%q %d\n", rest, buf.Len())
	a, b := []byte("abc"), []byte("abd")
	fmt.Println(bytes.Compare(a, b), bytes.Equal(a, []byte("abc")), bytes.HasPrefix(a, []byte("ab")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.Contains(a, []byte("bc")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("shout")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte("  pad  ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Println(bytes.Fields([]byte(" a b ")), bytes.Repeat([]byte{'z'}, 3))
	r := bytes.NewReader([]byte("reader"))
	p := make([]byte, 3)
	r.Read(p)
	fmt.Println(string(p), r.Len())
}
