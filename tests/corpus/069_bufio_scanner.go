//go:build ignore

// bufio: scanning lines and words, buffered reading and writing.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

const text = `first line
second line has more words
third`

//cell

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, sc.Text())
	}
	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
	}
	fmt.Println("words:", count)
	r := bufio.NewReader(strings.NewReader("alpha,beta,gamma"))
	for {
		tok, err := r.ReadString(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Buffered())
	fmt.Println("before flush")
	w.Flush()
	runes := bufio.NewScanner(strings.NewReader("héj"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), "|")
	}
	fmt.Println()
	pr := bufio.NewReader(strings.NewReader("peek"))
	p, _ := pr.Peek(2)
	b, _ := pr.ReadByte()
	fmt.Println(string(p), string(b))
}
