//go:build ignore

// A project tracker saved and loaded with encoding/json: nested cell types
// with maps of slices, slices of structs with pointers, embedded structs,
// omitempty, a custom MarshalJSON on a named type, a type with
// UnmarshalJSON, and a round trip compared with reflect.DeepEqual.
package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
)

var priorityNames = []string{"low", "medium", "high"}

func (p Priority) MarshalJSON() ([]byte, error) {
	return json.Marshal(priorityNames[p])
}

func (p *Priority) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	i := slices.Index(priorityNames, s)
	if i < 0 {
		return fmt.Errorf("unknown priority %q", s)
	}
	*p = Priority(i)
	return nil
}

type Stamp struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Task struct {
	ID       int      `json:"id"`
	Title    string   `json:"title"`
	Priority Priority `json:"priority"`
	Tags     []string `json:"tags,omitempty"`
	Assignee *string  `json:"assignee"`
	Done     bool     `json:"done"`
	Stamp
}

type Project struct {
	Name    string            `json:"name"`
	Tasks   []Task            `json:"tasks"`
	Labels  map[string][]int  `json:"labels"`
	Owners  map[string]Person `json:"owners,omitempty"`
	private int
}

type Person struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
}

//cell

func ptr[T any](v T) *T { return &v }

var project = Project{
	Name: "kernel",
	Tasks: []Task{
		{1, "lower loops", High, []string{"check"}, ptr("ana"), true, Stamp{"2024-01-02", "2024-01-09"}},
		{2, "print maps", Medium, nil, nil, false, Stamp{Created: "2024-01-03"}},
		{3, "docs", Low, []string{"docs", "readme"}, ptr("bo"), false, Stamp{Created: "2024-01-04"}},
	},
	Labels:  map[string][]int{"check": {1}, "docs": {3}, "all": {1, 2, 3}},
	Owners:  map[string]Person{"check": {"Ana", "ana@example.com"}, "docs": {Name: "Bo"}},
	private: 7,
}

var saved []byte

func init() {
	var err error
	saved, err = json.MarshalIndent(project, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(saved))
}

//cell

func load(b []byte) (Project, error) {
	var p Project
	err := json.Unmarshal(b, &p)
	return p, err
}

func init() {
	back, err := load(saved)
	fmt.Println("err:", err, "private:", back.private)
	back.private = project.private
	fmt.Println("equal:", reflect.DeepEqual(back, project))
	fmt.Println(*back.Tasks[0].Assignee, back.Tasks[1].Assignee == nil, back.Tasks[2].Priority, back.Owners["check"])
	fmt.Printf("%+v\n", back.Tasks[1])
}

//cell

func summary(p Project) map[string]any {
	open := 0
	for _, t := range p.Tasks {
		if !t.Done {
			open++
		}
	}
	return map[string]any{"name": p.Name, "open": open, "labels": len(p.Labels), "top": p.Tasks[0]}
}

func main() {
	b, _ := json.Marshal(summary(project))
	fmt.Println(string(b))

	var generic map[string]any
	json.Unmarshal(saved, &generic)
	tasks := generic["tasks"].([]any)
	first := tasks[0].(map[string]any)
	fmt.Println(len(tasks), first["title"], first["priority"], first["tags"], first["created"])

	_, err := load([]byte(`{"name":"x","tasks":[{"id":1,"priority":"urgent"}]}`))
	fmt.Println("bad priority:", err)
	_, err = load([]byte(`{"name":"x","tasks":[{"id":"one"}]}`))
	fmt.Println("bad id:", err)

	dec := json.NewDecoder(strings.NewReader(`{"name":"a","email":"a@x"} {"name":"b"}`))
	for dec.More() {
		var who Person
		if err := dec.Decode(&who); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%+v\n", who)
	}
	var pr Priority
	fmt.Println(json.Unmarshal([]byte(`"high"`), &pr), pr == High)
	out, _ := json.Marshal(map[Priority][]Task{})
	fmt.Println(string(out))
}
