//go:build ignore

// text/template calling methods of cell types: value and pointer
// receivers, arguments, (T, error) results, a named slice type's method,
// range over cell structs, a pipeline, wrong argument counts.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

//cell

type P struct{ First, Last string }

func (p P) Full() string                 { return p.First + " " + p.Last }
func (p *P) Upper() string               { return strings.ToUpper(p.First) }
func (p P) Greet(s string, n int) string { return fmt.Sprint(s, " ", p.First, n) }
func (p P) Check(ok bool) (string, error) {
	if !ok {
		return "", errors.New("not ok")
	}
	return "ok", nil
}

type Names []string

func (n Names) Joined() string { return strings.Join(n, "+") }

type List struct{ Items []P }

//cell

func main() {
	t := template.Must(template.New("x").Parse("{{.First}} / {{.Full}}\n"))
	fmt.Println(t.Execute(os.Stdout, P{"a", "b"}))
	t2 := template.Must(template.New("y").Parse("{{.Upper}} {{.Greet \"hi\" 3}} {{.Check true}}\n"))
	fmt.Println(t2.Execute(os.Stdout, &P{"c", "d"}))
	fmt.Println(t2.Execute(os.Stdout, P{"c", "d"}))
	t3 := template.Must(template.New("z").Parse("{{.Check false}}\n"))
	fmt.Println(t3.Execute(os.Stdout, P{"c", "d"}))
	t4 := template.Must(template.New("n").Parse("{{.Joined}}\n"))
	fmt.Println(t4.Execute(os.Stdout, Names{"a", "b"}))
	t5 := template.Must(template.New("r").Parse("{{range .Items}}{{.Full}};{{.Upper}}|{{end}}\n"))
	fmt.Println(t5.Execute(os.Stdout, List{[]P{{"a", "b"}, {"c", "d"}}}))
	t6 := template.Must(template.New("w").Parse("{{.Greet}}\n"))
	fmt.Println(t6.Execute(os.Stdout, P{"c", "d"}))
	t7 := template.Must(template.New("v").Parse("{{with $x := .}}{{$x.Full | printf \"%q\"}} {{printf \"%s-%s\" .Full (.Greet \"y\" 1)}}{{end}}\n"))
	fmt.Println(t7.Execute(os.Stdout, P{"e", "f"}))
}
