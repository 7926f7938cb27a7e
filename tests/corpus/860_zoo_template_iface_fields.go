//go:build ignore

// A zoo's page from text/template: fields of the values an interface
// holds (a struct and a pointer to one), in a range over a slice of the
// interface, through a map's value, index's result and with's dot,
// beside the interface's methods and a FuncMap helper; then the same
// data as JSON and with fmt.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"
)

//cell

type Animal interface {
	Sound() string
	Kind() string
}

type Dog struct {
	Name  string
	Age   int
	Breed string
}

func (d Dog) Sound() string { return "woof" }
func (d Dog) Kind() string  { return "dog" }

type Cat struct {
	Name  string
	Lives int
}

func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Kind() string  { return "cat" }

type Zoo struct {
	Title   string
	Star    Animal
	Animals []Animal
	Keepers map[string]Animal
}

//cell

const page = `{{define "animal"}}{{.Kind}} {{.Name}} says {{.Sound}}{{end}}# {{.Title}}
star: {{template "animal" .Star}} ({{.Star.Age}} years, {{.Star.Breed | upper}})
{{range $i, $a := .Animals}}{{$i}}. {{template "animal" $a}}
{{end}}{{with index .Keepers "ann"}}ann keeps {{.Name}} ({{.Lives}} lives){{end}}
second: {{(index .Animals 1).Name}}
`

func render(z Zoo) (string, error) {
	t, err := template.New("zoo").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(page)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	err = t.Execute(&sb, z)
	return sb.String(), err
}

//cell

func main() {
	z := Zoo{
		Title:   "City Zoo",
		Star:    Dog{"Rex", 4, "collie"},
		Animals: []Animal{Dog{"Fido", 2, "pug"}, &Cat{"Tom", 9}, &Cat{"Kit", 3}},
		Keepers: map[string]Animal{"ann": &Cat{"Luna", 7}},
	}
	out, err := render(z)
	fmt.Print(out)
	fmt.Println("error:", err)

	t := template.Must(template.New("list").Parse("{{range .}}{{.Name}}/{{.Kind}} {{end}}\n"))
	t.Execute(os.Stdout, z.Animals)

	b, _ := json.Marshal(z)
	fmt.Println(string(b))
	fmt.Printf("%v\n%+v\n", z.Star, z.Animals[0])
	for _, a := range z.Animals {
		switch v := a.(type) {
		case Dog:
			fmt.Println("dog", v.Name, v.Breed)
		case *Cat:
			fmt.Println("cat", v.Name, v.Lives)
		}
	}
}
