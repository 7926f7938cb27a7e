//go:build ignore

// A JSON round trip in the style of the Go blog's "JSON and Go": nested
// structs with tags (omitempty, "-", string option, renamed fields), an
// embedded struct whose fields are promoted, a slice of structs and a
// map of slices, an enum with MarshalText/UnmarshalText, decoding into
// map[string]any and walking it, and json.Indent of compact output.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

//cell

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

var prioNames = [...]string{"low", "medium", "high"}

func (p Priority) String() string { return prioNames[p] }

func (p Priority) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

func (p *Priority) UnmarshalText(b []byte) error {
	for i, n := range prioNames {
		if n == string(b) {
			*p = Priority(i)
			return nil
		}
	}
	return fmt.Errorf("unknown priority %q", b)
}

type Audit struct {
	CreatedBy string `json:"created_by"`
	Version   int    `json:"version,omitempty"`
}

type Task struct {
	ID       int               `json:"id"`
	Title    string            `json:"title"`
	Done     bool              `json:"done,omitempty"`
	Prio     Priority          `json:"priority"`
	Tags     []string          `json:"tags,omitempty"`
	Estimate int64             `json:"estimate,string"`
	Secret   string            `json:"-"`
	Meta     map[string]string `json:"meta,omitempty"`
}

type Project struct {
	Audit
	Name    string                 `json:"name"`
	Tasks   []Task                 `json:"tasks"`
	ByOwner map[string][]int       `json:"by_owner"`
	Lead    *struct{ N, E string } `json:"lead,omitempty"`
}

//cell

func walk(prefix string, v any, out *[]string) {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			walk(prefix+"."+k, t[k], out)
		}
	case []any:
		for i, e := range t {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	default:
		*out = append(*out, fmt.Sprintf("%s = %v (%T)", prefix, t, t))
	}
}

//cell

func main() {
	p := Project{
		Audit: Audit{CreatedBy: "ana"},
		Name:  "kernel",
		Tasks: []Task{
			{ID: 1, Title: "lower fmt", Prio: High, Tags: []string{"fmt", "rt"}, Estimate: 5, Secret: "x"},
			{ID: 2, Title: "docs", Done: true, Prio: Low, Meta: map[string]string{"z": "last", "a": "first"}},
		},
		ByOwner: map[string][]int{"ana": {1}, "bo": {2, 1}},
	}
	data, err := json.Marshal(p)
	fmt.Println(string(data), err)

	var back Project
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v\n", back.Tasks[0])
	fmt.Println(back.CreatedBy, back.Tasks[1].Prio, back.Tasks[0].Secret == "", len(back.ByOwner["bo"]))

	var pretty bytes.Buffer
	json.Indent(&pretty, data[:60], "", "  ")
	fmt.Println(pretty.Len() > 0)
	small, _ := json.Marshal(back.Tasks[1])
	pretty.Reset()
	json.Indent(&pretty, small, ">", "\t")
	fmt.Println(pretty.String())

	var generic any
	json.Unmarshal(data, &generic)
	var lines []string
	walk("$", generic, &lines)
	fmt.Println(strings.Join(lines, "\n"))

	bad := `{"id": 3, "priority": "urgent", "estimate": "7"}`
	var t Task
	err = json.Unmarshal([]byte(bad), &t)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id": "x"}`), &t)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
	}
	fmt.Println(err, ute != nil && ute.Field == "id")

	p.Lead = &struct{ N, E string }{"cy", "cy@example.org"}
	out, _ := json.MarshalIndent(struct {
		Lead  any `json:"lead"`
		Count int `json:"count"`
	}{p.Lead, len(p.Tasks)}, "", " ")
	fmt.Println(string(out))
}
