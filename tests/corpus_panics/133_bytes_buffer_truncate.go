//go:build ignore

// bytes.Buffer.Truncate past its length.
package main

import (
	"bytes"
	"fmt"
)

//cell

func trimLast(b *bytes.Buffer, n int) {
	b.Truncate(b.Len() - n)
}

//cell

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	trimLast(&b, 2)
	fmt.Println(b.String())
	trimLast(&b, 5)
}
