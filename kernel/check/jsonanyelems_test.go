package check

import "testing"

// A cell type's value in a []any, map[string]any or [2]any that is
// itself held by an interface (a field of type any, a map's any value)
// encodes as in Go, its MarshalJSON called (rt's ifaceElems): json saw
// yaegi's struct and wrote {}. A cycle through such a slice is still
// json's error.
func TestJSONCellValuesInNestedAny(t *testing.T) {
	runSteps(t,
		step{"import \"encoding/json\"\ntype Sq struct{ S float64 }\nfunc (s Sq) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`\"sq%g\"`, s.S)), nil }\ntype H struct{ Any any }", ""},
		step{"b, err := json.Marshal(H{Any: []any{Sq{1}, map[string]any{\"k\": Sq{2}, \"n\": nil}, [2]any{Sq{3}, 4}}})\nfmt.Println(string(b), err)\nb, err = json.Marshal(map[string]any{\"a\": []any{Sq{5}, []any(nil)}})\nfmt.Println(string(b), err)\na := []any{nil}\na[0] = a\n_, err = json.Marshal(H{Any: a})\nfmt.Println(err)",
			"{\"Any\":[\"sq1\",{\"k\":\"sq2\",\"n\":null},[\"sq3\",4]]} <nil>\n{\"a\":[\"sq5\",null]} <nil>\njson: unsupported value: encountered a cycle via []interface {}\n"},
	)
}
