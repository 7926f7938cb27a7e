package check

import "testing"

// namedShapeStep declares a struct type, Named, embedding a cell's
// interface, Shape, which Sq implements.
var namedShapeStep = step{`type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Named struct {
	Shape
	Name string
}`, ""}

// encoding/json of a struct embedding a cell's interface: the field is
// named as its type (json promotes no fields of an interface), its value
// encoded as the value's; decoding an object into it while it is nil is
// json's type error (the field was left out: yaegi holds the interface's
// value in a struct of its own, whose fields rt looked into).
func TestJSONEmbeddedCellIface(t *testing.T) {
	runSteps(t,
		namedShapeStep,
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

// encoding/xml of a struct embedding a cell's interface: the field is an
// element named as the interface, left out while nil (rt took yaegi's
// record of the value for an embedded struct and left the field out).
func TestXMLEmbeddedCellIface(t *testing.T) {
	runSteps(t,
		namedShapeStep,
		step{"b, err := xml.Marshal([]Named{{Sq{3}, \"sq\"}, {nil, \"none\"}})\nfmt.Println(string(b), err)\n" +
			"var n Named\nerr = xml.Unmarshal([]byte(`<Named><Shape><S>3</S></Shape><Name>sq</Name></Named>`), &n)\nfmt.Println(err, n.Name, n.Shape == nil)",
			"<Named><Shape><S>3</S></Shape><Name>sq</Name></Named><Named><Name>none</Name></Named> <nil>\n<nil> sq true\n"},
	)
}
