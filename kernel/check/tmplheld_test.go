package check

import "testing"

// A template's field of a value a cell's interface holds ({{.Star.Name}}
// of a Star Animal holding a Dog, {{.Name}} in a range over []Animal, a
// map's value, index's result, with's dot) is the field of the struct, as
// in Go (text/template said "can't evaluate field Name in type
// interp.valueInterface": yaegi's record of the value).
func TestTemplateFieldOfCellIfaceValue(t *testing.T) {
	runSteps(t,
		step{`type Animal interface{ Sound() string }

type Dog struct {
	Name string
	Age  int
}

func (d Dog) Sound() string { return d.Name + ": woof" }

type Cat struct {
	Name  string
	Lives int
}

func (c *Cat) Sound() string { return c.Name + ": meow" }

type Zoo struct {
	Title string
	Star  Animal
	All   []Animal
	ByKey map[string]Animal
}`, ""},
		step{`z := Zoo{"City", Dog{"rex", 3}, []Animal{Dog{"a", 1}, &Cat{"tom", 9}}, map[string]Animal{"k": &Cat{"kit", 7}}}
tm := template.Must(template.New("z").Parse("{{.Title}} {{.Star.Name}} {{.Star.Age}} {{range .All}}[{{.Name}} {{.Sound}}]{{end}} {{.ByKey.k.Lives}} {{with .Star}}{{.Name}}{{end}} {{(index .All 1).Lives}}\n"))
var sb strings.Builder
err := tm.Execute(&sb, z)
fmt.Print(sb.String(), err, "\n")`, "City rex 3 [a a: woof][tom tom: meow] 7 rex 9\n<nil>\n"},
	)
}

// A template's error about a field of a value a cell's interface holds
// names the interface, as Go does (text/template named yaegi's record of
// the value, interp.valueInterface).
func TestTemplateErrorNamesCellIface(t *testing.T) {
	runSteps(t,
		step{`type Animal interface{ Sound() string }

type Dog struct {
	Name string
	tags []string
}

func (d Dog) Sound() string { return d.Name + ": woof" }

type Zoo struct {
	Title string
	Star  Animal
}`, ""},
		step{`z := Zoo{"City", Dog{"rex", nil}}
var sb strings.Builder
err := template.Must(template.New("e").Parse("{{.Star.Lives}}")).Execute(&sb, z)
fmt.Println(err)
err = template.Must(template.New("e").Parse("{{.Star.tags}}")).Execute(&sb, z)
fmt.Println(err)`, "template: e:1:7: executing \"e\" at <.Star.Lives>: can't evaluate field Lives in type main.Animal\n" +
			"template: e:1:7: executing \"e\" at <.Star.tags>: tags is an unexported field of struct type main.Animal\n"},
	)
}
