//go:build ignore

// JSON and Go: struct tags rename, omit empty fields and skip others;
// decoding into interface{} gives map[string]any, []any, float64, string,
// bool and nil, walked with a type switch; unknown JSON fields are ignored
// by struct decoding; RawMessage delays decoding of a polymorphic field.
package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Person struct {
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags"`
	Home     *Address          `json:"home,omitempty"`
	Extra    map[string]string `json:"extra,omitempty"`
	internal int
}

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

//cell

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case float64:
		*out = append(*out, fmt.Sprintf("%s = number %g", prefix, x))
	case string:
		*out = append(*out, fmt.Sprintf("%s = string %q", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = bool %t", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = ?%T", prefix, x))
	}
}

func area(e Envelope) (float64, error) {
	switch e.Kind {
	case "circle":
		var c Circle
		if err := json.Unmarshal(e.Data, &c); err != nil {
			return 0, err
		}
		return 3 * c.R * c.R, nil
	case "rect":
		var r Rect
		if err := json.Unmarshal(e.Data, &r); err != nil {
			return 0, err
		}
		return r.W * r.H, nil
	}
	return 0, fmt.Errorf("unknown kind %q", e.Kind)
}

//cell

func main() {
	p := Person{Name: "Grace", Email: "g@example.com", Tags: nil, internal: 5}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	p.Age = 85
	p.Tags = []string{"navy", "cobol"}
	p.Home = &Address{City: "Arlington"}
	p.Extra = map[string]string{"z": "last", "a": "first"}
	b, _ = json.MarshalIndent(p, "", "  ")
	fmt.Println(string(b))

	var back Person
	err := json.Unmarshal([]byte(`{"name":"Alan","age":41,"email":"x","unknown":true,"home":{"city":"Wilmslow","zip":"SK9"}}`), &back)
	fmt.Printf("%v %+v %q %v\n", err, back.Home, back.Email, back.Tags == nil)

	var anything any
	doc := `{"id": 12, "ok": true, "ratio": 0.25, "owner": null, "items": [1, "two", [3]], "meta": {"b": "x", "a": -1e3}}`
	if err := json.Unmarshal([]byte(doc), &anything); err != nil {
		fmt.Println(err)
		return
	}
	var lines []string
	walk("$", anything, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	m := anything.(map[string]any)
	fmt.Printf("%T %T %v\n", m["id"], m["items"], m["id"].(float64)+1)

	generic := map[string]any{"n": 1, "list": []int{3, 1}, "nested": map[string]any{"ok": false}}
	b, _ = json.Marshal(generic)
	fmt.Println(string(b))

	var shapes []Envelope
	json.Unmarshal([]byte(`[{"kind":"circle","data":{"R":2}},{"kind":"rect","data":{"W":3,"H":4}},{"kind":"hex","data":{}}]`), &shapes)
	for _, s := range shapes {
		a, err := area(s)
		fmt.Println(s.Kind, string(s.Data), a, err)
	}

	var bad Person
	err = json.Unmarshal([]byte(`{"name": 5}`), &bad)
	fmt.Println(err)
	var te *json.UnmarshalTypeError
	fmt.Println(fmt.Sprint(err != nil), strings.Contains(err.Error(), "Person.name"), te == nil)
	err = json.Unmarshal([]byte(`{"name": "x",}`), &bad)
	fmt.Println(err)
}
