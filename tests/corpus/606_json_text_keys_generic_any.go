//go:build ignore

// encoding/json over a document of cell types: a named int and a
// struct with MarshalText/UnmarshalText as map keys, an embedded pointer
// with ,string, RawMessage, omitzero, a generic pair inside an any, a
// Decoder with DisallowUnknownFields and UseNumber, and an Encoder of a
// map[string]any holding a slice of the named int (its MarshalText
// called on each element).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalText() ([]byte, error) { return []byte([]string{"low", "high"}[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", p.X, p.Y)), nil }
func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &p.X, &p.Y)
	return err
}

type Meta struct {
	Created time.Time `json:"created"`
	Version int       `json:"version,string"`
}

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	Val V `json:"v"`
}

type Doc struct {
	*Meta
	Name     string                `json:"name"`
	Levels   map[Level]int         `json:"levels"`
	Grid     map[Point]string      `json:"grid,omitempty"`
	Extra    json.RawMessage       `json:"extra,omitempty"`
	Any      any                   `json:"any"`
	Pairs    []Pair[string, Level] `json:"pairs"`
	Opt      *int                  `json:"opt,omitempty"`
	Zero     time.Time             `json:"zero,omitzero"`
	Empty    []int                 `json:"empty,omitempty"`
	Nums     [3]float64            `json:"nums"`
	internal int
}

//cell

func step1() {
	d := Doc{
		Meta:   &Meta{time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC), 3},
		Name:   "doc",
		Levels: map[Level]int{High: 2, Low: 1},
		Grid:   map[Point]string{{1, 2}: "a", {0, 0}: "o"},
		Extra:  json.RawMessage(`{"raw":true}`),
		Any:    Pair[int, Point]{1, Point{3, 4}},
		Pairs:  []Pair[string, Level]{{"x", High}},
		Nums:   [3]float64{1.5, 0, -2},
	}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Version, back.Created.Format(time.RFC3339), back.Levels, back.Grid, string(back.Extra))
	fmt.Printf("%v %T %v\n", back.Any, back.Any, back.Pairs)
	fmt.Println(back.Nums, back.Opt == nil, back.Zero.IsZero())
}

//cell

func step2() {
	dec := json.NewDecoder(strings.NewReader(`{"name":"n","bogus":1}`))
	dec.DisallowUnknownFields()
	var d2 Doc
	fmt.Println(dec.Decode(&d2))
	dec = json.NewDecoder(strings.NewReader(`{"any": 12345678901234567890, "levels": {"mid": 1}}`))
	dec.UseNumber()
	var d3 Doc
	err := dec.Decode(&d3)
	fmt.Printf("%v %T %v\n", err, d3.Any, d3.Any)
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`"high"`), &lv), lv)
	var pts []Point
	fmt.Println(json.Unmarshal([]byte(`["1:2","3:4"]`), &pts), pts)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"p": Point{5, 6}, "h": "<b>", "l": []Level{Low, High}})
	fmt.Print(buf.String())
	var anyv any
	json.Unmarshal([]byte(`{"a":[1,"x",null,{"b":false}]}`), &anyv)
	fmt.Println(anyv)
}

//cell

func main() {
	step1()
	step2()
}
