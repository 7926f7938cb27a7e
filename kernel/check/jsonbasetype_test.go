package check

import "testing"

// json's type error names a cell type of a basic underlying type as Go
// does (main.ID), decoding into a value that involves one and no struct
// or codec method of a cell (rt.JSONTypeError): it named the base the
// type is declared from, rt.IntN0.
func TestJSONTypeErrorNamesCellBasic(t *testing.T) {
	runSteps(t,
		step{"import (\"encoding/json\"; \"strings\")\ntype ID int\ntype Name string\ntype IDs []ID", ""},
		step{"var id ID\nfmt.Println(json.Unmarshal([]byte(`1.5`), &id))\nvar m map[string]ID\nfmt.Println(json.Unmarshal([]byte(`{\"a\":\"x\"}`), &m))\nvar ids IDs\nfmt.Println(json.Unmarshal([]byte(`[1,\"2\"]`), &ids), ids)\nvar ns []Name\nerr := json.NewDecoder(strings.NewReader(`[\"a\", 3]`)).Decode(&ns)\nfmt.Println(err, ns)\nvar a struct{ N Name }\nfmt.Println(json.Unmarshal([]byte(`{\"N\":true}`), &a))",
			"json: cannot unmarshal number 1.5 into Go value of type main.ID\njson: cannot unmarshal string into Go value of type main.ID\njson: cannot unmarshal string into Go value of type main.ID [1 0]\njson: cannot unmarshal number into Go value of type main.Name [a ]\njson: cannot unmarshal bool into Go struct field .N of type main.Name\n"},
	)
}
