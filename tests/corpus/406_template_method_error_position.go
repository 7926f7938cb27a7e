//go:build ignore

// The position of an error of a cell type's method called at the end of
// a chain of fields is the method's, as Go gives it.
package main

import (
	"errors"
	"fmt"
	"os"
	"text/template"
)

//cell

type P struct{ N int }

func (p P) Check(ok bool) (string, error) {
	if !ok {
		return "", errors.New("not ok")
	}
	return "ok", nil
}

type W struct{ A P }

//cell

func main() {
	for _, src := range []string{
		"{{.A.Check false}}",
		"{{with $p := .A}}{{$p.Check false}}{{end}}",
		"{{.A.Check}}",
		"x {{.Check true}} {{.A.Check true}} {{.A.Check false}}",
	} {
		t := template.Must(template.New("t").Parse(src))
		fmt.Println(t.Execute(os.Stdout, W{}))
	}
}
