//go:build ignore

// A form renderer that walks a struct with reflect: the fields' values
// (some of them of a notebook interface, Widget) are collected in a loop
// with Interface() into an []any and a map, then asserted back to
// Widget and printed; a slice of Widgets is walked the same way.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Widget interface {
	Render() string
}

type TextBox struct {
	Label string
	Width int
}

func (t TextBox) Render() string {
	return fmt.Sprintf("[%s:%s]", t.Label, strings.Repeat("_", t.Width))
}

type CheckBox struct {
	Label   string
	Checked bool
}

func (c *CheckBox) Render() string {
	mark := " "
	if c.Checked {
		mark = "x"
	}
	return fmt.Sprintf("[%s] %s", mark, c.Label)
}

type Form struct {
	Title  string
	Name   Widget
	Email  Widget
	Agree  Widget
	Order  int
	hidden bool
}

//cell

func fields(v any) ([]string, []any) {
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	var names []string
	var vals []any
	for i := 0; i < rt.NumField(); i++ {
		if !rt.Field(i).IsExported() {
			continue
		}
		names = append(names, rt.Field(i).Name)
		vals = append(vals, rv.Field(i).Interface())
	}
	return names, vals
}

func render(vals []any) []string {
	var out []string
	for _, v := range vals {
		if w, ok := v.(Widget); ok {
			out = append(out, w.Render())
		}
	}
	return out
}

//cell

func main() {
	f := Form{
		Title: "Sign up",
		Name:  TextBox{"name", 8},
		Email: TextBox{"email", 12},
		Agree: &CheckBox{"I agree", true},
		Order: 3,
	}
	names, vals := fields(f)
	fmt.Println(names)
	for _, line := range render(vals) {
		fmt.Println(line)
	}
	byName := map[string]any{}
	for i, n := range names {
		byName[n] = vals[i]
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := byName[k].(type) {
		case TextBox:
			fmt.Println(k, "text", v.Width)
		case *CheckBox:
			fmt.Println(k, "check", v.Checked)
		default:
			fmt.Println(k, "plain", v)
		}
	}

	panel := []Widget{TextBox{"city", 4}, &CheckBox{"news", false}}
	rv := reflect.ValueOf(panel)
	var got []any
	for i := range rv.Len() {
		got = append(got, rv.Index(i).Interface())
	}
	fmt.Println(render(got))
}
