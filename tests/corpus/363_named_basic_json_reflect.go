//go:build ignore

// encoding/json and reflect with named basic types in interfaces and
// fields: they encode as their kinds, decode into their named types,
// and reflect tells their kinds and compares them deeply by type.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)

type Celsius float64
type ID int
type Name string
type Level int

const (
	Low Level = iota
	Mid
	High
)

//cell

type Sensor struct {
	ID    ID      `json:"id"`
	Name  Name    `json:"name"`
	Temp  Celsius `json:"temp"`
	Level Level   `json:"level,string"`
	Any   any     `json:"any,omitempty"`
}

//cell

func main() {
	payload := map[string]any{"c": Celsius(21.5), "id": ID(9), "n": Name("x"), "lv": High, "list": []any{ID(1), Celsius(2)}}
	b, err := json.Marshal(payload)
	fmt.Println(string(b), err)
	s := Sensor{ID: 3, Name: "roof", Temp: -4.25, Level: Mid, Any: Name("extra")}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	var back Sensor
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %T\n", back, err, back.Any)
	var c Celsius
	_ = json.Unmarshal([]byte("36.6"), &c)
	var ids []ID
	_ = json.Unmarshal([]byte("[3,1,2]"), &ids)
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	fmt.Printf("%v %T %v %T\n", c, c, ids, ids)

	var vals []any = []any{Celsius(1), 1.0, ID(1), 1, Name("a"), "a", Low}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		fmt.Print(t.Kind(), " ")
	}
	fmt.Println()
	fmt.Println(reflect.DeepEqual(vals[0], vals[1]), reflect.DeepEqual(vals[0], Celsius(1)),
		reflect.DeepEqual([]any{ID(1)}, []any{1}), reflect.DeepEqual(map[string]any{"k": Name("a")}, map[string]any{"k": Name("a")}))
	fmt.Println(reflect.ValueOf(vals[2]).Int()+1, reflect.ValueOf(vals[4]).String())
}
