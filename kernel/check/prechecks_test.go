package check

import "testing"

// A check put before a statement goes left of what the lowering wraps
// around the statement's call (rt.JSONError around json.Unmarshal, a
// statement of its own), as Go checks the index before it calls: the
// lowered statement was "JSONError(if i < 0 ...", which the interpreter
// refused.
func TestPrecheckBeforeWrappedCall(t *testing.T) {
	runSteps(t,
		step{`import "encoding/json"
type Rec struct{ N int }
func load(raw []string, i int) (r Rec) {
	defer func() { fmt.Println("recovered:", recover()) }()
	json.Unmarshal([]byte(raw[i]), &r)
	return
}
func decode(raw []string, i int) (r Rec) {
	defer func() { fmt.Println("recovered:", recover()) }()
	json.NewDecoder(strings.NewReader(raw[i])).Decode(&r)
	return
}`, ""},
		step{`raw := []string{"{\"N\": 1}", "{\"N\": 2}"}
fmt.Println(load(raw, 1), load(raw, 2), decode(raw, 0), decode(raw, 3))`,
			"recovered: <nil>\nrecovered: runtime error: index out of range [2] with length 2\n" +
				"recovered: <nil>\nrecovered: runtime error: index out of range [3] with length 2\n{2} {0} {1} {0}\n"},
	)
}
