//go:build ignore

// Shapes with names: a struct embedding a notebook's interface (its
// methods promoted, the field replaced later, a method value bound
// before), encoded by encoding/json under the interface's name, decoded
// back through a tagged envelope, printed with fmt and listed by a
// template calling the promoted method.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"text/template"
)

//cell

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ Side float64 }

func (s Square) Area() float64      { return s.Side * s.Side }
func (s Square) Perimeter() float64 { return 4 * s.Side }

type Circle struct{ R float64 }

func (c Circle) Area() float64      { return math.Round(math.Pi*c.R*c.R*100) / 100 }
func (c Circle) Perimeter() float64 { return math.Round(2*math.Pi*c.R*100) / 100 }

type Named struct {
	Shape
	Name  string
	Color string `json:"color,omitempty"`
}

func (n Named) String() string { return fmt.Sprintf("%s(%.2f)", n.Name, n.Area()) }

type envelope struct {
	Kind string          `json:"kind"`
	Name string          `json:"name"`
	Data json.RawMessage `json:"data"`
}

func decode(raw string) ([]Named, error) {
	var envs []envelope
	if err := json.Unmarshal([]byte(raw), &envs); err != nil {
		return nil, err
	}
	var out []Named
	for _, e := range envs {
		var s Shape
		switch e.Kind {
		case "square":
			var sq Square
			if err := json.Unmarshal(e.Data, &sq); err != nil {
				return out, fmt.Errorf("%s: %w", e.Name, err)
			}
			s = sq
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return out, fmt.Errorf("%s: %w", e.Name, err)
			}
			s = c
		default:
			return out, fmt.Errorf("%s: unknown kind %q", e.Name, e.Kind)
		}
		out = append(out, Named{Shape: s, Name: e.Name})
	}
	return out, nil
}

//cell

func main() {
	a := Named{Square{2}, "a", "red"}
	area := a.Area
	a.Shape = Circle{1}
	fmt.Println(area(), a.Area(), a.Perimeter())
	fmt.Printf("%v %+v %s\n", a, a.Shape, a)

	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent([]Named{{Square{1.5}, "b", ""}, {nil, "empty", "blue"}}, "", " ")
	fmt.Println(string(b))
	var back Named
	fmt.Println(json.Unmarshal([]byte(`{"Name":"c","color":"green","Shape":null}`), &back))
	fmt.Printf("%q %q %v\n", back.Name, back.Color, back.Shape == nil)
	fmt.Println(json.Unmarshal([]byte(`{"Shape":{"Side":1}}`), &back))

	shapes, err := decode(`[{"kind":"square","name":"s1","data":{"Side":3}},
		{"kind":"circle","name":"c1","data":{"R":0.5}},
		{"kind":"square","name":"s2","data":{"Side":0.25}}]`)
	fmt.Println(shapes, err)
	_, err = decode(`[{"kind":"hexagon","name":"h"}]`)
	fmt.Println(err)
	_, err = decode(`[{"kind":"square","name":"bad","data":{"Side":"x"}}]`)
	fmt.Println(err)

	t := template.Must(template.New("t").Parse("{{range .}}{{.Name}}: area {{printf \"%.3f\" .Area}}, perimeter {{.Perimeter}}\n{{end}}"))
	if err := t.Execute(os.Stdout, shapes); err != nil {
		fmt.Println(err)
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
}
