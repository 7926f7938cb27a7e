package check

import "testing"

// json decodes into a field, element or variable of an interface type a
// cell declared as Go's json does (rt's decoder.iface): into the value a
// non-nil pointer in it points to; null makes it nil; anything else is a
// type error naming the interface. yaegi's struct for the interface's
// value took an object without an error and named itself
// interp.valueInterface in the errors.
func TestJSONDecodeIntoCellInterface(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Sq struct{ S float64 }\ntype Shape interface{ Area() float64 }\nfunc (s Sq) Area() float64 { return s.S }\ntype H struct {\n\tSh Shape\n\tN int\n}", ""},
		step{"var h H\nfmt.Println(json.Unmarshal([]byte(`{\"Sh\":{\"S\":2},\"N\":1}`), &h), h.Sh == nil, h.N)\nh.Sh = &Sq{1}\nfmt.Println(json.Unmarshal([]byte(`{\"Sh\":{\"S\":3}}`), &h), h.Sh.Area())\nh.Sh = Sq{1}\nfmt.Println(json.Unmarshal([]byte(`{\"Sh\":{\"S\":4}}`), &h), h.Sh.Area())\nfmt.Println(json.Unmarshal([]byte(`{\"Sh\":null}`), &h), h.Sh == nil)\nfmt.Println(json.Unmarshal([]byte(`{\"Sh\":5}`), &h), h.Sh == nil)\nvar s Shape\nfmt.Println(json.Unmarshal([]byte(`{}`), &s))\nvar hs []H\nfmt.Println(json.Unmarshal([]byte(`[{\"Sh\":[1]}]`), &hs))\nvar ms map[string]Shape\nfmt.Println(json.Unmarshal([]byte(`{\"a\":true}`), &ms), len(ms))\narr := [2]Shape{&Sq{1}, &Sq{2}}\nfmt.Println(json.Unmarshal([]byte(`[{\"S\":7}, {\"S\":8}]`), &arr), arr[0].Area(), arr[1].Area())",
			"json: cannot unmarshal object into Go struct field H.Sh of type main.Shape true 1\n<nil> 3\njson: cannot unmarshal object into Go struct field H.Sh of type main.Shape 1\n<nil> true\njson: cannot unmarshal number into Go struct field H.Sh of type main.Shape true\njson: cannot unmarshal object into Go value of type main.Shape\njson: cannot unmarshal array into Go struct field H.Sh of type main.Shape\njson: cannot unmarshal bool into Go value of type main.Shape 1\n<nil> 7 8\n"},
	)
}

// json decodes a JSON array into a slice of cell values in the slice's
// own array, as Go's json does: an element's fields the JSON lacks keep
// their values, elements past the length but within the capacity are
// reused, and the slice grows as json grows it (rt made a new slice).
func TestJSONDecodeReusesSliceArray(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype P struct{ A, B int }", ""},
		step{"ss := []P{{1, 2}, {3, 4}}\nfmt.Println(json.Unmarshal([]byte(`[{\"A\":5}]`), &ss), ss, cap(ss))\nss = ss[:0]\nfmt.Println(json.Unmarshal([]byte(`[{\"A\":6},{\"A\":7},{\"A\":8}]`), &ss), ss, cap(ss))\nps := []*P{{1, 2}}\nfmt.Println(json.Unmarshal([]byte(`[{\"B\":9}]`), &ps), *ps[0])\nfmt.Println(json.Unmarshal([]byte(`[]`), &ss), ss == nil, len(ss))",
			"<nil> [{5 2}] 2\n<nil> [{6 2} {7 4} {8 0}] 4\n<nil> {1 9}\n<nil> false 0\n"},
	)
}
