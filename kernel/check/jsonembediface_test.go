package check

import "testing"

// encoding/json of a struct embedding a cell's interface: the field is
// named as its type (json promotes no fields of an interface), its value
// encoded as the value's; decoding an object into it while it is nil is
// json's type error (the field was left out: yaegi holds the interface's
// value in a struct of its own, whose fields rt looked into).
func TestJSONEmbeddedCellIface(t *testing.T) {
	runSteps(t,
		step{`type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named struct {
	Shape
	Name string
}`, ""},
		step{`b, err := json.Marshal(Named{Sq{4}, "sq"})
fmt.Println(string(b), err)
b, _ = json.Marshal([]Named{{nil, "none"}})
fmt.Println(string(b))
var n Named
fmt.Println(json.Unmarshal([]byte(` + "`" + `{"Shape":{"S":4},"Name":"x"}` + "`" + `), &n))
fmt.Println(n.Name)`, "{\"Shape\":{\"S\":4},\"Name\":\"sq\"} <nil>\n[{\"Shape\":null,\"Name\":\"none\"}]\n" +
			"json: cannot unmarshal object into Go struct field Named.Shape of type main.Shape\nx\n"},
	)
}
