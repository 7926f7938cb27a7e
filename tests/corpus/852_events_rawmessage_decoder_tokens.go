//go:build ignore

// Events in JSON: json.RawMessage decoded later by type, an embedded
// pointer struct, a walk of the generic any tree, a Decoder over a stream
// of values and its Token API, and json's error messages.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

//cell

type Event struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Click struct {
	X, Y int
	Btn  string `json:"button"`
}

type Key struct {
	Code  int    `json:"code"`
	Shift bool   `json:"shift,omitempty"`
	Text  string `json:"text,omitempty"`
}

type Envelope struct {
	ID     int               `json:"id"`
	Events []Event           `json:"events"`
	Meta   map[string]string `json:"meta,omitempty"`
	*Audit `json:"audit,omitempty"`
}

type Audit struct {
	By string `json:"by"`
	At string `json:"at"`
}

//cell

var (
	raw string
	env Envelope
)

func step1() {
	raw = `{"id": 7, "events": [
 {"type": "click", "payload": {"X": 10, "Y": 20, "button": "left"}},
 {"type": "key", "payload": {"code": 65, "shift": true}},
 {"type": "scroll", "payload": [1, 2, 3]},
 {"type": "key", "payload": {"code": "oops"}}
], "meta": {"src": "web", "v": "2"}, "audit": {"by": "ann", "at": "noon"}}`
	if err := json.Unmarshal([]byte(raw), &env); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(env.ID, len(env.Events), env.By, env.Audit.At, env.Meta)
	for i, e := range env.Events {
		switch e.Type {
		case "click":
			var c Click
			err := json.Unmarshal(e.Payload, &c)
			fmt.Printf("%d click %+v %v\n", i, c, err)
		case "key":
			var k Key
			err := json.Unmarshal(e.Payload, &k)
			fmt.Printf("%d key %+v %v\n", i, k, err)
		default:
			fmt.Printf("%d %s raw=%s\n", i, e.Type, e.Payload)
		}
	}
}

//cell

func step2() {
	var generic any
	json.Unmarshal([]byte(raw), &generic)
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		switch t := v.(type) {
		case map[string]any:
			keys := make([]string, 0, len(t))
			for k := range t {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				walk(prefix+"."+k, t[k])
			}
		case []any:
			for i, x := range t {
				walk(fmt.Sprintf("%s[%d]", prefix, i), x)
			}
		case float64:
			fmt.Printf("%s = %g (number)\n", prefix, t)
		case string:
			fmt.Printf("%s = %q\n", prefix, t)
		case bool:
			fmt.Printf("%s = %t\n", prefix, t)
		case nil:
			fmt.Printf("%s = null\n", prefix)
		}
	}
	walk("$", generic)
}

//cell

func step3() {
	out, err := json.Marshal(env)
	fmt.Println(string(out), err)
	env.Audit = nil
	out, _ = json.MarshalIndent(env.Events[:1], ">", "\t")
	fmt.Println(string(out))
	dec := json.NewDecoder(strings.NewReader(`{"code": 1} {"code": 2, "text": "b"} [3]`))
	for {
		var k Key
		if err := dec.Decode(&k); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Printf("%#v\n", k)
	}
	dec2 := json.NewDecoder(strings.NewReader(`{"a": [1, "x", {"b": null}], "c": true}`))
	for {
		tok, err := dec2.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", tok, tok)
	}
	fmt.Println()
	var nums map[string][]float64
	fmt.Println(json.Unmarshal([]byte(`{"a":[1.5,2],"b":[]}`), &nums), nums, len(nums["b"]), nums["b"] == nil)
	var ks []Key
	fmt.Println(json.Unmarshal([]byte(`[{"code":1},{"code":2,"shift":false,"extra":9}]`), &ks), ks)
	bad := json.Unmarshal([]byte(`{"id": "seven"}`), &env)
	fmt.Println(bad)
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id": 7,,}`), &env)
	fmt.Println(err, fmt.Sprintf("%T", err), se == nil)
}

//cell

func main() {
	step1()
	step2()
	step3()
}
