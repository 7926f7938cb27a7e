//go:build ignore

// A journal that is an io.Writer through an embedded strings.Builder (it
// goes to fmt.Fprintf in a box, whose method calls the journal's) counts
// lines in a map it never made: the nil map write panics in its method,
// from report, called from main.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Journal struct {
	strings.Builder
	perTag map[string]int
}

func (j *Journal) Tag(tag, line string) {
	fmt.Fprintf(j, "[%s] %s\n", tag, line)
	j.perTag[tag]++
}

//cell

func report(w io.Writer, j *Journal) {
	fmt.Println("report to a writer:", w != nil)
	j.Tag("ok", "first")
}

func main() {
	var j Journal
	fmt.Println("start")
	report(&j, &j)
	fmt.Println("not reached")
}
