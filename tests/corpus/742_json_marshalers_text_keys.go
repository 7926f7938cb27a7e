//go:build ignore

// encoding/json with notebook types that encode themselves: MarshalJSON
// on a value receiver, UnmarshalJSON on a pointer, TextMarshaler and
// TextUnmarshaler used for map keys and string fields, an enum encoded
// as its name, json.RawMessage for delayed decoding, omitempty on every
// kind, "-" and ",string" tags, and the errors a method returns.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Level int

const (
	Low Level = iota
	Mid
	High
)

var levelNames = []string{"low", "mid", "high"}

func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return []byte(levelNames[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Coord struct{ Lat, Lng float64 }

func (c Coord) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("[%g,%g]", c.Lat, c.Lng)), nil
}

func (c *Coord) UnmarshalJSON(b []byte) error {
	var a []float64
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	if len(a) != 2 {
		return errors.New("coord needs 2 numbers")
	}
	c.Lat, c.Lng = a[0], a[1]
	return nil
}

type GridKey struct{ X, Y int }

func (k GridKey) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d:%d", k.X, k.Y)), nil }

func (k *GridKey) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d:%d", &k.X, &k.Y)
	return err
}

//cell

type Event struct {
	Name     string             `json:"name"`
	Level    Level              `json:"level"`
	Where    *Coord             `json:"where,omitempty"`
	Path     []Coord            `json:"path,omitempty"`
	ByLevel  map[Level]int      `json:"by_level,omitempty"`
	Grid     map[GridKey]string `json:"grid,omitempty"`
	Count    int                `json:"count,string"`
	Secret   string             `json:"-"`
	Dash     string             `json:"-,"`
	Zero     float64            `json:",omitempty"`
	Flag     bool               `json:"flag,omitempty"`
	Extra    json.RawMessage    `json:"extra,omitempty"`
	internal int
}

func roundTrip(e Event) {
	b, err := json.Marshal(e)
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	fmt.Println(string(b))
	var back Event
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("unmarshal error:", err)
		return
	}
	fmt.Printf("%+v %v\n", back.Level, back.Where)
	if back.Where != nil {
		fmt.Printf("%+v\n", *back.Where)
	}
}

//cell

func main() {
	e := Event{
		Name:    "quake",
		Level:   High,
		Where:   &Coord{35.5, 139.25},
		Path:    []Coord{{1, 2}, {3, 4.5}},
		ByLevel: map[Level]int{Low: 3, High: 1},
		Grid:    map[GridKey]string{{2, 1}: "b", {1, 9}: "a"},
		Count:   12,
		Secret:  "hidden",
		Dash:    "dash",
		Extra:   json.RawMessage(`{"depth":10}`),
	}
	roundTrip(e)
	roundTrip(Event{Name: "empty"})
	roundTrip(Event{Name: "bad", Level: Level(7)})

	var ev Event
	err := json.Unmarshal([]byte(`{"name":"x","level":"extreme"}`), &ev)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"where":[1,2,3]}`), &ev)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"count":5}`), &ev)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"grid":{"3:4":"c","oops":"d"}}`), &ev)
	fmt.Println(err != nil, strings.Contains(fmt.Sprint(err), "expected integer"))
	ev = Event{}
	err = json.Unmarshal([]byte(`{"name":"y","Level":"mid","grid":{"3:4":"c"},"by_level":{"low":2},"extra":[1, 2],"Secret":"s","-":"d","count":"7"}`), &ev)
	fmt.Println(err, ev.Name, ev.Level, ev.Grid[GridKey{3, 4}], ev.ByLevel[Low], string(ev.Extra), ev.Secret == "", ev.Dash, ev.Count)
	var depth struct{ Depth int }
	json.Unmarshal(e.Extra, &depth)
	fmt.Println(depth.Depth)
	lv := []Level{Low, High}
	b, _ := json.Marshal(lv)
	fmt.Println(string(b))
	var lv2 []Level
	fmt.Println(json.Unmarshal([]byte(`["mid","low"]`), &lv2), lv2)
	b, err = json.MarshalIndent(map[string]any{"c": Coord{1, 2}, "l": Mid, "p": &Coord{}}, ">", "\t")
	fmt.Println(string(b), err)
}
