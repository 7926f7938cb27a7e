package check

import "testing"

// json.Unmarshal into the value an interface holds (a helper func
// load(data string, v any)) decodes as into the value's own type: an
// embedded struct's fields promoted, an unexported field left, also
// through a pointer to a slice of a cell type; a type error names the
// struct as Go does (yaegi's struct has no name: "Go struct field
// .title").
func TestJSONUnmarshalIntoInterfaceHeld(t *testing.T) {
	runSteps(t,
		step{"type Base struct{ ID int }\n\ntype Doc struct {\n\tBase\n\tTitle  string `json:\"title\"`\n\tsecret string\n}", ""},
		step{"func load(data string, v any) error { return json.Unmarshal([]byte(data), v) }", ""},
		step{"var d Doc\nerr := load(`{\"ID\": 7, \"title\": \"t\", \"secret\": \"s\"}`, &d)\nfmt.Printf(\"%v %+v\\n\", err, d)", "<nil> {Base:{ID:7} Title:t secret:}\n"},
		step{"var ds []Doc\nfmt.Println(load(`[{\"ID\": 8}]`, &ds), ds[0].ID)", "<nil> 8\n"},
		step{"fmt.Println(load(`{\"title\": 8}`, &d))", "json: cannot unmarshal number into Go struct field Doc.title of type string\n"},
		step{"var x any\nfmt.Println(load(`{}`, x))\nfmt.Println(json.NewDecoder(strings.NewReader(`{}`)).Decode(x))", "json: Unmarshal(nil)\njson: Unmarshal(nil)\n"},
		step{"type Temp struct{ C float64 }\n\nfunc (t *Temp) UnmarshalJSON(b []byte) error {\n\tvar f float64\n\tjson.Unmarshal(b, &f)\n\tt.C = f - 273\n\treturn nil\n}\n\ntype Level int\n\nfunc (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }", ""},
		step{"func load2(data string, v any) error { return json.Unmarshal([]byte(data), v) }\nvar u Temp\nvar l Level\nfmt.Println(load2(`301`, &u), u.C, load2(`\"abc\"`, &l), l)", "<nil> 28 <nil> 3\n"},
	)
}

// A type error of a value that is no object where a cell's struct is
// wanted names the struct as Go does (main.Item, []main.Item), not
// yaegi's struct or the decoder's; its offset counts from the start of
// the whole input; of two in a map's values the first in the text is
// returned.
func TestJSONTypeErrorNamesAndOffsets(t *testing.T) {
	runSteps(t,
		step{"type Item struct{ N int }", ""},
		step{"var it Item\nvar items []Item\nfmt.Println(json.Unmarshal([]byte(`5`), &it))\nfmt.Println(json.Unmarshal([]byte(`{}`), &items))",
			"json: cannot unmarshal number into Go value of type main.Item\njson: cannot unmarshal object into Go value of type []main.Item\n"},
		step{"var ute *json.UnmarshalTypeError\nerrors.As(json.Unmarshal([]byte(`[{\"N\":1}, {\"N\":\"x\"}]`), &items), &ute)\nfmt.Println(ute.Offset, ute.Field)", "18 N\n"},
		step{"var m map[string]Item\nfor range 5 {\n\tfmt.Println(json.Unmarshal([]byte(`{\"z\": {\"N\":\"a\"}, \"a\": {\"N\": true}, \"m\": 1}`), &m))\n}",
			"json: cannot unmarshal string into Go struct field Item.N of type int\njson: cannot unmarshal string into Go struct field Item.N of type int\njson: cannot unmarshal string into Go struct field Item.N of type int\njson: cannot unmarshal string into Go struct field Item.N of type int\njson: cannot unmarshal string into Go struct field Item.N of type int\n"},
	)
}
